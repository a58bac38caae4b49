import { advance, type OrderLine, placeOrder } from "./orders.ts";
import { relayStats } from "./outbox.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8851;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`order-relay on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/outbox/stats") return Response.json(relayStats());

  if (url.pathname === "/orders" && req.method === "POST") {
    const body = await req.json() as { id?: string; customer?: string; lines?: OrderLine[] };
    if (!body.id || !body.customer || !Array.isArray(body.lines) || body.lines.length === 0) {
      return Response.json({ error: "id, customer and lines are required" }, { status: 422 });
    }
    const order = placeOrder(body.id, body.customer, body.lines);
    return Response.json({ id: order.id, totalCents: order.totalCents }, { status: 201 });
  }

  const match = /^\/orders\/([\w-]+)\/(pay|ship)$/.exec(url.pathname);
  if (match && req.method === "POST") {
    const order = advance(match[1], match[2] === "pay" ? "paid" : "shipped");
    if (!order) return Response.json({ error: "unknown order" }, { status: 404 });
    return Response.json({ id: order.id, status: order.status });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
