/** Sorted-array helpers shared by the register and the music library's shelf list. */

export type Compare<K> = (a: K, b: K) => number;

export const naturalOrder: Compare<string | number> = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** The first index whose key is not less than `key` (items sorted by `compare`). */
export function bisectLeft<T, K>(
  items: readonly T[],
  key: K,
  keyOf: (item: T) => K,
  compare: Compare<K> = naturalOrder as Compare<K>,
): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(keyOf(items[mid]), key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the item with `key` for which `match` holds, or -1. */
export function findSorted<T, K>(
  items: readonly T[],
  key: K,
  keyOf: (item: T) => K,
  match: (item: T) => boolean,
  compare: Compare<K> = naturalOrder as Compare<K>,
): number {
  for (let i = bisectLeft(items, key, keyOf, compare); i < items.length; i++) {
    if (compare(keyOf(items[i]), key) !== 0) break;
    if (match(items[i])) return i;
  }
  return -1;
}
