"use strict";

/** LRU cache: Map for lookup, doubly linked list for recency (head newest, tail oldest). */
class LruCache {
  #entries = new Map();
  #head = null;
  #tail = null;

  constructor(max) {
    this.max = max;
  }

  get(key) {
    const node = this.#entries.get(key);
    if (!node) return undefined;
    this.#unlink(node);
    this.#pushFront(node);
    return node.value;
  }

  set(key, value) {
    const existing = this.#entries.get(key);
    if (existing) this.#remove(existing);
    const node = { key, value, prev: null, next: null };
    this.#pushFront(node);
    this.#entries.set(key, node);
    while (this.#entries.size > this.max) this.#remove(this.#tail);
  }

  get size() {
    return this.#entries.size;
  }

  #remove(node) {
    this.#unlink(node);
    this.#entries.delete(node.key);
  }

  #pushFront(node) {
    node.next = this.#head;
    if (this.#head) this.#head.prev = node;
    this.#head = node;
    if (!this.#tail) this.#tail = node;
  }

  #unlink(node) {
    if (node.prev) node.prev.next = node.next;
    else this.#head = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.#tail = node.prev;
    node.prev = null;
    node.next = null;
  }
}

module.exports = { LruCache };
