import { consola } from "consola";
import { PricingContext } from "./pricing.ts";
import { events, MENU, reloadSettings } from "./settings.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;
const log = consola.withTag("menu-pricing");

const kitchen: { table: string; totalCents: number; at: string }[] = [];

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  if (req.method === "GET" && url.pathname === "/menu") {
    const table = url.searchParams.get("table") ?? "bar";
    const ctx = new PricingContext(table, Object.keys(MENU).map((item) => ({ item, quantity: 1 })));
    return json(ctx.totals().lines.map(({ item, name, unitCents }) => ({ item, name, unitCents })));
  }

  if (req.method === "POST" && url.pathname === "/orders") {
    const body = await req.json() as { table?: string; items?: Record<string, number> };
    const wanted = Object.entries(body.items ?? {}).map(([item, quantity]) => ({ item, quantity }));
    if (!body.table || wanted.length === 0) return json({ error: "table and items required" }, 400);
    const ctx = new PricingContext(body.table, wanted);
    const bill = ctx.totals();
    kitchen.push({ table: bill.table, totalCents: bill.totalCents, at: new Date().toISOString() });
    if (kitchen.length > 30) kitchen.shift();
    log.debug(`order for ${bill.table}: ${bill.totalCents} cents`);
    return json(bill, 201);
  }

  if (req.method === "POST" && url.pathname === "/admin/settings") {
    const patch = await req.json();
    return json(reloadSettings(patch));
  }

  if (req.method === "PATCH" && url.pathname.startsWith("/admin/menu/")) {
    const item = url.pathname.slice("/admin/menu/".length);
    const { priceCents } = await req.json() as { priceCents: number };
    if (!MENU[item]) return json({ error: "no such item" }, 404);
    events.emit("menu:changed", { item, priceCents });
    return json(MENU[item]);
  }

  if (url.pathname === "/kitchen") return json(kitchen);
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => log.info(`menu-pricing on http://127.0.0.1:${port}`),
}, (req) => handle(req).catch((error) => json({ error: String(error) }, 400)));
