/** A Map that keeps at most `limit` entries, dropping the least recently used. */
export class LruMap extends Map {
  constructor(limit) {
    super();
    this.limit = limit;
  }

  set(key, value) {
    if (this.has(key)) this.delete(key);
    super.set(key, value);
    while (this.size > this.limit) this.delete(this.keys().next().value);
    return this;
  }

  getOrCreate(key, create) {
    if (this.has(key)) {
      const hit = this.get(key);
      this.set(key, hit);
      return hit;
    }
    const created = create(key);
    this.set(key, created);
    return created;
  }
}
