/**
 * A small TTL cache for answers that go stale quickly. Expired entries are dropped when read
 * and by a background sweep.
 */
export class TtlCache {
  constructor({ ttlMs, sweepEveryMs }) {
    this.ttlMs = ttlMs;
    this.entries = new Map();
    this.sweeper = setInterval(() => this.sweep(), sweepEveryMs);
    this.sweeper.unref();
  }

  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key, value) {
    this.entries.set(key, { value, expiresAt: Date.now() + this.ttlMs });
  }

  sweep() {
    const now = Date.now();
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(key);
    }
  }

  get size() {
    return this.entries.size;
  }
}
