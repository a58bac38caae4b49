/**
 * memoize(fn): caches fn's results by its arguments. Every memoized function is registered so
 * that a price-list reload can drop all cached prices at once (clearAllMemos).
 */

// deno-lint-ignore no-explicit-any
type AnyFn = (...args: any[]) => any;

export type Memoized<F extends AnyFn> = F & {
  clear(): void;
  readonly cache: Map<string, ReturnType<F>>;
};

const memoRegistry = new Set<Memoized<AnyFn>>();

const defaultKey = (...args: unknown[]) => args.map(String).join("\u0000");

export function memoize<F extends AnyFn>(
  fn: F,
  keyOf: (...args: Parameters<F>) => string = defaultKey,
): Memoized<F> {
  const cache = new Map<string, ReturnType<F>>();
  const memoized = ((...args: Parameters<F>): ReturnType<F> => {
    const key = keyOf(...args);
    if (cache.has(key)) return cache.get(key)!;
    const value = fn(...args);
    cache.set(key, value);
    return value;
  }) as Memoized<F>;
  Object.defineProperty(memoized, "cache", { value: cache });
  memoized.clear = () => cache.clear();
  memoRegistry.add(memoized);
  return memoized;
}

/** Drops every memoized result (after the price list changed). */
export function clearAllMemos(): number {
  for (const m of memoRegistry) m.clear();
  return memoRegistry.size;
}
