/**
 * Byte sizes in 16 bits each, the few that do not fit kept apart: per-node and per-id self
 * sizes are mostly small (objects, strings, closures), and a node-long 32-bit array of them
 * is one of the larger things a comparison holds while it analyses the next snapshot.
 *
 * @module
 */

/** `small[k]` is size k, or {@link LARGE} when it is `large.get(k)`. */
export interface CompactSizes {
  small: Uint16Array;
  large: Map<number, number>;
}

/** The mark of a size kept in `large`. */
export const LARGE = 0xffff;

/** `sizes` compacted. */
export function compactSizes(sizes: Uint32Array): CompactSizes {
  const small = new Uint16Array(sizes.length);
  const large = new Map<number, number>();
  for (let k = 0; k < sizes.length; k++) {
    const size = sizes[k];
    if (size < LARGE) small[k] = size;
    else {
      small[k] = LARGE;
      large.set(k, size);
    }
  }
  return { small, large };
}

/** Size `k` of `c`. */
export function sizeAt(c: CompactSizes, k: number): number {
  const size = c.small[k];
  return size === LARGE ? c.large.get(k)! : size;
}
