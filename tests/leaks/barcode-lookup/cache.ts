export interface LookupCacheOptions {
  ttlMs: number;
  negativeTtlMs: number;
  maxEntries: number;
  sweepEveryMs?: number;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
}

export interface Miss {
  status: number;
  reason: string;
  detail?: unknown;
}

interface MissEntry extends Miss {
  expiresAt: number;
}

export type Lookup<V> = { hit: true; value: V } | { hit: false; miss: Miss } | undefined;

export class LookupCache<V> {
  #entries = new Map<string, Entry<V>>();
  #misses = new Map<string, MissEntry>();
  #opts: LookupCacheOptions;
  #stats = { hits: 0, negativeHits: 0, lookups: 0, evictions: 0 };

  constructor(opts: LookupCacheOptions) {
    this.#opts = opts;
    const timer = setInterval(() => this.sweep(), opts.sweepEveryMs ?? 250);
    Deno.unrefTimer(timer);
  }

  get(key: string): Lookup<V> {
    this.#stats.lookups++;
    const now = Date.now();
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt > now) {
      this.#stats.hits++;
      return { hit: true, value: entry.value };
    }
    const miss = this.#misses.get(key);
    if (miss) {
      if (miss.expiresAt > now) {
        this.#stats.negativeHits++;
        return { hit: false, miss };
      }
      this.#misses.delete(key);
    }
    return undefined;
  }

  set(key: string, value: V) {
    this.#misses.delete(key);
    if (!this.#entries.has(key) && this.#entries.size >= this.#opts.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
      this.#stats.evictions++;
    }
    this.#entries.set(key, { value, expiresAt: Date.now() + this.#opts.ttlMs });
  }

  setMiss(key: string, miss: Miss) {
    this.#misses.set(key, { ...miss, expiresAt: Date.now() + this.#opts.negativeTtlMs });
  }

  sweep() {
    const now = Date.now();
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now) this.#entries.delete(key);
    }
  }

  stats() {
    return { ...this.#stats, entries: this.#entries.size };
  }
}
