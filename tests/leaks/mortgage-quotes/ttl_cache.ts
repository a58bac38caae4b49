interface Entry<V> {
  value: V;
  expiresAt: number;
}

/** A small time-based cache: entries are good for `ttlMs`, then fetched again. */
export class TtlCache<V> {
  #entries = new Map<string, Entry<V>>();
  #hits = 0;
  #misses = 0;

  constructor(readonly ttlMs: number) {}

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt > Date.now()) {
      this.#hits++;
      return entry.value;
    }
    if (entry) this.#entries.delete(key);
    this.#misses++;
    return undefined;
  }

  set(key: string, value: V): void {
    this.#entries.set(key, { value, expiresAt: Date.now() + this.ttlMs });
  }

  /** Drops every entry whose key starts with `prefix` (a rate sheet changed). */
  invalidate(prefix: string): number {
    let dropped = 0;
    for (const key of [...this.#entries.keys()]) {
      if (key.startsWith(prefix)) {
        this.#entries.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  stats() {
    return { size: this.#entries.size, hits: this.#hits, misses: this.#misses };
  }
}
