import { Group } from "./vendor/singleflight/index.mjs";
import { fetchAvailability, upstreamCalls } from "./grower.mjs";

const RESULT_TTL_MS = 250;
const MAX_RESULTS = 100;

const flights = new Group();
// sku:week -> { value, at }
const results = new Map();

function remember(key, value) {
  results.set(key, { value, at: Date.now() });
  while (results.size > MAX_RESULTS) {
    results.delete(results.keys().next().value);
  }
}

/**
 * Availability for one stem SKU and delivery week. Recent answers come from memory; concurrent
 * misses for the same SKU share one upstream request (the grower API rate-limits us hard).
 */
export async function availability(sku, week) {
  const key = `${sku}:${week}`;
  const hit = results.get(key);
  if (hit && Date.now() - hit.at < RESULT_TTL_MS) return hit.value;
  const value = await flights.do(key, () => fetchAvailability(sku, week));
  remember(key, value);
  return value;
}

/** After an order the grower's numbers are stale for that SKU. */
export function invalidate(sku, week) {
  const key = `${sku}:${week}`;
  results.delete(key);
  flights.forget(key);
}

export function cacheStats() {
  return { cached: results.size, upstream: upstreamCalls(), ...flights.stats() };
}
