// Small collection helpers kept from the shop's old front end (a lodash subset).

/** Wraps a single value in an array; an array is returned as it is. */
export function castArray<T>(value: T | T[] | Iterable<T>): T[] {
  return Array.isArray(value) ? value : [value as T];
}

export function groupCount<T>(
  items: Iterable<T>,
  key: (item: T) => string,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
