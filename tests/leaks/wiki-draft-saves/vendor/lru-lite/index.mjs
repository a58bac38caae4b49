// lru-lite 1.2.0 — a small LRU map with optional TTL. MIT licence.
//
//   const cache = new LRU({ max: 500, ttl: 60_000 });
//
// `max` is the most entries kept (0: no limit); `ttl` is in milliseconds (0: no expiry).

export class LRU {
  #map = new Map();

  constructor({ max = 0, ttl = 0, onEvict } = {}) {
    this.max = max;
    this.ttl = ttl;
    this.onEvict = onEvict;
  }

  get size() {
    return this.#map.size;
  }

  has(key) {
    return this.get(key) !== undefined;
  }

  get(key) {
    const entry = this.#map.get(key);
    if (entry === undefined) return undefined;
    if (entry.expires && entry.expires < Date.now()) {
      this.#map.delete(key);
      return undefined;
    }
    // most recently used goes to the end
    this.#map.delete(key);
    this.#map.set(key, entry);
    return entry.value;
  }

  set(key, value) {
    if (this.#map.has(key)) this.#map.delete(key);
    this.#map.set(key, { value, expires: this.ttl ? Date.now() + this.ttl : 0 });
    if (this.max > 0 && this.#map.size > this.max) this.#evictOldest();
    return this;
  }

  delete(key) {
    return this.#map.delete(key);
  }

  clear() {
    this.#map.clear();
  }

  #evictOldest() {
    const [key, entry] = this.#map.entries().next().value;
    this.#map.delete(key);
    this.onEvict?.(key, entry.value);
  }
}
