/** A small LRU on Map's insertion order. */
export class Lru<K, V> {
  #map = new Map<K, V>();
  constructor(readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.#map.get(key);
    if (value === undefined) return undefined;
    this.#map.delete(key);
    this.#map.set(key, value);
    return value;
  }

  set(key: K, value: V) {
    this.#map.delete(key);
    this.#map.set(key, value);
    while (this.#map.size > this.capacity) {
      this.#map.delete(this.#map.keys().next().value as K);
    }
  }

  delete(key: K) {
    this.#map.delete(key);
  }

  get size() {
    return this.#map.size;
  }
}
