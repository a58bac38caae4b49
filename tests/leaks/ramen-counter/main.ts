import {
  bus,
  memberFor,
  type Order,
  orders,
  PRICES,
  recentPickups,
  recordPickup,
  recordSale,
  totals,
} from "./counter.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8844;

const json = (body: unknown, status = 200) => Response.json(body, { status });
const ORDER = /^\/orders\/([\w-]{2,40})(?:\/(ready|collect))?$/;

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/orders" && req.method === "POST") {
    const b = await req.json();
    const id = String(b.order ?? "");
    const extras = (Array.isArray(b.extras) ? b.extras : []).map(String).filter((x: string) =>
      x in PRICES
    );
    if (!/^[\w-]{2,40}$/.test(id) || !(b.bowl in PRICES) || orders.has(id)) {
      return json({ error: "a new order id and a bowl required" }, 422);
    }
    const order: Order = {
      id,
      bowl: b.bowl,
      extras,
      member: b.member ? memberFor(String(b.member)) : undefined,
      pager: Number(b.pager) || 0,
      priceCents: PRICES[b.bowl] + extras.reduce((sum: number, x: string) => sum + PRICES[x], 0),
      placedAt: Date.now(),
      buzzes: 0,
      leave: () => {},
    };
    order.leave = bus.subscribe(`kitchen/${id}/ready`, () => {
      order.readyAt = Date.now();
      order.buzzes++;
    });
    orders.set(id, order);
    totals.orders++;
    return json({ order: id, pager: order.pager, priceCents: order.priceCents }, 201);
  }
  const m = ORDER.exec(url.pathname);
  const order = m && orders.get(m[1]);
  if (!m || !order) return json({ error: "not found" }, 404);
  if (!m[2]) {
    return json({ order: order.id, bowl: order.bowl, ready: order.readyAt !== undefined });
  }
  if (m[2] === "ready" && req.method === "POST") {
    return json({ order: order.id, buzzed: bus.publish(`kitchen/${order.id}/ready`, {}) });
  }
  if (m[2] === "collect" && req.method === "POST") {
    order.leave();
    orders.delete(order.id);
    if (order.member) order.member.points += Math.floor(order.priceCents / 100);
    recordSale(order.id, order.priceCents);
    recordPickup(`${order.id} ${order.bowl} pager ${order.pager}`);
    return json({ order: order.id, collected: true });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`ramen-counter on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/status") {
    return json({
      open: orders.size,
      subscriptions: bus.subscriptions,
      totals,
      recent: recentPickups(),
    });
  }
  try {
    return await handle(req, url);
  } catch (err) {
    return json({ error: String((err as Error).message ?? err) }, 400);
  }
});
