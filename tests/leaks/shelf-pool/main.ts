import { startDaemon } from "./daemon.ts";
import { ControllerPool } from "./pool.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const pool = new ControllerPool(startDaemon(), 4);

/** Shelf answers for the handhelds, most recently used last (at most 40). */
const shelfCache = new Map<string, { sku: string; aisle: number; bay: number; cents: number }>();
function cacheShelf(shelf: { sku: string; aisle: number; bay: number; cents: number }) {
  shelfCache.delete(shelf.sku);
  shelfCache.set(shelf.sku, shelf);
  if (shelfCache.size > 40) shelfCache.delete(shelfCache.keys().next().value!);
}

function parseShelf(answer: string) {
  const [status, sku, aisle, bay, cents] = answer.split(" ");
  if (status !== "OK") return null;
  return { sku, aisle: Number(aisle), bay: Number(bay), cents: Number(cents) };
}

const shelfRoute = new URLPattern({ pathname: "/shelves/:sku" });
const priceRoute = new URLPattern({ pathname: "/shelves/:sku/price" });

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`shelf-pool on http://127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/pool") return Response.json({ ...pool.stats, cached: shelfCache.size });

  const price = priceRoute.exec(url);
  if (price && req.method === "POST") {
    const { cents } = await req.json();
    const sku = price.pathname.groups.sku!;
    const shelf = parseShelf(await pool.call(`PRICE ${sku} ${Number(cents)}`, req.signal));
    if (!shelf) return Response.json({ error: `cannot price ${sku}` }, { status: 422 });
    cacheShelf(shelf);
    return Response.json(shelf);
  }

  const m = shelfRoute.exec(url);
  if (m && req.method === "GET") {
    const sku = m.pathname.groups.sku!;
    const hit = url.searchParams.get("fresh") === null ? shelfCache.get(sku) : undefined;
    if (hit) return Response.json(hit);
    const shelf = parseShelf(await pool.call(`LOOKUP ${sku}`, req.signal));
    if (!shelf) return Response.json({ error: `no shelf for ${sku}` }, { status: 404 });
    cacheShelf(shelf);
    return Response.json(shelf);
  }
  return Response.json({ error: "not found" }, { status: 404 });
});

Deno.addSignalListener("SIGTERM", () => Deno.exit(0));
