import { Outbox } from "./outbox.ts";
import { startPartners } from "./partners.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const partnerBase = await startPartners();
const PARTNERS: Record<string, string> = {
  crm: `${partnerBase}/crm/hooks/orders`,
  erp: `${partnerBase}/erp/inbound`,
};

const outbox = new Outbox();
const orders = new Map<string, { id: string; status: string; total: number; updatedAt: number }>();

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/outbox") return Response.json(outbox.stats());

  // POST /orders/:id/events {type, total}: record the change and tell every partner
  if (req.method === "POST" && parts[0] === "orders" && parts[2] === "events") {
    const body = await req.json();
    const id = parts[1];
    const order = {
      id,
      status: String(body.type ?? "updated"),
      total: Number(body.total) || 0,
      updatedAt: Date.now(),
    };
    orders.set(id, order);
    if (orders.size > 50) orders.delete(orders.keys().next().value!);
    const event = { type: `order.${order.status}`, order, occurredAt: new Date().toISOString() };
    const deliveries = Object.entries(PARTNERS).map(([partner, hook]) =>
      outbox.enqueue(partner, hook, event)
    );
    return Response.json({ accepted: true, deliveries }, { status: 202 });
  }

  if (req.method === "GET" && parts[0] === "orders" && parts.length === 2) {
    const order = orders.get(parts[1]);
    return order
      ? Response.json(order)
      : Response.json({ error: "no such order" }, { status: 404 });
  }

  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  {
    hostname: "127.0.0.1",
    port,
    onListen: ({ port }) => console.log(`partner-outbox on http://127.0.0.1:${port}`),
  },
  (req) =>
    handle(req).catch((err) =>
      Response.json({ error: String((err as Error).message ?? err) }, { status: 400 })
    ),
);
