// Client for the shipper's trade price API (Liv-ex style). Responses carry cache-control; the
// API allows one request per SKU every few seconds and answers 429 otherwise.

const PER_SKU_INTERVAL_MS = 3_000;
const REMEMBERED = 64;
const lastPolled = new Map();

const PRODUCERS = [
  ["Domaine Tempier", "Bandol", "FR"],
  ["Bodegas Muga", "Rioja", "ES"],
  ["Felton Road", "Central Otago", "NZ"],
  ["Ridge Vineyards", "Santa Cruz Mountains", "US"],
];

export class UpstreamError extends Error {
  constructor(status, url, body, headers) {
    super(`supplier answered ${status} for ${url}`);
    this.name = "UpstreamError";
    this.status = status;
    this.url = url;
    this.body = body;
    this.headers = headers;
  }
}

function polled(sku, now) {
  lastPolled.delete(sku);
  lastPolled.set(sku, now);
  if (lastPolled.size > REMEMBERED) lastPolled.delete(lastPolled.keys().next().value);
}

export async function fetchPrice(sku) {
  await new Promise((r) => setTimeout(r, 3));
  const url = `https://trade.example-shipper.co.uk/v2/prices/${encodeURIComponent(sku)}`;
  const now = Date.now();
  const last = lastPolled.get(sku);
  if (last !== undefined && now - last < PER_SKU_INTERVAL_MS) {
    const retryAfter = Math.ceil((PER_SKU_INTERVAL_MS - (now - last)) / 1000);
    throw new UpstreamError(
      429,
      url,
      JSON.stringify({
        error: "rate_limited",
        detail: `Price for ${sku} was requested ${now - last} ms ago; poll at most every 3 s`,
        retry_after: retryAfter,
      }),
      { "retry-after": String(retryAfter), "x-request-id": `req_${now.toString(36)}_${sku}` },
    );
  }
  polled(sku, now);
  let h = 0;
  for (const ch of sku) h = (h * 33 + ch.charCodeAt(0)) >>> 0;
  const [producer, region, country] = PRODUCERS[h % PRODUCERS.length];
  const allocation = sku.startsWith("EP-");
  return {
    // allocations move minute to minute, so the shipper says not to trust them for long
    maxAgeMs: allocation ? 0 : 60_000,
    price: {
      sku,
      producer,
      region,
      country,
      vintage: 2015 + (h % 8),
      caseSize: h % 2 ? 6 : 12,
      inBondGbp: 180 + (h % 400),
      dutyPaidGbp: 180 + (h % 400) + 33.5,
      casesAvailable: 1 + (h % 30),
    },
  };
}
