"use strict";

/** Caches fn's result per (string) argument. */
function memoize(fn) {
  const cache = new Map();
  return function memoized(key) {
    if (cache.has(key)) return cache.get(key);
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

module.exports = { memoize };
