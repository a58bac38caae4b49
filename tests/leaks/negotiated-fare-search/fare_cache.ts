import type { Offer, SearchQuery } from "./supplier.ts";

// Negotiated fares reprice all the time; this only absorbs the burst of identical searches a
// results page makes (list, price calendar, filters) and the select that follows.
const FRESH_MS = 250;

export interface CachedSearch {
  key: string;
  query: SearchQuery;
  offers: Offer[];
  searchedAt: number;
  /** Local freshness (ms since the epoch). */
  expiresAt: number;
  /** The earliest supplier expiry of the offers (epoch seconds). */
  validUntil: number;
}

export function searchKey(q: SearchQuery): string {
  return [q.account, q.from, q.to, q.date, q.cabin].join("|").toUpperCase();
}

export class FareCache {
  #entries = new Map<string, CachedSearch>();

  get(q: SearchQuery): CachedSearch | undefined {
    const entry = this.#entries.get(searchKey(q));
    if (!entry || entry.expiresAt <= Date.now()) return undefined;
    return entry;
  }

  put(q: SearchQuery, offers: Offer[]): CachedSearch {
    const key = searchKey(q);
    const entry: CachedSearch = {
      key,
      query: q,
      offers,
      searchedAt: Date.now(),
      expiresAt: Date.now() + FRESH_MS,
      validUntil: Math.min(...offers.map((o) => o.validUntil)),
    };
    this.#entries.set(key, entry);
    return entry;
  }

  /** Drops what is stale or past the supplier's expiry. */
  dropExpired(now: number) {
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now || entry.validUntil <= now) this.#entries.delete(key);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
