// Responses to POSTs carrying an Idempotency-Key are replayed for a short while, so a client
// that lost the response can retry without paying twice.

const TTL_MS = 200;

export class IdempotencyStore {
  #done = new Map();
  #running = new Map();

  constructor() {
    setInterval(() => this.sweep(), 100).unref();
  }

  run(key, fn) {
    const done = this.#done.get(key);
    if (done) return Promise.resolve({ ...done.response, replayed: true });
    const running = this.#running.get(key);
    if (running) return running;
    const p = fn().then((response) => {
      this.#done.set(key, { response, storedAt: Date.now() });
      return response;
    }).finally(() => this.#running.delete(key));
    this.#running.set(key, p);
    return p;
  }

  sweep() {
    const cutoff = Date.now() - TTL_MS;
    for (const [key, entry] of this.#done) {
      if (entry.storedAt < cutoff) this.#done.delete(key);
    }
  }

  size() {
    return this.#done.size + this.#running.size;
  }
}
