import { findByIds } from "./db.mjs";

// DataLoader-style batching: every load() in the same tick goes to the database as one
// findByIds, and a key already asked for answers from the cache.
export class DataLoader {
  constructor(batchLoad, { maxBatchSize = 100 } = {}) {
    this.batchLoad = batchLoad;
    this.maxBatchSize = maxBatchSize;
    this.cache = new Map();
    this.queue = [];
  }

  load(key) {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise((resolve, reject) => {
      this.queue.push({ key, resolve, reject });
      if (this.queue.length === 1) process.nextTick(() => this.dispatch());
    });
    this.cache.set(key, promise);
    return promise;
  }

  loadMany(keys) {
    return Promise.all(keys.map((key) => this.load(key)));
  }

  clear(key) {
    this.cache.delete(key);
    return this;
  }

  dispatch() {
    const queue = this.queue;
    this.queue = [];
    for (let start = 0; start < queue.length; start += this.maxBatchSize) {
      const batch = queue.slice(start, start + this.maxBatchSize);
      this.batchLoad(batch.map((entry) => entry.key)).then(
        (values) => batch.forEach((entry, n) => entry.resolve(values[n])),
        (err) => {
          for (const entry of batch) {
            this.cache.delete(entry.key);
            entry.reject(err);
          }
        },
      );
    }
  }
}

// One loader per table, so that the lookups of concurrent requests share a round trip.
export const ownerLoader = new DataLoader((ids) => findByIds("owners", ids));
export const vetLoader = new DataLoader((ids) => findByIds("vets", ids));
