"use strict";
// Least-recently-used cache on a Map's insertion order: a hit moves the key to the end, and
// past `max` entries the first key (the least recently used) goes.
class LruCache {
  constructor(max) {
    this.max = max;
    this.map = new Map();
  }

  get(key) {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value);
    return value;
  }

  get size() {
    return this.map.size;
  }
}

module.exports = { LruCache };
