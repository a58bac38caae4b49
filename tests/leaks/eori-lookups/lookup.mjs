import { checkEori } from "./registry.mjs";

const CACHE_MAX = 100;
/** Recently confirmed numbers; the registry is slow and rate-limits us. */
const cache = new Map();
/** Lookups on their way to the registry, so concurrent requests for a number share one call. */
const inFlight = new Map();

export function normaliseEori(input) {
  return String(input ?? "").replace(/[\s-]+/g, "").toUpperCase();
}

export function isWellFormed(eori) {
  return /^[A-Z]{2}[0-9A-Z]{1,15}$/.test(eori);
}

function remember(key, result) {
  cache.delete(key);
  cache.set(key, result);
  if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value);
}

export function lookupEori(eori) {
  const key = normaliseEori(eori);
  const hit = cache.get(key);
  if (hit) {
    remember(key, hit);
    return Promise.resolve(hit);
  }
  let pending = inFlight.get(key);
  if (!pending) {
    pending = checkEori(key).then((result) => {
      remember(key, result);
      inFlight.delete(key);
      return result;
    });
    inFlight.set(key, pending);
  }
  return pending;
}

export function lookupStats() {
  return { cached: cache.size, inFlight: inFlight.size };
}
