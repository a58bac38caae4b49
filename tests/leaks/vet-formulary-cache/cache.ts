import { fetchMonograph, type Monograph } from "./formulary.ts";

const MAX_ENTRIES = 32;
const MISS_TTL_MS = 200;
const SWEEP_EVERY_MS = 250;

/**
 * Read-through cache in front of the formulary: LRU of monographs, concurrent misses share one
 * fetch, unknown drug/species pairs are remembered for a moment so typos in the dispensing
 * screen's autocomplete don't hammer the formulary.
 */
export class MonographCache {
  #lru = new Map<string, Monograph>();
  #inflight = new Map<string, Promise<Monograph | null>>();
  #unknown = new Map<string, number>();
  #sweeper: ReturnType<typeof setInterval>;

  constructor() {
    this.#sweeper = setInterval(() => this.#sweep(), SWEEP_EVERY_MS);
  }

  async get(code: string, species: string): Promise<Monograph | null> {
    const key = `${code}/${species}`;
    const hit = this.#lru.get(key);
    if (hit) {
      this.#lru.delete(key);
      this.#lru.set(key, hit);
      return hit;
    }
    const until = this.#unknown.get(key);
    if (until !== undefined && until > Date.now()) return null;

    let pending = this.#inflight.get(key);
    if (!pending) {
      pending = fetchMonograph(code, species).finally(() => this.#inflight.delete(key));
      this.#inflight.set(key, pending);
    }
    const found = await pending;
    if (!found) {
      this.#unknown.set(key, Date.now() + MISS_TTL_MS);
      return null;
    }
    this.#lru.set(key, found);
    if (this.#lru.size > MAX_ENTRIES) this.#lru.delete(this.#lru.keys().next().value!);
    return found;
  }

  /** A monograph was revised: drop it for every species. */
  invalidate(code: string) {
    for (const key of [...this.#lru.keys()]) {
      if (key.startsWith(`${code}/`)) this.#lru.delete(key);
    }
  }

  #sweep() {
    const now = Date.now();
    for (const [key, until] of this.#unknown) {
      if (until <= now) this.#unknown.delete(key);
    }
  }

  close() {
    clearInterval(this.#sweeper);
  }

  stats() {
    return { cached: this.#lru.size, inflight: this.#inflight.size, unknown: this.#unknown.size };
  }
}
