// Memoises an async function by a string key. Concurrent callers share the promise in flight;
// an answer is kept for `maxAge` so a corrected record at the source is picked up later.
export function memoizeAsync(fn, { maxAge, key = (...args) => args.join("|") }) {
  const cache = new Map();
  let calls = 0;
  let hits = 0;

  const memoized = (...args) => {
    calls++;
    const k = key(...args);
    const cached = cache.get(k);
    if (cached) {
      hits++;
      return cached;
    }
    const promise = fn(...args);
    cache.set(k, promise);
    promise.then(
      () => setTimeout(() => cache.delete(k), maxAge).unref(),
      // The caller handles the error; this is only so the chained promise is not unhandled.
      () => {},
    );
    return promise;
  };
  memoized.stats = () => ({ size: cache.size, calls, hits });
  return memoized;
}
