import { advance, type Order, OrderError, orderStats, placeOrder } from "./orders.ts";
import { notifyStatus, recentDeliveries } from "./webhooks.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8618;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/orders" && req.method === "POST") {
    const b = await req.json();
    const order = placeOrder(String(b.id), String(b.customer), String(b.channel ?? "web"), b.lines);
    notifyStatus(order);
    return json({ id: order.id, status: order.status, totalCents: order.totalCents }, 201);
  }
  const m = /^\/orders\/([\w-]+)\/(pay|pack|ship|cancel)$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const to = ({ pay: "paid", pack: "packed", ship: "shipped", cancel: "cancelled" } as const)[
      m[2] as "pay" | "pack" | "ship" | "cancel"
    ];
    let shipment: Order["shipment"];
    if (to === "shipped") {
      const b = await req.json();
      shipment = { carrier: String(b.carrier), tracking: String(b.tracking) };
    }
    const order = advance(m[1], to, shipment);
    notifyStatus(order);
    return json({ id: order.id, status: order.status });
  }
  if (url.pathname === "/webhooks/deliveries") {
    return json(recentDeliveries(Number(url.searchParams.get("limit") ?? 10)));
  }
  if (url.pathname === "/status") return json(orderStats());
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`order-status-hooks on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof OrderError) return json({ error: err.message }, err.status);
    throw err;
  }
});
