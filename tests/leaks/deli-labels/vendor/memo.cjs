"use strict";

/**
 * memo(fn): remembers fn's result per argument (one argument; objects by identity, the way
 * Map compares keys). wrapped.clear() forgets everything, e.g. when the inputs change.
 */
function memo(fn) {
  const cache = new Map();
  function wrapped(arg) {
    if (cache.has(arg)) return cache.get(arg);
    const value = fn(arg);
    cache.set(arg, value);
    return value;
  }
  wrapped.clear = () => cache.clear();
  Object.defineProperty(wrapped, "size", { get: () => cache.size });
  return wrapped;
}

module.exports = { memo };
