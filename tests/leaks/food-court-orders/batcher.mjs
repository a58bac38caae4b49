// Coalesces lookups made in the same turn of the event loop, from any request, into one call
// of `batchFn(keys)` (which answers a Map by key): a menu page and the orders placed alongside
// it cost the kitchen system one round trip.
export class Batcher {
  constructor(batchFn, { name = "batch", maxKeys = 50 } = {}) {
    this.batchFn = batchFn;
    this.name = name;
    this.maxKeys = maxKeys;
    this.queue = [];
    this.scheduled = false;
    this.stats = { batches: 0, keys: 0, loads: 0 };
  }

  load(key) {
    this.stats.loads++;
    return new Promise((resolve, reject) => {
      this.queue.push({ key, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.dispatch());
      }
    });
  }

  loadMany(keys) {
    return Promise.all(keys.map((key) => this.load(key)));
  }

  async dispatch() {
    this.scheduled = false;
    const jobs = this.queue;
    const keys = [...new Set(jobs.map((job) => job.key))];
    const results = new Map();
    try {
      for (let i = 0; i < keys.length; i += this.maxKeys) {
        const chunk = keys.slice(i, i + this.maxKeys);
        this.stats.batches++;
        this.stats.keys += chunk.length;
        for (const [key, value] of await this.batchFn(chunk)) results.set(key, value);
      }
    } catch (err) {
      for (const job of jobs) job.reject(err);
      return;
    }
    const asked = new Set(keys);
    for (const job of jobs) {
      if (asked.has(job.key)) job.resolve(results.get(job.key) ?? null);
    }
  }
}
