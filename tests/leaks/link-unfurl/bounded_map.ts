/** A Map that keeps at most `limit` entries, dropping the least recently used. */
export class BoundedMap<K, V> extends Map<K, V> {
  readonly limit: number;

  constructor(limit: number) {
    super();
    this.limit = limit;
  }

  override set(key: K, value: V): this {
    if (super.has(key)) super.delete(key);
    super.set(key, value);
    while (this.size > this.limit) super.delete(super.keys().next().value as K);
    return this;
  }

  /** The cached value (marked as recently used), or a new one from `create`. */
  getOrCreate(key: K, create: (key: K) => V): V {
    if (super.has(key)) {
      const hit = super.get(key) as V;
      super.delete(key);
      super.set(key, hit);
      return hit;
    }
    const created = create(key);
    super.set(key, created);
    return created;
  }
}
