"use strict";

/**
 * An LRU bounded by the bytes it holds (and by entries, for many tiny values): the oldest
 * entries go until both limits hold again.
 */
class ByteLRU {
  constructor(options) {
    this.maxBytes = options.maxBytes;
    this.maxEntries = options.maxEntries;
    this.map = new Map();
    this.bytes = 0;
    this.hits = 0;
    this.misses = 0;
    this.evictions = 0;
  }

  get(key) {
    const entry = this.map.get(key);
    if (entry === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.map.delete(key);
    this.map.set(key, entry);
    return entry.value;
  }

  set(key, value, size) {
    const old = this.map.get(key);
    if (old !== undefined) {
      this.map.delete(key);
      this.bytes -= old.size;
    }
    if (size > this.maxBytes) return false;
    this.map.set(key, { value: value, size: size });
    this.bytes += size;
    while (this.bytes > this.maxBytes || this.map.size > this.maxEntries) {
      const oldest = this.map.keys().next().value;
      this.bytes -= this.map.get(oldest).size;
      this.map.delete(oldest);
      this.evictions++;
    }
    return true;
  }

  stats() {
    return {
      entries: this.map.size,
      bytes: this.bytes,
      hits: this.hits,
      misses: this.misses,
      evictions: this.evictions,
    };
  }
}

module.exports = { ByteLRU };
