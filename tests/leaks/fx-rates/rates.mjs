import CircuitBreaker from "opossum";
import dayjs from "dayjs";
import { providerConvert } from "./provider.mjs";

// The provider bills per call and has bad days: conversions go through a circuit breaker
// that caches answers for five seconds and falls back to the last rate seen for the pair.
export const convertBreaker = new CircuitBreaker(providerConvert, {
  name: "fx-provider",
  timeout: 2000,
  errorThresholdPercentage: 50,
  resetTimeout: 10_000,
  volumeThreshold: 10,
  cache: true,
  cacheTTL: 5_000,
});

// Last good rate per currency pair (a handful of pairs), for the fallback.
const lastRates = new Map();

convertBreaker.on("success", (quote) => {
  lastRates.set(`${quote.from}/${quote.to}`, { rate: quote.rate, at: quote.fetchedAt });
});

convertBreaker.fallback((from, to, amount) => {
  const last = lastRates.get(`${from}/${to}`);
  if (!last) throw Object.assign(new Error("rates unavailable"), { status: 503 });
  return {
    from,
    to,
    amount,
    rate: last.rate,
    converted: Math.round(amount * last.rate * 100) / 100,
    provider: "last-known",
    fetchedAt: last.at,
  };
});

convertBreaker.on("open", () => console.warn("fx provider circuit open"));
convertBreaker.on("close", () => console.warn("fx provider circuit closed"));

export async function convert(from, to, amount) {
  const quote = await convertBreaker.fire(from, to, amount);
  return {
    ...quote,
    asOf: dayjs(quote.fetchedAt).format("YYYY-MM-DDTHH:mm:ss"),
    validUntil: dayjs(quote.fetchedAt).add(5, "second").format("YYYY-MM-DDTHH:mm:ss"),
  };
}

export function breakerStats() {
  const s = convertBreaker.stats;
  return {
    state: convertBreaker.opened ? "open" : convertBreaker.halfOpen ? "half-open" : "closed",
    fires: s.fires,
    cacheHits: s.cacheHits,
    cacheMisses: s.cacheMisses,
    failures: s.failures,
    fallbacks: s.fallbacks,
    latencyMean: s.latencyMean,
  };
}
