import { config } from "./config.mjs";
import { TtlCache } from "./ttl_cache.mjs";
import { fetchStock } from "./warehouse.mjs";

// Product pages ask for the same SKU and postcode many times a second; the WMS does not
// like that. Answers are good for a second or two.
export const availabilityCache = new TtlCache({
  ttlMs: config.AVAILABILITY_CACHE_TTL_MS,
  sweepEveryMs: Number(config.AVAILABILITY_CACHE_SWEEP_MS),
});

function promiseFor(dcs, now) {
  const sellable = dcs.filter((d) => d.onHand - d.reserved > 0);
  if (sellable.length === 0) {
    const inbound = dcs.map((d) => d.nextInbound.eta).sort()[0];
    return { status: "backorder", expectedBy: inbound ?? null };
  }
  const beforeCutoff = sellable.some((d) => {
    const [h, m] = d.cutoff.split(":").map(Number);
    return now.getHours() * 60 + now.getMinutes() < h * 60 + m;
  });
  return { status: "in-stock", shipsToday: beforeCutoff };
}

export async function availabilityFor({ sku, postcode, country }) {
  const key = `${sku}|${country}|${postcode}`;
  const cached = availabilityCache.get(key);
  if (cached) return { ...cached, cached: true };
  const dcs = await fetchStock(sku, country);
  const answer = {
    sku,
    postcode,
    country,
    dcs,
    sellable: dcs.reduce((sum, d) => sum + Math.max(0, d.onHand - d.reserved), 0),
    promise: promiseFor(dcs, new Date()),
    checkedAt: new Date().toISOString(),
  };
  availabilityCache.set(key, answer);
  return { ...answer, cached: false };
}
