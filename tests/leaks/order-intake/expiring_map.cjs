"use strict";

/**
 * A Map whose entries expire. Expired entries are invisible to get() at once and are
 * removed by a periodic sweep (cheap: it stops at the first entry still alive).
 */
class ExpiringMap {
  constructor({ defaultTtlMs = 60_000, sweepIntervalMs = 1_000 } = {}) {
    this.defaultTtlMs = defaultTtlMs;
    this.entries = new Map();
    this.sweeper = setInterval(() => this.sweep(), sweepIntervalMs);
    this.sweeper.unref();
  }

  get(key) {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.expiresAt <= Date.now()) return undefined;
    return entry.value;
  }

  has(key) {
    return this.get(key) !== undefined;
  }

  set(key, value, ttlMs = this.defaultTtlMs) {
    this.entries.set(key, { value, expiresAt: Date.now() + ttlMs });
    return this;
  }

  get size() {
    return this.entries.size;
  }

  /** Entries are in insertion order, so the oldest expire first. */
  sweep(now = Date.now()) {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) break;
      this.entries.delete(key);
    }
  }

  close() {
    clearInterval(this.sweeper);
  }
}

module.exports = { ExpiringMap };
