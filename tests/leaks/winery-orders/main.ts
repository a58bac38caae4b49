import { runAnalyticsExporter, runSearchIndexer, VARIETALS } from "./consumers.ts";
import { facets, REGIONS } from "./consumers.ts";
import { analyticsFeed, type Order, publish, searchFeed } from "./events.ts";

const arg = (name: string) =>
  Deno.args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const port = Number(arg("port") ?? 8863);

runSearchIndexer(searchFeed);
const analyticsUrl = arg("analytics-url");
if (analyticsUrl) runAnalyticsExporter(analyticsFeed, analyticsUrl);

const open = new Map<string, Order>();
const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/orders" && req.method === "POST") {
    const b = await req.json();
    const lines = Array.isArray(b.lines) ? b.lines : [];
    if (!b.id || !REGIONS.includes(b.region) || lines.length === 0) {
      return json({ error: "id, region and lines required" }, 422);
    }
    if (open.has(b.id)) return json({ error: "order exists" }, 409);
    const order: Order = {
      id: String(b.id),
      customer: { name: String(b.customer?.name ?? ""), email: String(b.customer?.email ?? "") },
      region: b.region,
      lines: lines.map((l: Record<string, unknown>) => ({
        sku: String(l.sku),
        varietal: VARIETALS.includes(String(l.varietal)) ? String(l.varietal) : "other",
        bottles: Math.max(1, Number(l.bottles) || 1),
        priceCents: Number(l.priceCents) || 0,
      })),
      placedAt: Date.now(),
    };
    open.set(order.id, order);
    publish("placed", order);
    return json({ order: order.id, status: "placed" }, 201);
  }
  const m = /^\/orders\/([\w-]+)(\/ship)?$/.exec(url.pathname);
  const order = m && open.get(m[1]);
  if (!order) return json({ error: "not found" }, 404);
  if (m[2] && req.method === "POST") {
    open.delete(order.id);
    publish("shipped", order);
    return json({ order: order.id, status: "shipped" });
  }
  return json({ order: order.id, lines: order.lines, status: "placed" });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`winery-orders on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/search/facets") return json({ ...facets, open: open.size });
  try {
    return await handle(req, url);
  } catch (err) {
    return json({ error: String((err as Error).message ?? err) }, 400);
  }
});
