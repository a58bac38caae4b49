/**
 * lru: a least-recently-used map with a size cap (vendored; trimmed to what we use).
 *
 *   const cache = new LRU({ max: 500, onEvict: (key, value) => value.close() });
 *
 * onEvict runs for entries pushed out by the cap and for delete()/clear(); not for set() on an
 * existing key (the caller has the old value then).
 */
export class LRU {
  #map = new Map();
  #max;
  #onEvict;

  constructor({ max = 100, onEvict } = {}) {
    this.#max = max;
    this.#onEvict = onEvict;
  }

  get(key) {
    if (!this.#map.has(key)) return undefined;
    const value = this.#map.get(key);
    this.#map.delete(key);
    this.#map.set(key, value);
    return value;
  }

  set(key, value) {
    if (this.#map.has(key)) this.#map.delete(key);
    this.#map.set(key, value);
    while (this.#map.size > this.#max) {
      const [oldKey, oldValue] = this.#map.entries().next().value;
      this.#map.delete(oldKey);
      this.#onEvict?.(oldKey, oldValue);
    }
    return this;
  }

  delete(key) {
    if (!this.#map.has(key)) return false;
    const value = this.#map.get(key);
    this.#map.delete(key);
    this.#onEvict?.(key, value);
    return true;
  }

  clear() {
    for (const [key, value] of this.#map) this.#onEvict?.(key, value);
    this.#map.clear();
  }

  get size() {
    return this.#map.size;
  }
}
