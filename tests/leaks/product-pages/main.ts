import { getProduct, updateProduct } from "./catalog.ts";
import { announceChange } from "./invalidation.ts";
import { renderPage } from "./pages.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const PRODUCT = new URLPattern({ pathname: "/products/:sku" });

function nonNegativeInt(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`product pages listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");

  const match = PRODUCT.exec(url);
  if (!match) return Response.json({ error: "not found" }, { status: 404 });
  const sku = match.pathname.groups.sku ?? "";

  if (req.method === "GET") {
    const product = getProduct(sku);
    if (!product) return new Response("Not found", { status: 404 });
    const { html, cached } = renderPage(product);
    return new Response(html, {
      headers: { "content-type": "text/html; charset=utf-8", "x-cache": cached ? "hit" : "miss" },
    });
  }

  if (req.method === "PATCH") {
    const patch = await req.json().catch(() => null);
    if (typeof patch !== "object" || patch === null) {
      return Response.json({ error: "body must be a JSON object" }, { status: 400 });
    }
    const { priceCents, stock } = patch as Record<string, unknown>;
    if (priceCents !== undefined && !nonNegativeInt(priceCents)) {
      return Response.json({ error: "priceCents must be a non-negative integer" }, { status: 422 });
    }
    if (stock !== undefined && !nonNegativeInt(stock)) {
      return Response.json({ error: "stock must be a non-negative integer" }, { status: 422 });
    }
    const product = updateProduct(sku, {
      priceCents: priceCents as number | undefined,
      stock: stock as number | undefined,
    });
    if (!product) return Response.json({ error: "unknown product" }, { status: 404 });
    announceChange(sku, priceCents !== undefined ? "price" : "stock");
    return Response.json(product);
  }
  return Response.json({ error: "method not allowed" }, { status: 405 });
});
