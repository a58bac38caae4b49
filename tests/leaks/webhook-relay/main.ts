import { WebhookRelay } from "./relay.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8652;

const relay = new WebhookRelay([
  {
    id: "loyalty",
    url: "https://hooks.loyalty.example/v2/events",
    secret: "whsec_loyalty_4f1c",
    events: ["order.paid", "order.refunded"],
  },
  {
    id: "crm-legacy",
    url: "https://crm-legacy.example/webhooks/orders",
    secret: "whsec_crm_77aa",
    events: ["order.paid"],
  },
]);

interface OrderEvent {
  orderId: string;
  customerId: string;
  totalCents: number;
  currency: string;
  lines: { sku: string; qty: number }[];
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`webhook-relay on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const match = /^\/events\/(order\.paid|order\.refunded)$/.exec(url.pathname);
  if (match && req.method === "POST") {
    const body = await req.json() as OrderEvent;
    if (!body.orderId) return Response.json({ error: "orderId required" }, { status: 422 });
    const fanout = await relay.publish(match[1], `evt_${match[1]}_${body.orderId}`, body);
    return Response.json({ queued: fanout }, { status: 202 });
  }
  if (url.pathname === "/deliveries" && req.method === "GET") {
    return Response.json(relay.status());
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
