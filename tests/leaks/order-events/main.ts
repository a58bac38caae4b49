import { emit } from "./bus.ts";
import { createOrder, getOrder, type OrderLine } from "./orders.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const ORDER = new URLPattern({ pathname: "/orders/:id" });

function isLine(l: unknown): l is OrderLine {
  const line = l as OrderLine;
  return typeof line?.sku === "string" && Number.isInteger(line.qty) &&
    Number.isInteger(line.unitCents);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`orders listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");

  if (url.pathname === "/orders" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (typeof body?.customer !== "string" || !Array.isArray(body.lines)) {
      return Response.json({ error: "customer and lines are required" }, { status: 400 });
    }
    if (!body.lines.every(isLine)) return Response.json({ error: "bad line" }, { status: 400 });
    const order = createOrder(body.customer, body.lines);
    return Response.json(order, { status: 201 });
  }

  // The payment provider's webhook.
  if (url.pathname === "/webhooks/payments" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (body?.type !== "payment.settled") return Response.json({ ignored: true });
    const notified = emit("payment.settled", {
      orderId: String(body.orderId),
      paymentId: String(body.paymentId),
      amountCents: Number(body.amountCents),
    });
    return Response.json({ ok: true, notified });
  }

  const m = ORDER.exec(url);
  if (m && req.method === "GET") {
    const order = getOrder(m.pathname.groups.id ?? "");
    return order
      ? Response.json(order)
      : Response.json({ error: "no such order" }, { status: 404 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
