/**
 * Memoizes a function of plain (JSON-able) arguments. `forget(...args)` drops the result for
 * those arguments, `clear()` drops everything.
 */
export interface Memoized<A extends unknown[], R> {
  (...args: A): R;
  forget(...args: unknown[]): boolean;
  clear(): void;
  readonly size: number;
}

export function memoize<A extends unknown[], R>(fn: (...args: A) => R): Memoized<A, R> {
  const cache = new Map<string, { value: R; at: number }>();
  const keyOf = (args: unknown[]) => JSON.stringify(args);

  const memo = (...args: A): R => {
    const key = keyOf(args);
    const hit = cache.get(key);
    if (hit) return hit.value;
    const value = fn(...args);
    cache.set(key, { value, at: Date.now() });
    return value;
  };

  const memoized = Object.assign(memo, {
    forget: (...args: unknown[]) => cache.delete(keyOf(args)),
    clear: () => cache.clear(),
  });
  Object.defineProperty(memoized, "size", { get: () => cache.size });
  return memoized as Memoized<A, R>;
}
