export class RateCache {
  #entries = new Map();
  #misses = new Map();
  #inflight = new Map();

  constructor({ maxEntries = 128, ttlMs = 60_000, negativeTtlMs = 500, sweepEveryMs = 250 } = {}) {
    this.maxEntries = maxEntries;
    this.ttlMs = ttlMs;
    this.negativeTtlMs = negativeTtlMs;
    this.stats = { hits: 0, negativeHits: 0, loads: 0, coalesced: 0, evictions: 0 };
    setInterval(() => this.sweep(), sweepEveryMs).unref();
  }

  async get(key, load) {
    const now = Date.now();
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt > now) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      this.stats.hits++;
      return entry.value;
    }
    const miss = this.#misses.get(key);
    if (miss && miss.expiresAt > now) {
      this.stats.negativeHits++;
      return undefined;
    }
    const running = this.#inflight.get(key);
    if (running) {
      this.stats.coalesced++;
      return running;
    }
    const loading = this.#load(key, load);
    this.#inflight.set(key, loading);
    try {
      return await loading;
    } finally {
      this.#inflight.delete(key);
    }
  }

  async #load(key, load) {
    this.stats.loads++;
    const value = await load(key);
    if (value === undefined) {
      this.#misses.set(key, { expiresAt: Date.now() + this.negativeTtlMs });
      return undefined;
    }
    this.#entries.delete(key);
    this.#entries.set(key, { value, expiresAt: Date.now() + this.ttlMs });
    while (this.#entries.size > this.maxEntries) {
      this.#entries.delete(this.#entries.keys().next().value);
      this.stats.evictions++;
    }
    return value;
  }

  sweep() {
    const now = Date.now();
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(key);
    for (const [key, miss] of this.#misses) if (miss.expiresAt <= now) this.#misses.delete(key);
  }

  size() {
    return { entries: this.#entries.size, misses: this.#misses.size };
  }
}

const BUCKETS = [1, 2, 5, 10, 25, 50, 100, 250];

export class LatencyHistogram {
  #series = new Map();

  observe(route, ms) {
    let series = this.#series.get(route);
    if (!series) {
      series = { counts: new Array(BUCKETS.length + 1).fill(0), sum: 0, count: 0 };
      this.#series.set(route, series);
    }
    const i = BUCKETS.findIndex((b) => ms <= b);
    series.counts[i === -1 ? BUCKETS.length : i]++;
    series.sum += ms;
    series.count++;
  }

  toJSON() {
    return Object.fromEntries(
      [...this.#series].map(([route, s]) => [route, { count: s.count, meanMs: s.sum / s.count }]),
    );
  }
}
