"use strict";

// A least-recently-used cache: a Map for lookups and a doubly-linked list for recency, most
// recent at the head. Written by hand because the marketplace's lint rules ban new deps.
class LruCache {
  constructor(max) {
    this.max = max;
    this.map = new Map();
    this.head = null;
    this.tail = null;
    this.hits = 0;
    this.misses = 0;
    this.evictions = 0;
  }

  get(key) {
    const node = this.map.get(key);
    if (!node) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.moveToFront(node);
    return node.value;
  }

  set(key, value) {
    const existing = this.map.get(key);
    if (existing) {
      existing.value = value;
      this.moveToFront(existing);
      return;
    }
    const node = { key, value, prev: null, next: this.head };
    if (this.head) this.head.prev = node;
    this.head = node;
    if (!this.tail) this.tail = node;
    this.map.set(key, node);
    if (this.map.size > this.max) this.evict();
  }

  moveToFront(node) {
    if (node === this.head) return;
    node.prev.next = node.next;
    if (node === this.tail) this.tail = node.prev;
    else node.next.prev = node.prev;
    node.prev = null;
    node.next = this.head;
    this.head.prev = node;
    this.head = node;
  }

  evict() {
    const node = this.tail;
    this.map.delete(node.key);
    this.tail = node.prev;
    node.prev = null;
    this.evictions++;
  }

  get size() {
    return this.map.size;
  }
}

module.exports = { LruCache };
