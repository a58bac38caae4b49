// A pared-down DataLoader: load() calls made in the same tick are batched into one call of the
// batch function, and each key's promise is cached for the life of the loader.

export type BatchFn<K, V> = (keys: readonly K[]) => Promise<(V | Error)[]>;

export class DataLoader<K, V> {
  #batchFn: BatchFn<K, V>;
  #cache = new Map<K, Promise<V>>();
  #queue: { key: K; resolve: (v: V) => void; reject: (e: Error) => void }[] = [];
  #maxBatchSize: number;

  constructor(batchFn: BatchFn<K, V>, options: { maxBatchSize?: number } = {}) {
    this.#batchFn = batchFn;
    this.#maxBatchSize = options.maxBatchSize ?? 100;
  }

  load(key: K): Promise<V> {
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      if (this.#queue.length === 0) queueMicrotask(() => this.#dispatch());
      this.#queue.push({ key, resolve, reject });
    });
    this.#cache.set(key, promise);
    return promise;
  }

  loadMany(keys: readonly K[]): Promise<V[]> {
    return Promise.all(keys.map((k) => this.load(k)));
  }

  clear(key: K): this {
    this.#cache.delete(key);
    return this;
  }

  clearAll(): this {
    this.#cache.clear();
    return this;
  }

  async #dispatch() {
    const queue = this.#queue.splice(0);
    for (let i = 0; i < queue.length; i += this.#maxBatchSize) {
      const batch = queue.slice(i, i + this.#maxBatchSize);
      try {
        const values = await this.#batchFn(batch.map((q) => q.key));
        if (values.length !== batch.length) {
          throw new Error(
            `batch function returned ${values.length} values for ${batch.length} keys`,
          );
        }
        batch.forEach((q, n) => {
          const v = values[n];
          if (v instanceof Error) {
            this.#cache.delete(q.key);
            q.reject(v);
          } else q.resolve(v);
        });
      } catch (err) {
        for (const q of batch) {
          this.#cache.delete(q.key);
          q.reject(err as Error);
        }
      }
    }
  }
}
