import { LruCache } from "./lru.mjs";

export class LookupError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Street index for the pilot municipalities (the full BAG extract lives in the geo service). */
const STREETS = new Map([
  ["1015", { city: "Amsterdam", streets: ["Keizersgracht", "Prinsengracht", "Herengracht"] }],
  ["3011", { city: "Rotterdam", streets: ["Coolsingel", "Meent", "Hoogstraat"] }],
  ["3511", { city: "Utrecht", streets: ["Oudegracht", "Lijnmarkt", "Vinkenburgstraat"] }],
]);

const POSTCODE = /^(\d{4}) ?([A-Z]{2})$/;

/** Resolved addresses by normalised "postcode|number"; the upstream lookup is slow and metered. */
export const addressCache = new LruCache(100);
let upstreamCalls = 0;

function normalise(postcode, number) {
  const match = POSTCODE.exec(String(postcode ?? "").trim().toUpperCase());
  if (!match) throw new LookupError(422, "postcode is 4 digits and 2 letters");
  const house = String(number ?? "").trim().toUpperCase();
  if (!/^\d{1,5}[A-Z]?$/.test(house)) throw new LookupError(422, "house number like 12 or 12A");
  return { area: match[1], letters: match[2], house, key: `${match[1]}${match[2]}|${house}` };
}

async function geocodeUpstream({ area, letters, house }) {
  upstreamCalls++;
  await Promise.resolve(); // the PDOK locatieserver in production
  const entry = STREETS.get(area);
  if (!entry) return null;
  const street = entry.streets[letters.charCodeAt(0) % entry.streets.length];
  const n = Number.parseInt(house, 10);
  return {
    street,
    house,
    postcode: `${area} ${letters}`,
    city: entry.city,
    lat: 52 + ((n * 37) % 1000) / 10_000,
    lon: 4.8 + ((n * 53) % 1000) / 10_000,
    source: "pdok",
    resolvedAt: new Date().toISOString(),
  };
}

export async function lookup(postcode, number) {
  const query = normalise(postcode, number);
  const cached = addressCache.get(query.key);
  if (cached) return { ...cached, cached: true };
  const address = await geocodeUpstream(query);
  if (!address) throw new LookupError(404, `no addresses in ${query.area}`);
  addressCache.set(query.key, address);
  return { ...address, cached: false };
}

export function cacheStats() {
  const { hits, misses, size, max } = addressCache;
  return { hits, misses, size, max, upstreamCalls };
}
