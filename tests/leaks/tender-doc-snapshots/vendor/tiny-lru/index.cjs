"use strict";

/**
 * tiny-lru 1.2.0 (vendored): a least-recently-used cache with an optional TTL.
 * The recency order is kept in an array, oldest first.
 */
class LRU {
  #map = new Map();
  #order = [];

  constructor({ max = 100, ttl = 0 } = {}) {
    this.max = max;
    this.ttl = ttl;
  }

  get size() {
    return this.#map.size;
  }

  has(key) {
    return this.get(key) !== undefined;
  }

  get(key) {
    const node = this.#map.get(key);
    if (!node) return undefined;
    if (node.expires && node.expires <= Date.now()) {
      this.delete(key);
      return undefined;
    }
    this.#touch(node);
    return node.value;
  }

  set(key, value) {
    if (this.#map.has(key)) this.#unlink(key);
    const entry = { key, value, expires: this.ttl ? Date.now() + this.ttl : 0 };
    this.#map.set(key, entry);
    this.#order.push(entry);
    while (this.#map.size > this.max) {
      const oldest = this.#order.shift();
      this.#map.delete(oldest.key);
    }
    return this;
  }

  delete(key) {
    if (!this.#map.has(key)) return false;
    this.#unlink(key);
    this.#map.delete(key);
    return true;
  }

  clear() {
    this.#map.clear();
    this.#order.length = 0;
  }

  keys() {
    return this.#order.map((node) => node.key);
  }

  #unlink(key) {
    const at = this.#order.findIndex((node) => node === key);
    if (at !== -1) this.#order.splice(at, 1);
  }

  #touch(node) {
    const i = this.#order.indexOf(node);
    if (i !== -1) this.#order.splice(i, 1);
    this.#order.push(node);
  }
}

module.exports = { LRU };
