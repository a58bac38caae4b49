import { BatchLoader } from "./loader.ts";
import {
  type Product,
  productsBySku,
  relatedSkus,
  reviewSummaries,
  type ReviewSummary,
  roundTrips,
} from "./catalog.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

interface Loaders {
  products: BatchLoader<string, Product>;
  reviews: BatchLoader<string, ReviewSummary>;
}

// Loaders live for one request (their caches must not serve another shopper stale stock), so
// they are looked up by the request every resolver gets.
const loadersByRequest = new Map<Request, Loaders>();

function loadersFor(req: Request): Loaders {
  let loaders = loadersByRequest.get(req);
  if (!loaders) {
    loaders = {
      products: new BatchLoader(productsBySku),
      reviews: new BatchLoader(reviewSummaries),
    };
    loadersByRequest.set(req, loaders);
  }
  return loaders;
}

async function productCard(req: Request, sku: string) {
  const { products, reviews } = loadersFor(req);
  const [product, review] = await Promise.all([products.load(sku), reviews.load(sku)]);
  if (!product) return undefined;
  return { ...product, rating: review?.average ?? null, reviews: review?.count ?? 0 };
}

const BUNDLES: Record<string, string[]> = {
  "trail-starter": ["sku-0", "sku-3", "sku-4", "sku-5"],
  "wet-weekend": ["sku-1", "sku-5", "sku-7", "sku-13"],
};

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/stats") return Response.json({ roundTrips });

  // GET /products/:sku?related=1
  if (parts[0] === "products" && parts.length === 2) {
    const card = await productCard(req, parts[1]);
    if (!card) return Response.json({ error: "no such product" }, { status: 404 });
    if (url.searchParams.get("related") !== "1") return Response.json(card);
    const related = await Promise.all(relatedSkus(card.sku).map((s) => productCard(req, s)));
    return Response.json({ ...card, related: related.filter(Boolean) });
  }

  // GET /bundles/:id: the bundle's products, their total and the cheapest in stock
  if (parts[0] === "bundles" && parts.length === 2) {
    const skus = BUNDLES[parts[1]];
    if (!skus) return Response.json({ error: "no such bundle" }, { status: 404 });
    const cards = (await Promise.all(skus.map((s) => productCard(req, s)))).filter((c) =>
      c !== undefined
    );
    const total = cards.reduce((sum, c) => sum + c.price, 0);
    return Response.json({
      id: parts[1],
      items: cards,
      total,
      discounted: Math.round(total * 0.9),
    });
  }

  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`bundle-loaders on http://127.0.0.1:${port}`),
}, handle);
