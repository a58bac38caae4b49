import { ResponseCache } from "./cache.ts";
import { PRODUCTS } from "./products.ts";
import { renderProduct } from "./render.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8641;

const cache = new ResponseCache(200);

function productApi(req: Request, url: URL): Response {
  const m = /^\/api\/products\/([a-z0-9-]+)$/.exec(url.pathname);
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  const product = PRODUCTS.get(m[1]);
  if (!product) return Response.json({ error: "no such product" }, { status: 404 });
  const doc = renderProduct(
    product,
    req.headers.get("user-agent") ?? "",
    req.headers.get("accept-language") ?? "en",
  );
  return Response.json(doc, {
    headers: {
      "cache-control": "public, max-age=30",
      "vary": "Accept-Language, User-Agent",
    },
  });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`shop-edge-cache on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/cache/stats") return Response.json(cache.stats());
  if (req.method !== "GET") return Response.json({ error: "read-only API" }, { status: 405 });

  const cached = cache.match(req);
  if (cached) return cached;
  return await cache.store(req, productApi(req, url));
});
