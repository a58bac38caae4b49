interface LruNode<K, V> {
  key: K;
  value: V;
  prev: LruNode<K, V> | undefined;
  next: LruNode<K, V> | undefined;
}

/**
 * A least-recently-used cache: a Map for look-ups and a doubly linked list for the order,
 * most recent at the head, so get, set and eviction are all O(1).
 */
export class LruCache<K, V> {
  #map = new Map<K, LruNode<K, V>>();
  #head: LruNode<K, V> | undefined;
  #tail: LruNode<K, V> | undefined;
  hits = 0;
  misses = 0;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.#map.size;
  }

  get(key: K): V | undefined {
    const existing = this.#map.get(key);
    if (!existing) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.#moveToFront(existing);
    return existing.value;
  }

  set(key: K, value: V): void {
    const node: LruNode<K, V> = { key, value, prev: undefined, next: this.#head };
    if (this.#head) this.#head.prev = node;
    else this.#tail = node;
    this.#head = node;
    this.#map.set(key, node);
    if (this.#map.size > this.capacity) this.#evictLast();
  }

  delete(key: K): boolean {
    const existing = this.#map.get(key);
    if (!existing) return false;
    this.#unlink(existing);
    return this.#map.delete(key);
  }

  #moveToFront(existing: LruNode<K, V>): void {
    if (existing === this.#head) return;
    this.#unlink(existing);
    existing.next = this.#head;
    if (this.#head) this.#head.prev = existing;
    else this.#tail = existing;
    this.#head = existing;
  }

  #unlink(n: LruNode<K, V>): void {
    if (n.prev) n.prev.next = n.next;
    else this.#head = n.next;
    if (n.next) n.next.prev = n.prev;
    else this.#tail = n.prev;
    n.prev = undefined;
    n.next = undefined;
  }

  #evictLast(): void {
    const last = this.#tail;
    if (!last) return;
    this.#unlink(last);
    this.#map.delete(last.key);
  }
}
