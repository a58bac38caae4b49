/**
 * A minimal DataLoader: `load(key)` calls made in the same tick are collected and resolved with
 * one call to the batch function; results are cached per key so a key is fetched once.
 */
export type BatchFn<K, V> = (keys: readonly K[]) => Promise<(V | Error)[]>;

interface Pending<K, V> {
  key: K;
  resolve: (value: V) => void;
  reject: (error: Error) => void;
}

export class DataLoader<K, V> {
  #cache = new Map<K, Promise<V>>();
  #queue: Pending<K, V>[] = [];
  #batches = 0;

  constructor(
    private readonly batchFn: BatchFn<K, V>,
    private readonly maxBatchSize = 100,
  ) {}

  get batches(): number {
    return this.#batches;
  }

  load(key: K): Promise<V> {
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      this.#queue.push({ key, resolve, reject });
      if (this.#queue.length === 1) queueMicrotask(() => this.#dispatch());
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

  async #dispatch(): Promise<void> {
    const queue = this.#queue;
    this.#queue = [];
    for (let start = 0; start < queue.length; start += this.maxBatchSize) {
      const batch = queue.slice(start, start + this.maxBatchSize);
      this.#batches++;
      try {
        const values = await this.batchFn(batch.map((p) => p.key));
        batch.forEach((p, n) => {
          const value = values[n];
          if (value instanceof Error) {
            this.#cache.delete(p.key);
            p.reject(value);
          } else p.resolve(value);
        });
      } catch (err) {
        for (const p of batch) {
          this.#cache.delete(p.key);
          p.reject(err as Error);
        }
      }
    }
  }
}
