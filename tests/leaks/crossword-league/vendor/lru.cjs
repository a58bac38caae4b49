"use strict";

// tiny-lru-map 1.2.0 (vendored): least-recently-used map on top of Map's insertion order.
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

  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) {
      this.map.delete(this.map.keys().next().value);
      this.evictions++;
    }
    return this;
  }

  has(key) {
    return this.map.has(key);
  }

  get size() {
    return this.map.size;
  }
}

module.exports = { LRU };
