// A lodash-style memoize: the cache hangs off the returned function, so callers can inspect or
// clear it (`fn.cache.clear()`).
export function memoize(fn, resolver) {
  const memoized = function (...args) {
    const key = resolver ? resolver.apply(this, args) : args[0];
    if (memoized.cache.has(key)) return memoized.cache.get(key);
    const result = fn.apply(this, args);
    memoized.cache.set(key, result);
    return result;
  };
  memoized.cache = new Map();
  return memoized;
}
