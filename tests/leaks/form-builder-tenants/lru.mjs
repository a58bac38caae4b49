/** Least-recently-used cache on a Map's insertion order. */
export class LruCache {
  #max;
  #map = new Map();
  hits = 0;
  misses = 0;

  constructor(max) {
    this.#max = max;
  }

  get(key) {
    if (!this.#map.has(key)) {
      this.misses++;
      return undefined;
    }
    const value = this.#map.get(key);
    this.#map.delete(key);
    this.#map.set(key, value);
    this.hits++;
    return value;
  }

  set(key, value) {
    this.#map.delete(key);
    this.#map.set(key, value);
    while (this.#map.size > this.#max) {
      this.#map.delete(this.#map.keys().next().value);
    }
  }

  deleteWhere(predicate) {
    for (const key of [...this.#map.keys()]) if (predicate(key)) this.#map.delete(key);
  }

  get size() {
    return this.#map.size;
  }
}
