interface Entry<V> {
  value: V;
  freq: number;
}

/**
 * A least-frequently-used cache with O(1) operations: keys are kept in buckets by how often
 * they were read, and the victim is the oldest key of the lowest non-empty frequency. The
 * station's hits come round again and again, so frequency beats recency here.
 */
export class LfuCache<K, V> {
  #entries = new Map<K, Entry<V>>();
  #buckets = new Map<number, Set<K>>();
  #minFreq = 0;
  readonly capacity: number;
  hits = 0;
  misses = 0;
  evictions = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.#touch(key, entry);
    return entry.value;
  }

  set(key: K, value: V): void {
    const existing = this.#entries.get(key);
    if (existing) {
      existing.value = value;
      this.#touch(key, existing);
      return;
    }
    this.#minFreq = 1;
    if (this.#entries.size >= this.capacity) this.#evict();
    this.#entries.set(key, { value, freq: 1 });
    this.#bucket(1).add(key);
  }

  #bucket(freq: number): Set<K> {
    let bucket = this.#buckets.get(freq);
    if (!bucket) {
      bucket = new Set();
      this.#buckets.set(freq, bucket);
    }
    return bucket;
  }

  #touch(key: K, entry: Entry<V>): void {
    const bucket = this.#buckets.get(entry.freq)!;
    bucket.delete(key);
    if (bucket.size === 0) {
      this.#buckets.delete(entry.freq);
      if (this.#minFreq === entry.freq) this.#minFreq = entry.freq + 1;
    }
    entry.freq++;
    this.#bucket(entry.freq).add(key);
  }

  #evict(): void {
    const bucket = this.#buckets.get(this.#minFreq);
    const victim = bucket?.values().next().value;
    if (bucket === undefined || victim === undefined) return;
    bucket.delete(victim);
    if (bucket.size === 0) this.#buckets.delete(this.#minFreq);
    this.#entries.delete(victim);
    this.evictions++;
  }

  get size(): number {
    return this.#entries.size;
  }

  stats() {
    return {
      size: this.#entries.size,
      capacity: this.capacity,
      hits: this.hits,
      misses: this.misses,
      evictions: this.evictions,
    };
  }
}
