export class LruCache {
  #max;
  #ttlMs;
  #entries = new Map();

  constructor({ max, ttlMs }) {
    this.#max = max;
    this.#ttlMs = ttlMs;
  }

  get size() {
    return this.#entries.size;
  }

  /** The cached value for `key`, loading (and caching) it on a miss or when it expired. */
  get(key, load) {
    const hit = this.#entries.get(key);
    this.#entries.delete(key);
    if (hit && hit.expires > Date.now()) {
      this.#entries.set(key, hit);
      return hit.value;
    }
    const value = load(key);
    this.#entries.set(key, { value, expires: Date.now() + this.#ttlMs });
    while (this.#entries.size > this.#max) {
      this.#entries.delete(this.#entries.keys().next().value);
    }
    return value;
  }

  delete(key) {
    this.#entries.delete(key);
  }
}
