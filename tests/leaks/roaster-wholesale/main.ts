import { Cafe, roastQueue, WholesaleOrder } from "./models.ts";
import { ModelError } from "./vendor/tinymodel/mod.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const dispatched = { orders: 0, kg: 0 };

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/** Everything a café does goes through a model scoped to that café. */
async function withCafeOrders<T>(
  cafeId: string,
  fn: (orders: typeof WholesaleOrder) => Promise<T>,
): Promise<T> {
  if (!Cafe.find(cafeId)) throw new HttpError(404, `no cafe ${cafeId}`);
  const orders = WholesaleOrder.scoped({ cafe: cafeId });
  try {
    return await fn(orders);
  } finally {
    orders.release();
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/roast-queue") {
    return json(200, { queue: Object.fromEntries(roastQueue), dispatched });
  }
  if (parts[0] !== "cafes" || !parts[1] || parts[2] !== "orders") {
    return json(404, { error: "not found" });
  }
  const cafe = parts[1];
  const orderId = parts[3];

  // POST /cafes/:cafe/orders
  if (!orderId && req.method === "POST") {
    const body = await req.json();
    const row = await withCafeOrders(cafe, (orders) =>
      orders.create({
        id: body.reference,
        lines: body.lines,
        deliverBy: body.deliverBy,
        notes: body.notes ?? "",
        status: "confirmed",
        placedAt: new Date().toISOString(),
      }));
    return json(201, row);
  }
  // GET /cafes/:cafe/orders
  if (!orderId) {
    const rows = await withCafeOrders(cafe, (orders) => Promise.resolve(orders.findAll()));
    return json(200, { cafe, open: rows.length, orders: rows.slice(-10) });
  }
  // POST /cafes/:cafe/orders/:id/dispatch: handed to the courier, off the open list
  if (parts[4] === "dispatch" && req.method === "POST") {
    const row = await withCafeOrders(cafe, async (orders) => {
      const found = orders.find(orderId);
      if (!found) throw new HttpError(404, `no open order ${orderId}`);
      await orders.destroy(orderId);
      return found;
    });
    dispatched.orders++;
    for (const line of row.lines as { kg: number }[]) dispatched.kg += line.kg;
    return json(200, { dispatched: row.id, totalCents: row.totalCents });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof HttpError) return json(err.status, { error: err.message });
    if (err instanceof ModelError) return json(422, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "bad JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
