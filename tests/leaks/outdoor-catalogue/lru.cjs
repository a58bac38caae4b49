"use strict";

// A small LRU for rendered HTML. It started as a doubly linked list with a hand-kept length;
// the list went when Map's insertion order did the job, and `length` stayed for the stats
// page and the eviction test.
class LruCache {
  constructor({ max }) {
    this.max = max;
    this.map = new Map();
    this.length = 0;
    this.hits = 0;
    this.misses = 0;
  }

  get(key) {
    const hit = this.map.get(key);
    if (hit === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.map.delete(key);
    this.map.set(key, hit); // most recently used last
    return hit;
  }

  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    else this.length++;
    this.map.set(key, value);
    while (this.length > this.max) {
      const oldest = this.map.keys().next().value;
      this.map.delete(oldest);
      this.length--;
    }
  }

  delete(key) {
    this.map.delete(key);
    this.length--;
  }

  stats() {
    return { length: this.length, max: this.max, hits: this.hits, misses: this.misses };
  }
}

module.exports = { LruCache };
