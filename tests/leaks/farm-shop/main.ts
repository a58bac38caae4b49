import { bySku, inCategory, type Product, related } from "./catalog.ts";
import { StockLevels } from "./levels.ts";
import { StockFeed } from "./warehouse.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8734;

const feed = new StockFeed({
  "GOUDA-YOUNG": 18,
  "GOUDA-AGED-24": 0,
  "GOAT-SOFT": 7,
  "GOAT-ASH": 0,
  "BOEREN-KOMIJN": 3,
  "BLUE-MEADOW": 0,
  "RAW-MILK-1L": 40,
  "FARM-BUTTER-250": 22,
  "YOGHURT-FULL": 12,
  "QUARK-500": 0,
  "EGGS-10": 60,
  "DUCK-EGGS-6": 4,
});
const stock = new StockLevels(feed);

function card(product: Product) {
  const { level, label } = stock.badge(product.sku);
  return {
    sku: product.sku,
    name: product.name,
    price: `€ ${(product.priceCents / 100).toFixed(2)} / ${product.unit}`,
    farm: product.farm,
    available: level > 0,
    stock: label,
  };
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`farm-shop on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/stock/stats") {
    return Response.json({ ...feed.stats(), hits: stock.hits, misses: stock.misses });
  }

  let m = /^\/categories\/([a-z-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const products = inCategory(m[1]);
    if (products.length === 0) return Response.json({ error: "no such category" }, { status: 404 });
    return Response.json({ category: m[1], products: products.map(card) });
  }

  m = /^\/products\/([A-Z0-9-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const product = bySku.get(m[1]);
    if (!product) return Response.json({ error: "no such product" }, { status: 404 });
    return Response.json({ ...card(product), related: related(product, 4).map(card) });
  }

  // The warehouse system posts stock changes here (deliveries, picks, counts).
  m = /^\/stock\/([A-Z0-9-]+)$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const { level } = await req.json() as { level: number };
    if (!bySku.has(m[1]) || !Number.isInteger(level) || level < 0) {
      return Response.json({ error: "unknown sku or bad level" }, { status: 422 });
    }
    const notified = feed.publish(m[1], level);
    return Response.json({ sku: m[1], level, notified });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
