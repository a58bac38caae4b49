import { TtlCache } from "./vendor/tinycache/index.mjs";
import { CutListError, cutListKey, optimise } from "./cutlist.mjs";

// Customers resubmit the same cut list while they sort out delivery; quotes hold for 30 min.
const quoteCache = new TtlCache({ max: 64, ttlMs: 30 * 60_000 });

const accountDiscounts = {
  trade: 0.15,
  builder: 0.1,
  retail: 0,
};

export function quoteCutList(body) {
  const customer = String(body.customer ?? "");
  if (!customer) throw new CutListError(400, "customer account is required");
  if (!Array.isArray(body.pieces) || body.pieces.length === 0) {
    throw new CutListError(400, "a cut list needs pieces");
  }
  const list = {
    species: String(body.species),
    section: String(body.section),
    pieces: body.pieces,
  };
  const key = cutListKey(customer, list);
  let quote = quoteCache.get(key);
  const cached = quote !== undefined;
  if (!quote) {
    const base = optimise(list);
    const discount = accountDiscounts[body.tier] ?? 0;
    quote = {
      ...base,
      customer,
      tier: body.tier ?? "retail",
      discount,
      net: Math.round(base.total * (1 - discount) * 100) / 100,
      validUntil: new Date(Date.now() + 30 * 60_000).toISOString(),
    };
    quoteCache.set(key, quote);
  }
  return { cached, ...quote };
}

export function cacheStats() {
  return { hits: quoteCache.hits, misses: quoteCache.misses };
}
