"use strict";

/**
 * Memoizes an async function. The promise itself is cached, so concurrent callers with the
 * same arguments share one upstream call; a rejected call is forgotten so the next caller
 * tries again.
 */
function memoizeAsync(fn, { cache, key = (...args) => JSON.stringify(args) }) {
  const stats = { hits: 0, misses: 0 };
  const memoized = (...args) => {
    const k = key(...args);
    const cached = cache.get(k);
    if (cached) {
      stats.hits++;
      return cached;
    }
    stats.misses++;
    const promise = fn(...args);
    cache.set(k, promise);
    promise.catch(() => cache.delete(k));
    return promise;
  };
  memoized.stats = stats;
  memoized.cache = cache;
  return memoized;
}

module.exports = { memoizeAsync };
