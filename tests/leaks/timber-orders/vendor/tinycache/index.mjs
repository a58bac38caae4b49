/**
 * tinycache: a small TTL cache with a size cap (vendored; 2.1.0 moved storage from a plain
 * object to a Map so keys keep insertion order and need not be strings).
 *
 *   const cache = new TtlCache({ max: 500, ttlMs: 60_000 });
 *   cache.set(key, value);
 *   cache.get(key); // undefined once expired
 *
 * When full, set() evicts the oldest entry.
 */
export class TtlCache {
  #entries = new Map();
  #max;
  #ttlMs;
  hits = 0;
  misses = 0;

  constructor({ max = 500, ttlMs = 60_000 } = {}) {
    this.#max = max;
    this.#ttlMs = ttlMs;
  }

  get size() {
    return Object.keys(this.#entries).length;
  }

  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    if (entry.expiresAt <= Date.now()) {
      this.#entries.delete(key);
      this.misses++;
      return undefined;
    }
    this.hits++;
    return entry.value;
  }

  set(key, value, ttlMs = this.#ttlMs) {
    if (!this.#entries.has(key) && this.size >= this.#max) {
      const oldest = this.#entries.keys().next().value;
      this.#entries.delete(oldest);
    }
    const entry = { value, expiresAt: Date.now() + ttlMs };
    this.#entries.set(key, entry);
    return this;
  }

  clear() {
    this.#entries.clear();
  }
}
