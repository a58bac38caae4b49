import { Specification } from "./specification.ts";
import { PRODUCTS, specFromQuery } from "./catalog.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

let searches = 0;

function handle(req: Request): Response {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return Response.json({ ok: true });

  if (url.pathname === "/stats") {
    return Response.json({
      searches,
      rules: [...Specification.registry.keys()],
      compiled: Specification.compiledCount,
    });
  }

  // GET /products?category=tents&maxPrice=250&q=ultralight
  if (req.method === "GET" && url.pathname === "/products") {
    searches++;
    const spec = specFromQuery(url.searchParams);
    const hits = spec ? PRODUCTS.filter((p) => spec.isSatisfiedBy(p)) : PRODUCTS;
    return Response.json({
      filter: spec?.describe() ?? "all",
      count: hits.length,
      products: hits.map(({ sku, name, price }) => ({ sku, name, price })),
    });
  }

  // GET /products/:sku
  if (req.method === "GET" && parts[0] === "products" && parts.length === 2) {
    const product = PRODUCTS.find((p) => p.sku === parts[1]);
    return product
      ? Response.json(product)
      : Response.json({ error: "no such product" }, { status: 404 });
  }

  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  {
    hostname: "127.0.0.1",
    port,
    onListen: ({ port }) => console.log(`catalog-specs on http://127.0.0.1:${port}`),
  },
  (req) => {
    try {
      return handle(req);
    } catch (err) {
      return Response.json({ error: String((err as Error).message ?? err) }, { status: 400 });
    }
  },
);
