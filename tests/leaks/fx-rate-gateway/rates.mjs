import got from "got";
import pThrottle from "p-throttle";
import { nanoid } from "nanoid";

// Our contract with the provider allows 500 calls a second.
const throttle = pThrottle({ limit: 50, interval: 100 });

// Quotes are good for as long as the provider's Cache-Control says (ten minutes); a stale
// entry is refreshed the next time someone asks for the same conversion.
const quoteCache = new Map();
const DEFAULT_TTL_MS = 60_000;

let provider;
const stats = { calls: 0, cacheHits: 0, failures: 0 };

export function configureProvider(baseUrl) {
  provider = got.extend({
    prefixUrl: baseUrl,
    responseType: "json",
    timeout: { request: 3000 },
    retry: { limit: 1, methods: ["GET"] },
    headers: { "user-agent": "fx-gateway/2.3", "x-client": "web-checkout" },
    hooks: {
      beforeRequest: [
        (options) => {
          options.headers["x-call-id"] = nanoid(12);
        },
      ],
    },
  });
}

function maxAge(headers) {
  const m = /max-age=(\d+)/.exec(headers["cache-control"] ?? "");
  return m ? Number(m[1]) * 1000 : DEFAULT_TTL_MS;
}

const callProvider = throttle(async (path, searchParams) => {
  const key = searchParams ? `${path}?${new URLSearchParams(searchParams)}` : path;
  const cached = quoteCache.get(key);
  if (cached && cached.expiresAt > Date.now()) {
    stats.cacheHits++;
    return cached.body;
  }
  stats.calls++;
  try {
    const res = await provider.get(path, { searchParams });
    quoteCache.set(key, {
      body: res.body,
      etag: res.headers.etag,
      fetchedAt: Date.now(),
      expiresAt: Date.now() + maxAge(res.headers),
    });
    return res.body;
  } catch (err) {
    stats.failures++;
    throw err;
  }
});

export async function convert(from, to, amount) {
  const quote = await callProvider("v2/convert", { from, to, amount: amount.toFixed(2) });
  return { ...quote, fee: Number((quote.result * 0.0035).toFixed(2)) };
}

export function ratesFor(base) {
  return callProvider(`v2/rates/${base}`, undefined);
}

export function providerStats() {
  return { ...stats, cachedQuotes: quoteCache.size };
}
