/** A least-recently-used map with a fixed number of entries. */
export class LruCache<K, V> {
  #entries = new Map<K, V>();
  constructor(readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    // re-insert so it becomes the newest
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  set(key: K, value: V) {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value as K;
      this.#entries.delete(oldest);
    }
  }

  newest(n: number): V[] {
    return [...this.#entries.values()].slice(-n).reverse();
  }

  get size(): number {
    return this.#entries.size;
  }
}
