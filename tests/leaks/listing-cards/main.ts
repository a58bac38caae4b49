import { cacheStats, getCard } from "./card_cache.ts";
import type { CardVariant } from "./cards.ts";
import { ListingNotFound, loadListing } from "./listings.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8131;

const CARD = new URLPattern({ pathname: "/listings/:id/card" });
const LISTING = new URLPattern({ pathname: "/listings/:id" });

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (req.method !== "GET") return Response.json({ error: "method not allowed" }, { status: 405 });
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/internal/card-cache") return Response.json(cacheStats());

  const card = CARD.exec(url);
  if (card) {
    const variant: CardVariant = url.searchParams.get("variant") === "compact" ? "compact" : "full";
    const rendered = await getCard(card.pathname.groups.id!, variant);
    return new Response(rendered.html, {
      headers: {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "public, max-age=30",
        "x-rendered-at": rendered.renderedAt,
      },
    });
  }
  const listing = LISTING.exec(url);
  if (listing) return Response.json(await loadListing(listing.pathname.groups.id!));
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`listing cards on 127.0.0.1:${port}`),
}, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof ListingNotFound) {
      return Response.json({ error: err.message }, { status: 404 });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
