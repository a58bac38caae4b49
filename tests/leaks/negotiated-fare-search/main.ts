import { FareCache } from "./fare_cache.ts";
import { startHousekeeping } from "./housekeeping.ts";
import { type Offer, searchConsolidator, type SearchQuery } from "./supplier.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const fareCache = new FareCache();
startHousekeeping(fareCache);

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function queryOf(get: (k: string) => string | null | undefined): SearchQuery {
  const q = {
    account: get("account") ?? "",
    from: (get("from") ?? "").toUpperCase(),
    to: (get("to") ?? "").toUpperCase(),
    date: get("date") ?? "",
    cabin: get("cabin") ?? "economy",
  };
  if (!q.account || !/^[A-Z]{3}$/.test(q.from) || !/^[A-Z]{3}$/.test(q.to)) {
    throw new HttpError(400, "account, from and to required");
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(q.date)) throw new HttpError(400, "date must be YYYY-MM-DD");
  return q;
}

async function search(q: SearchQuery): Promise<{ offers: Offer[]; cached: boolean }> {
  const hit = fareCache.get(q);
  if (hit) return { offers: hit.offers, cached: true };
  const offers = await searchConsolidator(q);
  fareCache.put(q, offers);
  return { offers, cached: false };
}

const SORTS: Record<string, (a: Offer, b: Offer) => number> = {
  price: (a, b) => a.priceCents - b.priceCents,
  departure: (a, b) => a.departs.localeCompare(b.departs),
};

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true, cached: fareCache.size });

  if (url.pathname === "/fares/search" && req.method === "GET") {
    const q = queryOf((k) => url.searchParams.get(k));
    const { offers, cached } = await search(q);
    const sort = SORTS[url.searchParams.get("sort") ?? "departure"] ?? SORTS.departure;
    return json(200, { query: q, cached, offers: [...offers].sort(sort) });
  }

  if (url.pathname === "/fares/select" && req.method === "POST") {
    let body: Record<string, string>;
    try {
      body = await req.json();
    } catch {
      throw new HttpError(400, "invalid JSON");
    }
    const q = queryOf((k) => body[k]);
    const entry = fareCache.get(q);
    if (!entry) throw new HttpError(410, "search expired, search again");
    const offer = entry.offers.find((o) => o.carrier === body.carrier);
    if (!offer) throw new HttpError(404, "no such offer");
    if (offer.validUntil * 1000 < Date.now()) throw new HttpError(410, "offer expired");
    return json(200, {
      offerId: offer.offerId,
      priceCents: offer.priceCents,
      currency: offer.currency,
      lockedUntil: new Date(offer.validUntil * 1000).toISOString(),
    });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof HttpError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
