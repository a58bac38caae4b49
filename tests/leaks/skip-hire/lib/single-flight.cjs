"use strict";

/** Wraps an async function so concurrent calls with the same key share one call. */
function singleFlight(keyOf, fn) {
  const running = new Map();
  const wrapped = (...args) => {
    const key = keyOf(...args);
    if (running.has(key)) return running.get(key);
    const p = Promise.resolve()
      .then(() => fn(...args))
      .finally(() => running.delete(key));
    running.set(key, p);
    return p;
  };
  wrapped.running = () => running.size;
  return wrapped;
}

module.exports = { singleFlight };
