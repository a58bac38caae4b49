import { fetchSpot, type SpotRate } from "./provider.ts";

interface CachedRate extends SpotRate {
  fetchedAt: number;
}

/**
 * Spot rates for checkout, each kept for a short while; the least recently used pair goes
 * when the cache is full. Concurrent misses for one pair share a single provider call.
 */
export class RateCache {
  #entries = new Map<string, CachedRate>();
  #inflight = new Map<string, Promise<CachedRate>>();
  #capacity: number;
  #maxAgeMs: number;
  hits = 0;
  misses = 0;

  constructor(capacity: number, maxAgeMs: number) {
    this.#capacity = capacity;
    this.#maxAgeMs = maxAgeMs;
  }

  get(base: string, quote: string): Promise<CachedRate> {
    const key = `${base}/${quote}`;
    const hit = this.#entries.get(key);
    if (hit && Date.now() - hit.fetchedAt < this.#maxAgeMs) {
      this.hits++;
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return Promise.resolve(hit);
    }
    this.misses++;
    let pending = this.#inflight.get(key);
    if (!pending) {
      pending = this.#load(key, base, quote).finally(() => this.#inflight.delete(key));
      this.#inflight.set(key, pending);
    }
    return pending;
  }

  async #load(key: string, base: string, quote: string): Promise<CachedRate> {
    const spot = await fetchSpot(base, quote);
    const entry: CachedRate = { ...spot, fetchedAt: Date.now() };
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.#capacity) {
      this.#entries.delete(this.#entries.keys().next().value!);
    }
    return entry;
  }

  stats() {
    return {
      cached: this.#entries.size,
      loading: this.#inflight.size,
      hits: this.hits,
      misses: this.misses,
    };
  }
}
