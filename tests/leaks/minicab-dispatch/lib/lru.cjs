"use strict";

/** Least-recently-used map with a cap on entries and an age limit. */
class Lru {
  #map = new Map();

  constructor({ max = 50, maxAgeMs = 5 * 60_000 } = {}) {
    this.max = max;
    this.maxAgeMs = maxAgeMs;
  }

  get(key) {
    const hit = this.#map.get(key);
    if (!hit) return undefined;
    this.#map.delete(key);
    if (Date.now() - hit.at > this.maxAgeMs) return undefined;
    this.#map.set(key, hit);
    return hit.value;
  }

  set(key, value) {
    this.#map.delete(key);
    this.#map.set(key, { value, at: Date.now() });
    if (this.#map.size > this.max) this.#map.delete(this.#map.keys().next().value);
  }

  delete(key) {
    return this.#map.delete(key);
  }

  get size() {
    return this.#map.size;
  }
}

module.exports = { Lru };
