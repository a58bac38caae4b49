/** A small LRU cache on a Map's insertion order. */
export class LruCache {
  #max;
  #map = new Map();
  hits = 0;
  misses = 0;

  constructor(max) {
    this.#max = max;
  }

  get(key) {
    const value = this.#map.get(key);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    // Touch: move to the newest end.
    this.#map.delete(key);
    this.#map.set(key, value);
    this.hits++;
    return value;
  }

  set(key, value) {
    if (this.#map.has(key)) this.#map.delete(key);
    this.#map.set(key, value);
    while (this.#map.size > this.#max) {
      this.#map.delete(this.#map.keys().next().value);
    }
  }

  get size() {
    return this.#map.size;
  }
}
