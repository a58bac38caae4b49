// The parts catalogue (loaded once) and a small LRU of search results: dealers' shop
// systems repeat the same searches all day, but every query string is a new key.
const CATEGORIES = ["brake", "filter", "clutch", "belt", "pump", "sensor", "bearing", "gasket"];
const MAKES = ["Volvo", "DAF", "Scania", "MAN", "Iveco"];

export const parts = new Map();
for (let n = 0; n < 1_200; n++) {
  const category = CATEGORIES[n % CATEGORIES.length];
  const sku = `${category.slice(0, 3).toUpperCase()}-${String(10_000 + n)}`;
  parts.set(sku, {
    sku,
    category,
    name: `${category} ${MAKES[n % MAKES.length]} ${n % 97}`,
    fits: [MAKES[n % MAKES.length], MAKES[(n + 2) % MAKES.length]],
    cents: 900 + ((n * 37) % 40_000),
    stock: (n * 13) % 41,
  });
}

export class SearchCache {
  #entries = new Map();
  #capacity;
  hits = 0;
  misses = 0;

  constructor(capacity) {
    this.#capacity = capacity;
  }

  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    // Move to the most recently used end.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    this.hits++;
    return entry;
  }

  set(key, value) {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next().value;
      this.#entries.delete(oldest);
    }
  }

  get size() {
    return this.#entries.size;
  }
}

const searches = new SearchCache(64);

export function search(query, make) {
  const key = `${make ?? "*"}|${query.toLowerCase()}`;
  const cached = searches.get(key);
  if (cached) return cached;
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const results = [];
  for (const part of parts.values()) {
    if (make && !part.fits.includes(make)) continue;
    if (words.some((w) => part.name.toLowerCase().includes(w))) results.push(part.sku);
    if (results.length === 25) break;
  }
  const answer = { query, make: make ?? null, results, at: Date.now() };
  searches.set(key, answer);
  return answer;
}

export function cacheStats() {
  return { size: searches.size, hits: searches.hits, misses: searches.misses };
}

export function quote(lines, dealerDiscount) {
  let total = 0;
  const priced = [];
  for (const { sku, qty } of lines) {
    const part = parts.get(sku);
    if (!part) return { error: `unknown part ${sku}` };
    const cents = Math.round(part.cents * qty * (1 - dealerDiscount));
    priced.push({ sku, qty, cents, inStock: part.stock >= qty });
    total += cents;
  }
  return { lines: priced, totalCents: total, currency: "EUR" };
}
