/** Batches `load(key)` calls made in one tick; one instance per request (the cache is per request). */
export function createLoader(batchFn) {
  const cache = new Map();
  let queue = [];
  return {
    load(key) {
      if (cache.has(key)) return cache.get(key);
      const promise = new Promise((resolve, reject) => {
        queue.push({ key, resolve, reject });
        if (queue.length === 1) {
          queueMicrotask(async () => {
            const batch = queue;
            queue = [];
            try {
              const values = await batchFn(batch.map((p) => p.key));
              batch.forEach((p, n) => p.resolve(values[n]));
            } catch (err) {
              batch.forEach((p) => p.reject(err));
            }
          });
        }
      });
      cache.set(key, promise);
      return promise;
    },
  };
}
