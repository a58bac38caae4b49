export interface GeocodeResult {
  lat: number;
  lng: number;
  formatted: string;
  precision: "rooftop" | "street" | "postcode";
  provider: string;
  cachedAt: number;
}

/** "  Damrak 1,  Amsterdam " and "damrak 1 amsterdam" are the same lookup. */
export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase().replace(/[.,]/g, " ").replace(/\s+/g, " ");
}

/**
 * Least-recently-used cache of geocoder answers (the provider bills per call). `#recency`
 * lists keys from least to most recently used; when it outgrows the capacity the oldest key is
 * dropped from both.
 */
export class GeocodeCache {
  #entries = new Map<string, GeocodeResult>();
  #recency: string[] = [];
  hits = 0;
  misses = 0;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.#recency.length;
  }

  get(address: string): GeocodeResult | undefined {
    const key = normalizeAddress(address);
    const hit = this.#entries.get(key);
    if (!hit) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.#touch(key);
    return hit;
  }

  set(address: string, value: GeocodeResult): void {
    const key = normalizeAddress(address);
    if (this.#entries.has(key)) {
      this.#touch(key);
    } else {
      this.#recency.push(address);
    }
    this.#entries.set(key, value);
    while (this.#recency.length > this.capacity) {
      const evicted = this.#recency.shift()!;
      this.#entries.delete(evicted);
    }
  }

  #touch(key: string) {
    const at = this.#recency.indexOf(key);
    if (at !== -1) this.#recency.splice(at, 1);
    this.#recency.push(key);
  }
}
