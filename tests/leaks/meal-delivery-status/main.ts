import { bus } from "./bus.ts";
import { findOrder, finished, type Kind, openOrder, type Order, orderStats } from "./orders.ts";
import { pushStats } from "./push.ts";
import { type OrderEvent, watch } from "./tracker.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8761;

const KINDS = new Set<Kind>(["accepted", "ready", "picked_up", "delivered", "cancelled"]);

// Courier payouts are counted on every delivery, whichever order it is.
let deliveries = 0;
bus.on("order.*.delivered", () => deliveries++);

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/orders" && req.method === "POST") {
    const b = await req.json();
    if (!b.id || !b.restaurant) return json({ error: "id and restaurant required" }, 422);
    if (findOrder(b.id)) return json({ error: "order exists" }, 409);
    const order: Order = {
      id: String(b.id),
      restaurant: String(b.restaurant),
      customer: { name: String(b.customer?.name ?? ""), device: String(b.customer?.device ?? "") },
      items: (b.items ?? []).map((i: Order["items"][0]) => ({ name: i.name, qty: i.qty || 1 })),
      status: "placed",
      timeline: [{ kind: "placed", at: new Date().toISOString() }],
    };
    openOrder(order);
    watch(order);
    return json({ id: order.id, status: order.status }, 201);
  }
  const ev = /^\/orders\/([\w-]+)\/events$/.exec(url.pathname);
  if (ev && req.method === "POST") {
    const b = await req.json();
    if (!KINDS.has(b.kind)) return json({ error: "unknown event kind" }, 422);
    if (!findOrder(ev[1])) return json({ error: "no open order" }, 404);
    const event: OrderEvent = { at: new Date().toISOString(), note: b.note };
    const delivered = bus.emit(`order.${ev[1]}.${b.kind}`, event);
    return json({ id: ev[1], kind: b.kind, delivered }, 202);
  }
  const one = /^\/orders\/([\w-]+)$/.exec(url.pathname);
  if (one) {
    const order = findOrder(one[1]);
    if (order) return json({ id: order.id, status: order.status, timeline: order.timeline });
    const done = finished(one[1]);
    return done ? json(done) : json({ error: "not found" }, 404);
  }
  if (url.pathname === "/status") {
    return json({
      orders: orderStats(),
      bus: bus.stats(),
      push: pushStats(),
      deliveries,
    });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) =>
    console.log(`meal-delivery-status on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  return await handle(req, url);
});
