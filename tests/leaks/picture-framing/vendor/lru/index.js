"use strict";

/** A least-recently-used cache on a Map (insertion order is recency order). */
class LRU {
  constructor(max = 100) {
    if (!(max > 0)) throw new RangeError("max must be positive");
    this.max = max;
    this.map = new Map();
    this.evictions = 0;
  }

  get(key) {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  peek(key) {
    return this.map.get(key);
  }

  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) {
      this.map.delete(this.map.keys().next().value);
      this.evictions++;
    }
    return this;
  }

  delete(key) {
    return this.map.delete(key);
  }

  get size() {
    return this.map.size;
  }
}

module.exports = { LRU };
