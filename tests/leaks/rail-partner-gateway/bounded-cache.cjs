"use strict";

/** Least-recently-used cache: a Map in use order, the oldest dropped past `max`. */
class BoundedCache {
  constructor(max) {
    this.max = max;
    this.entries = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  get(key) {
    const hit = this.entries.get(key);
    if (hit === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // move to the back: most recently used
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(key, value) {
    this.entries.set(key, value);
    if (this.entries.length > this.max) {
      const oldest = this.entries.keys().next().value;
      this.entries.delete(oldest);
    }
  }

  stats() {
    return { size: this.entries.size, max: this.max, hits: this.hits, misses: this.misses };
  }
}

module.exports = { BoundedCache };
