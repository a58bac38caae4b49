const Papa = require("papaparse");
const yup = require("yup");

const rowSchema = yup.object({
  sku: yup.string().trim().matches(/^[A-Z0-9-]{3,24}$/).required(),
  description: yup.string().trim().max(120).default(""),
  unitPrice: yup.number().positive().required(),
  minQty: yup.number().integer().min(1).default(1),
  leadDays: yup.number().integer().min(0).max(120).required(),
});

/** Latest accepted price list per supplier; an upload replaces the supplier's previous one. */
const priceLists = new Map();

/** Quotes recently worked out, least recently used first; at most QUOTE_CACHE_SIZE. */
const QUOTE_CACHE_SIZE = 100;
const quoteCache = new Map();
let catalogVersion = 0;

function parsePriceList(supplier, csvText) {
  const parsed = Papa.parse(csvText, { header: true, dynamicTyping: true, skipEmptyLines: true });
  const accepted = new Map();
  const rejected = [];
  parsed.data.forEach((raw, n) => {
    try {
      const row = rowSchema.validateSync(raw, { stripUnknown: true });
      accepted.set(row.sku, row);
    } catch (err) {
      rejected.push({ line: n + 2, errors: err.errors });
    }
  });
  priceLists.set(supplier, { supplier, uploadedAt: Date.now(), rows: accepted });
  // Quotes worked out from older lists are keyed by an older version: the LRU ages them out.
  catalogVersion++;
  return { supplier, accepted: accepted.size, rejected, parseErrors: parsed.errors.length };
}

function computeQuote(sku, qty) {
  const offers = [];
  for (const list of priceLists.values()) {
    const row = list.rows.get(sku);
    if (!row || qty < row.minQty) continue;
    const discount = qty >= 500 ? 0.12 : qty >= 100 ? 0.06 : 0;
    offers.push({
      supplier: list.supplier,
      total: Math.round(row.unitPrice * qty * (1 - discount) * 100) / 100,
      leadDays: row.leadDays,
    });
  }
  offers.sort((a, b) => a.total - b.total || a.leadDays - b.leadDays);
  return { sku, qty, best: offers[0] ?? null, offers: offers.length };
}

function quote(sku, qty) {
  const key = `${catalogVersion}|${sku}|${qty}`;
  let q = quoteCache.get(key);
  if (q) {
    quoteCache.delete(key);
  } else {
    q = { ...computeQuote(sku, qty), quotedAt: new Date().toISOString() };
  }
  quoteCache.set(key, q);
  if (quoteCache.size > QUOTE_CACHE_SIZE) quoteCache.delete(quoteCache.keys().next().value);
  return q;
}

function cheapestBySku() {
  const best = {};
  for (const list of priceLists.values()) {
    for (const [sku, row] of list.rows) {
      if (!best[sku] || row.unitPrice < best[sku].unitPrice) {
        best[sku] = { supplier: list.supplier, unitPrice: row.unitPrice };
      }
    }
  }
  return best;
}

module.exports = { parsePriceList, quote, cheapestBySku, quoteCacheSize: () => quoteCache.size };
