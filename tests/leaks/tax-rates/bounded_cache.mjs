/** A cache with a fixed capacity: when full, the oldest entry makes room. */
export class BoundedCache {
  #entries = new Map();

  constructor(capacity) {
    this.capacity = capacity;
  }

  get size() {
    return this.#entries.size;
  }

  get(key) {
    return this.#entries.get(key);
  }

  set(key, value) {
    if (!this.#entries.has(key) && this.#entries.size >= this.capacity) {
      this.#entries.delete(this.#entries.keys().next().value);
    }
    this.#entries.set(key, value);
  }
}
