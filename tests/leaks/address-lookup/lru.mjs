/**
 * A least-recently-used cache: a Map for lookups and a doubly linked list for recency (head is
 * the newest). Both get() and set() are O(1).
 */
export class LruCache {
  #entries = new Map();
  #head = null;
  #tail = null;
  hits = 0;
  misses = 0;

  constructor(max) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError("max must be a positive integer");
    this.max = max;
  }

  get(key) {
    const node = this.#entries.get(key);
    if (!node) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.#unlink(node);
    this.#pushFront(node);
    return node.value;
  }

  set(key, value) {
    const existing = this.#entries.get(key);
    if (existing) {
      existing.value = value;
      this.#unlink(existing);
      this.#pushFront(existing);
      return;
    }
    const node = { key, value, prev: null, next: null };
    this.#pushFront(node);
    this.#entries.set(key, node);
    if (this.#entries.size > this.max) this.#evict();
  }

  get size() {
    return this.#entries.size;
  }

  #pushFront(node) {
    node.prev = null;
    node.next = this.#head;
    if (this.#head) this.#head.prev = node;
    this.#head = node;
    if (!this.#tail) this.#tail = node;
  }

  #unlink(node) {
    if (node.prev) node.prev.next = node.next;
    else this.#head = node.next;
    if (node.next) node.next.prev = node.prev;
    node.prev = null;
    node.next = null;
  }

  #evict() {
    const last = this.#tail;
    if (!last) return;
    this.#unlink(last);
    this.#entries.delete(last.key);
  }
}
