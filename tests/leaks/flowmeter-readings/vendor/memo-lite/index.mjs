// memo-lite 1.3.0 — tiny memoizer with optional size bound (MIT)

function defaultKey(args) {
  return args.length === 1 && typeof args[0] !== "object" ? String(args[0]) : JSON.stringify(args);
}

/**
 * memoize(fn, { maxSize, key }) — results are kept by key (by default the arguments, as JSON);
 * with `maxSize`, the oldest result goes when the cache grows past it.
 */
export function memoize(fn, { maxSize = Infinity, key = defaultKey } = {}) {
  const cache = new Map();
  const memoized = function (...args) {
    const k = key(args);
    if (cache.has(k)) return cache.get(k);
    const result = fn.apply(this, args);
    cache.set(k, result);
    if (cache.size > maxSize) cache.delete(cache.keys().next().value);
    return result;
  };
  memoized.cache = cache;
  memoized.clear = () => cache.clear();
  return memoized;
}
