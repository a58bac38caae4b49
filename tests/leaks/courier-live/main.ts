import { deliver, type Delivery, find, pickUp, place, stats } from "./deliveries.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8842;

const json = (body: unknown, status = 200) => Response.json(body, { status });
const ORDER = /^\/deliveries\/([\w-]{3,40})(?:\/(pickup|delivered))?$/;

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/deliveries" && req.method === "POST") {
    const b = await req.json();
    const id = String(b.order ?? "");
    if (!/^[\w-]{3,40}$/.test(id) || !b.restaurant || !b.customer?.address) {
      return json({ error: "order, restaurant and customer address required" }, 422);
    }
    if (find(id)) return json({ error: "already placed" }, 409);
    const delivery: Delivery = {
      id,
      restaurant: String(b.restaurant),
      customer: {
        name: String(b.customer.name ?? "there"),
        phone: String(b.customer.phone ?? ""),
        address: String(b.customer.address),
      },
      status: "placed",
      placedAt: Date.now(),
      texts: [],
      unsubscribe: [],
    };
    place(delivery);
    return json({ order: id, status: delivery.status }, 201);
  }
  const m = ORDER.exec(url.pathname);
  const delivery = m && find(m[1]);
  if (!m || !delivery) return json({ error: "not found" }, 404);
  if (!m[2] && req.method === "GET") {
    const { id, status, courier, etaAt, texts } = delivery;
    return json({ id, status, courier, eta: etaAt && new Date(etaAt).toISOString(), texts });
  }
  if (m[2] === "pickup" && req.method === "POST") {
    const b = await req.json();
    pickUp(delivery, String(b.courier ?? "courier"), Number(b.etaMinutes) || 20);
    return json({ order: delivery.id, status: delivery.status });
  }
  if (m[2] === "delivered" && req.method === "POST") {
    deliver(delivery);
    return json({ order: delivery.id, status: delivery.status, texts: delivery.texts });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`courier-live on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/status") return json(stats());
  try {
    return await handle(req, url);
  } catch (err) {
    return json({ error: String((err as Error).message ?? err) }, 400);
  }
});
