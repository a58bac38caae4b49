/** Carrier tracking: validates the tracking code and answers from a small cache of lookups. */

export class TrackingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const CARRIERS = {
  postnl: { name: "PostNL", pattern: /^3S[A-Z0-9]{8,16}$/, hubs: ["Nieuwegein", "Amsterdam"] },
  dhl: { name: "DHL Parcel", pattern: /^JJD\d{8,20}$/, hubs: ["Utrecht", "Eindhoven"] },
  dpd: { name: "DPD", pattern: /^0\d{13}$/, hubs: ["Oirschot", "Rotterdam"] },
};

const STAGES = ["label created", "received at hub", "sorted", "out for delivery", "delivered"];
const CACHE_LIMIT = 200;
const CACHE_TTL_MS = 60_000;

/** Lookups by carrier:code, oldest dropped past the limit (the carriers bill per call). */
const lookups = new Map();

export function carrierOf(slug) {
  const carrier = CARRIERS[slug];
  if (!carrier) throw new TrackingError(404, `unknown carrier ${slug}`);
  return carrier;
}

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Stands in for the carrier's API: the stage follows from the code. */
function fetchFromCarrier(carrier, code) {
  const h = hash(code);
  const stage = h % STAGES.length;
  const events = STAGES.slice(0, stage + 1).map((status, n) => ({
    status,
    location: carrier.hubs[n % carrier.hubs.length],
    at: new Date(Date.UTC(2025, 2, 1 + n, 8 + (h % 9))).toISOString(),
  }));
  return { carrier: carrier.name, code, delivered: stage === STAGES.length - 1, events };
}

export function track(slug, rawCode) {
  const carrier = carrierOf(slug);
  const code = rawCode.replace(/\s+/g, "").toUpperCase();
  if (!carrier.pattern.test(code)) {
    throw new TrackingError(400, `${code} is not a ${carrier.name} tracking code`);
  }
  const key = `${slug}:${code}`;
  const now = Date.now();
  const hit = lookups.get(key);
  if (hit && hit.expiresAt > now) return { ...hit.shipment, cached: true };

  const shipment = fetchFromCarrier(carrier, code);
  lookups.delete(key);
  lookups.set(key, { shipment, expiresAt: now + CACHE_TTL_MS });
  if (lookups.size > CACHE_LIMIT) lookups.delete(lookups.keys().next().value);
  return { ...shipment, cached: false };
}

export function cacheSize() {
  return lookups.size;
}
