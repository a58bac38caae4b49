// tiny-lru 3.0.2 — least-recently-used cache on a Map (vendored)

export class LRU {
  constructor(max = 100) {
    if (!(max > 0)) throw new RangeError("max must be positive");
    this.max = max;
    this.items = new Map();
  }

  get size() {
    return this.items.size;
  }

  has(key) {
    return this.items.has(key);
  }

  get(key) {
    if (!this.items.has(key)) return undefined;
    const value = this.items.get(key);
    // Move to the most recent end.
    this.items.delete(key);
    this.items.set(key, value);
    return value;
  }

  set(key, value) {
    if (this.items.has(key)) this.items.delete(key);
    else if (this.items.size >= this.max) this.items.delete(this.items.keys().next().value);
    this.items.set(key, value);
    return this;
  }

  delete(key) {
    return this.items.delete(key);
  }

  clear() {
    this.items.clear();
  }
}
