import { cardFor, listingCards, refreshCard } from "./cards.ts";
import { listings, requestViewing } from "./listings.ts";

const VIEWINGS = /^\/listings\/([A-Z]{3}-\d{3})\/viewings$/;
const CARD = /^\/listings\/([A-Z]{3}-\d{3})\/card$/;
const STATUS = /^\/listings\/([A-Z]{3}-\d{3})\/status$/;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  if (req.method === "GET" && url.pathname === "/search") {
    const city = url.searchParams.get("city");
    const maxRent = Number(url.searchParams.get("maxRent") ?? Infinity);
    const found = [...listings.values()].filter((l) =>
      (!city || l.city === city) && l.rentPerMonth <= maxRent && l.status !== "let"
    );
    const html = found.map((l) => cardFor(l).html).join("\n");
    return new Response(`<section class="results">\n${html}\n</section>`, {
      headers: { "content-type": "text/html; charset=utf-8", "x-results": String(found.length) },
    });
  }

  if (req.method === "GET" && url.pathname === "/cache") {
    return json({ cards: listingCards.size, hits: listingCards.hits, misses: listingCards.misses });
  }

  const card = CARD.exec(url.pathname);
  if (req.method === "GET" && card) {
    const listing = listings.get(card[1]);
    return listing ? json(cardFor(listing)) : json({ error: "no such listing" }, 404);
  }

  const viewing = VIEWINGS.exec(url.pathname);
  if (req.method === "POST" && viewing) {
    const listing = listings.get(viewing[1]);
    if (!listing) return json({ error: "no such listing" }, 404);
    const body = await req.json().catch(() => null);
    if (!body?.name || !body?.phone || Number.isNaN(Date.parse(body?.at))) {
      return json({ error: "name, phone and a time are required" }, 400);
    }
    requestViewing(listing, {
      name: String(body.name),
      phone: String(body.phone),
      at: String(body.at),
      requestedAt: new Date().toISOString(),
    });
    refreshCard(listing);
    return json({ listing: listing.id, viewings: listing.viewings.length }, 201);
  }

  const status = STATUS.exec(url.pathname);
  if (req.method === "POST" && status) {
    const listing = listings.get(status[1]);
    if (!listing) return json({ error: "no such listing" }, 404);
    const body = await req.json().catch(() => null);
    if (!["available", "under-option", "let"].includes(body?.status)) {
      return json({ error: "unknown status" }, 400);
    }
    listing.status = body.status;
    refreshCard(listing);
    return json({ listing: listing.id, status: listing.status });
  }
  return json({ error: "not found" }, 404);
}
