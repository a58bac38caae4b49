/**
 * A two-tier LRU (segmented LRU): new entries land in the probation tier; a second read
 * promotes them to the protected tier, so one scan of cold keys cannot flush the entries
 * that are actually read again.
 */
export class TieredLru<V> {
  #cold = new Map<string, V>();
  #hot = new Map<string, V>();
  hits = 0;
  misses = 0;

  constructor(readonly capacity: number) {}

  get(key: string): V | undefined {
    const hot = this.#hot.get(key);
    if (hot !== undefined) {
      this.hits++;
      // refresh its recency
      this.#hot.delete(key);
      this.#hot.set(key, hot);
      return hot;
    }
    const cold = this.#cold.get(key);
    if (cold === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // read twice: promote it out of probation
    this.#cold.delete(key);
    this.#hot.set(key, cold);
    return cold;
  }

  set(key: string, value: V): void {
    if (this.#hot.has(key)) {
      this.#hot.set(key, value);
      return;
    }
    this.#cold.delete(key);
    this.#cold.set(key, value);
    this.#evict();
  }

  delete(key: string): void {
    this.#cold.delete(key);
    this.#hot.delete(key);
  }

  // Probation entries are the cheap ones to lose: evict the oldest of them first.
  #evict(): void {
    while (this.#cold.size > this.capacity) {
      const oldest = this.#cold.keys().next().value as string;
      this.#cold.delete(oldest);
    }
  }

  stats() {
    return {
      cold: this.#cold.size,
      hot: this.#hot.size,
      capacity: this.capacity,
      hitRate: this.hits / Math.max(1, this.hits + this.misses),
    };
  }
}
