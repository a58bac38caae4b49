import { createCoalescer } from "./coalesce.ts";
import { fetchStock, SkuNotFoundError, type StockLevel, wmsCalls } from "./warehouse.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

// Product pages, the basket and the checkout all ask for the same SKUs at the same moment.
const stockLookup = createCoalescer<StockLevel>(fetchStock);

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

async function stock(sku: string): Promise<Response> {
  try {
    const level = await stockLookup(sku);
    return json({
      sku,
      available: level.available,
      status: level.available > 10 ? "in_stock" : level.available > 0 ? "low_stock" : "sold_out",
      checkedAt: level.checkedAt,
    });
  } catch (err) {
    if (err instanceof SkuNotFoundError) return json({ sku, status: "unavailable" }, 404);
    console.error(`stock lookup for ${sku} failed`, err);
    return json({ error: "stock service unavailable" }, 502);
  }
}

async function basket(req: Request): Promise<Response> {
  const body = await req.json().catch(() => null) as { skus?: unknown } | null;
  if (!body || !Array.isArray(body.skus)) return json({ error: "skus[] required" }, 400);
  const skus = body.skus.map(String).slice(0, 20);
  const results = await Promise.allSettled(skus.map((sku) => stockLookup(sku)));
  return json({
    lines: results.map((r, n) =>
      r.status === "fulfilled"
        ? { sku: skus[n], available: r.value.available }
        : { sku: skus[n], available: 0, unavailable: true }
    ),
  });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`stock api on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  const m = url.pathname.match(/^\/stock\/([\w-]+)$/);
  if (m && req.method === "GET") return await stock(m[1]);
  if (url.pathname === "/basket/availability" && req.method === "POST") return await basket(req);
  if (url.pathname === "/admin/stock-calls") {
    return json({ wms: wmsCalls, coalescer: stockLookup.stats() });
  }
  return json({ error: "not found" }, 404);
});
