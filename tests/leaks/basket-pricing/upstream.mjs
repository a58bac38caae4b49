import { upstreamChannel } from "./tracing.mjs";

const PRICES = {
  "MUG-01": 1299,
  "CAP-01": 1850,
  "TEE-02": 2400,
  "SOCK-03": 799,
  "TOTE-04": 1500,
};

const PROMOTIONS = [
  { code: "SUMMER10", percent: 10, minCents: 3000 },
  { code: "WELCOME5", percent: 5, minCents: 0 },
];

// Stands in for the catalogue and promotions services (a tick of latency each).
async function call(traceId, service, op, fn) {
  const started = performance.now();
  let ok = true;
  try {
    await new Promise((resolve) => setImmediate(resolve));
    return fn();
  } catch (err) {
    ok = false;
    throw err;
  } finally {
    if (upstreamChannel.hasSubscribers) {
      upstreamChannel.publish({ traceId, service, op, ok, ms: performance.now() - started });
    }
  }
}

export function fetchPrices(traceId, skus) {
  return call(traceId, "catalog", "prices", () => {
    const unknown = skus.filter((sku) => !(sku in PRICES));
    if (unknown.length) {
      throw Object.assign(new Error(`unknown sku ${unknown[0]}`), { status: 422 });
    }
    return Object.fromEntries(skus.map((sku) => [sku, PRICES[sku]]));
  });
}

export function fetchPromotion(traceId, code) {
  return call(traceId, "promotions", "lookup", () => {
    return PROMOTIONS.find((promo) => promo.code === code) ?? null;
  });
}
