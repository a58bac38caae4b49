"use strict";
// A small memoization helper shared by the pricing code. Every memoized function's cache is
// registered, so a price list or promotion change can drop all memoized results at once.
const memoRegistry = new Set();

function memoize(fn, keyOf = (...args) => args.join("|")) {
  const cache = new Map();
  memoRegistry.add(cache);
  const memoized = (...args) => {
    const key = keyOf(...args);
    if (cache.has(key)) return cache.get(key);
    const value = fn(...args);
    cache.set(key, value);
    return value;
  };
  memoized.cache = cache;
  return memoized;
}

function clearMemoized() {
  let dropped = 0;
  for (const cache of memoRegistry) {
    dropped += cache.size;
    cache.clear();
  }
  return dropped;
}

function memoStats() {
  let entries = 0;
  for (const cache of memoRegistry) entries += cache.size;
  return { caches: memoRegistry.size, entries };
}

module.exports = { memoize, clearMemoized, memoStats };
