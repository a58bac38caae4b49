/** Rendered fragments kept for a moment; a fragment that keeps being read stays a bit longer. */
export class FragmentCache {
  constructor({ ttlMs = 1000 } = {}) {
    this.ttlMs = ttlMs;
    this.entries = new Map();
    this.stats = { hits: 0, misses: 0 };
    this.pruneTimer = setInterval(() => this.prune(), Math.max(100, ttlMs / 4));
    this.pruneTimer.unref();
  }

  get(key) {
    const entry = this.entries.get(key);
    if (!entry || entry.expiresAt <= Date.now()) return undefined;
    entry.expiresAt = Date.now() + this.ttlMs;
    return entry.value;
  }

  async wrap(key, render) {
    const cached = this.get(key);
    if (cached !== undefined) {
      this.stats.hits++;
      return cached;
    }
    this.stats.misses++;
    const value = await render();
    this.entries.set(key, { value, expiresAt: Date.now() + this.ttlMs });
    return value;
  }

  invalidate(prefix) {
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }

  prune() {
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}
