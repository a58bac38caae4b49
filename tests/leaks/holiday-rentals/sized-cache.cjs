"use strict";

/**
 * An LRU bounded by an estimate of its size in bytes rather than by a count, since cached
 * values differ a lot in size (a weekend versus a whole season).
 */
class SizedCache {
  constructor({ maxBytes, sizeOf = (value) => JSON.stringify(value).length }) {
    this.maxBytes = maxBytes;
    this.sizeOf = sizeOf;
    this.entries = new Map();
    this.bytes = 0;
    this.evictions = 0;
  }

  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Move to the back: Map iteration order is the recency order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  has(key) {
    return this.entries.has(key);
  }

  set(key, value) {
    this.delete(key);
    const size = key.length * 2 + this.sizeOf(value);
    this.entries.set(key, { value, size });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.size;
      this.evictions++;
    }
  }

  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.bytes -= entry.size;
    return true;
  }

  deleteWhere(test) {
    let n = 0;
    for (const key of [...this.entries.keys()]) {
      if (test(key) && this.delete(key)) n++;
    }
    return n;
  }

  stats() {
    return {
      entries: this.entries.size,
      bytes: this.bytes,
      maxBytes: this.maxBytes,
      evictions: this.evictions,
    };
  }
}

module.exports = { SizedCache };
