// memo 1.3.2 — small memoization helper (MIT)

export interface MemoOptions<A extends unknown[]> {
  /** Entries older than this are recomputed on their next use. */
  ttlMs?: number;
  /** Evicts the least recently used entries beyond this many. */
  maxSize?: number;
  /** Cache key for a call; defaults to the JSON of its arguments. */
  key?: (...args: A) => string;
}

export interface Memoized<A extends unknown[], R> {
  (...args: A): R;
  clear(): void;
  readonly size: number;
}

export function memoize<A extends unknown[], R>(
  fn: (...args: A) => R,
  options: MemoOptions<A> = {},
): Memoized<A, R> {
  const ttlMs = options.ttlMs ?? Infinity;
  const maxSize = options.maxSize ?? Infinity;
  const keyOf = options.key ?? ((...args: A) => JSON.stringify(args));
  const cache = new Map<string, { value: R; at: number }>();

  const memoized = (...args: A): R => {
    const k = keyOf(...args);
    const now = Date.now();
    const hit = cache.get(k);
    if (hit !== undefined) {
      // Re-inserting keeps the Map in least-recently-used order.
      cache.delete(k);
      if (now - hit.at < ttlMs) {
        cache.set(k, hit);
        return hit.value;
      }
    }
    const value = fn(...args);
    cache.set(k, { value, at: now });
    while (cache.size > maxSize) cache.delete(cache.keys().next().value as string);
    return value;
  };

  return Object.defineProperties(memoized, {
    clear: { value: () => cache.clear() },
    size: { get: () => cache.size },
  }) as Memoized<A, R>;
}
