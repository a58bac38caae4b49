// Small response cache for the read endpoints. Entries carry their own TTL; a timer sweeps
// expired entries so pages nobody asks for again don't hang around.

export class TtlCache {
  constructor({ defaultTtl = 200, sweepEvery = 250 } = {}) {
    this.entries = new Map();
    this.defaultTtl = defaultTtl;
    this.hits = 0;
    this.misses = 0;
    this.timer = setInterval(() => this.sweep(), sweepEvery);
    this.timer.unref();
  }

  get(key) {
    const entry = this.entries.get(key);
    if (entry && entry.expires > Date.now()) {
      this.hits++;
      return entry.value;
    }
    if (entry) this.entries.delete(key);
    this.misses++;
    return undefined;
  }

  set(key, value, ttl = this.defaultTtl) {
    this.entries.set(key, { value, expires: Date.now() + ttl, storedAt: new Date().toISOString() });
  }

  // Map iteration follows insertion order, so the oldest entries come first and we can stop
  // at the first one that is still fresh.
  sweep(now = Date.now()) {
    for (const [stale, entry] of this.entries) {
      if (entry.expires > now) break;
      this.entries.delete(stale);
    }
  }

  stats() {
    return { size: this.entries.size, hits: this.hits, misses: this.misses };
  }
}
