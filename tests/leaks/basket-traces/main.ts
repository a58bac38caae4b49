import { addItem, checkout, shopStats } from "./baskets.ts";
import { describeSpans, withSpan } from "./telemetry.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/debug/spans") {
    return json(describeSpans(Number(url.searchParams.get("limit")) || 20));
  }
  if (url.pathname === "/stats") return json(shopStats());

  const items = /^\/baskets\/([\w-]{1,40})\/items$/.exec(url.pathname);
  if (req.method === "POST" && items) {
    const body = await req.json().catch(() => null);
    const qty = Number(body?.qty ?? 1);
    if (!body || typeof body.sku !== "string" || !Number.isInteger(qty) || qty < 1 || qty > 50) {
      return json({ error: "sku and qty (1-50) required" }, 400);
    }
    return withSpan(
      "POST /baskets/:id/items",
      undefined,
      { "http.route": "/baskets/:id/items" },
      async (span) => {
        const r = await addItem(span, items[1], body.sku, qty);
        return json(r.body, r.status);
      },
    );
  }

  const co = /^\/baskets\/([\w-]{1,40})\/checkout$/.exec(url.pathname);
  if (req.method === "POST" && co) {
    return withSpan("POST /baskets/:id/checkout", undefined, {
      "http.route": "/baskets/:id/checkout",
    }, async (span) => {
      const r = await checkout(span, co[1]);
      return json(r.body, r.status);
    });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve(
  { hostname: "127.0.0.1", port, onListen: () => console.log(`basket-traces on ${port}`) },
  handle,
);
