"use strict";
// A small least-recently-used cache on a Map's insertion order.

class LruCache {
  constructor(max) {
    this.max = max;
    this.map = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  get(key) {
    const value = this.map.get(key);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key, value) {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value);
  }

  deleteWhere(predicate) {
    for (const [key, value] of this.map) if (predicate(key, value)) this.map.delete(key);
  }
}

module.exports = { LruCache };
