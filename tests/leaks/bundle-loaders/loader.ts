// A small DataLoader: load(key) calls made in the same tick are batched into one batchFn
// call (dispatched with queueMicrotask) and each key's promise is cached, so a page that
// asks for the same product five times reads it once.

type Pending<K, V> = { key: K; resolve: (v: V | undefined) => void; reject: (e: unknown) => void };

export class BatchLoader<K, V> {
  readonly cache = new Map<K, Promise<V | undefined>>();
  #queue: Pending<K, V>[] = [];
  #scheduled = false;
  batches = 0;

  constructor(
    readonly batchFn: (keys: K[]) => Promise<(V | undefined)[]>,
    readonly maxBatch = 50,
  ) {}

  load(key: K): Promise<V | undefined> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V | undefined>((resolve, reject) => {
      this.#queue.push({ key, resolve, reject });
    });
    this.cache.set(key, promise);
    if (!this.#scheduled) {
      this.#scheduled = true;
      queueMicrotask(() => this.#dispatch());
    }
    return promise;
  }

  loadMany(keys: K[]): Promise<(V | undefined)[]> {
    return Promise.all(keys.map((k) => this.load(k)));
  }

  #dispatch() {
    this.#scheduled = false;
    const queue = this.#queue;
    this.#queue = [];
    for (let i = 0; i < queue.length; i += this.maxBatch) {
      const batch = queue.slice(i, i + this.maxBatch);
      this.batches++;
      this.batchFn(batch.map((p) => p.key)).then(
        (values) => batch.forEach((p, n) => p.resolve(values[n])),
        (err) => batch.forEach((p) => p.reject(err)),
      );
    }
  }
}
