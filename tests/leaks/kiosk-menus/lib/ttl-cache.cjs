"use strict";

/**
 * A small TTL cache with a size cap: entries expire `ttlMs` after they are set, and once the
 * cache holds more than `max` the least recently used go first.
 */
class TtlCache {
  #entries = new Map();
  #max;
  #ttlMs;
  #hits = 0;
  #misses = 0;

  constructor({ max, ttlMs } = { max: 64, ttlMs: 120_000 }) {
    this.#max = max;
    this.#ttlMs = ttlMs;
  }

  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) {
      this.#misses++;
      return undefined;
    }
    if (entry.expiresAt <= Date.now()) {
      this.#entries.delete(key); // expired
      this.#misses++;
      return undefined;
    }
    // most recently used goes to the back
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    this.#hits++;
    return entry.value;
  }

  set(key, value) {
    this.#entries.delete(key);
    this.#entries.set(key, { value, expiresAt: Date.now() + this.#ttlMs });
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value;
      this.#entries.delete(oldest); // least recently used
    }
  }

  stats() {
    return { size: this.#entries.size, hits: this.#hits, misses: this.#misses };
  }
}

module.exports = { TtlCache };
