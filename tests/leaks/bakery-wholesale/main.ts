import { accountFor } from "./accounts.ts";
import { publish } from "./bus.ts";
import { CAFES } from "./catalogue.ts";
import { type Line, openOrders, Order, OrderError, place, StandingOrder } from "./orders.ts";
import { DeliveryBoard, ProductionPlanner } from "./planner.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8864;

const planner = new ProductionPlanner();
const board = new DeliveryBoard();

// Invoicing runs after the delivery is acknowledged; shutdown waits for what is running.
const running = new Set<Promise<unknown>>();

function inBackground(task: () => Promise<unknown>) {
  const p: Promise<unknown> = task()
    .catch((err) => console.error("background task failed:", err))
    .finally(() => running.delete(p));
  running.add(p);
}

async function invoiceLater(order: Order) {
  await new Promise((resolve) => setTimeout(resolve, 5));
  return accountFor(order.cafe)?.invoice(order);
}

interface OrderBody {
  id?: string;
  cafe?: string;
  bakeDay?: string;
  lines?: Line[];
  weekdays?: number[];
}

async function json<T>(req: Request): Promise<T> {
  try {
    return await req.json() as T;
  } catch {
    throw new OrderError(400, "body must be JSON");
  }
}

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/orders" && req.method === "POST") {
    const body = await json<OrderBody>(req);
    if (!body.id || !body.cafe || !CAFES[body.cafe]) {
      throw new OrderError(422, "id and a known cafe are required");
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(body.bakeDay ?? "")) {
      throw new OrderError(422, "bakeDay YYYY-MM-DD");
    }
    const order = body.weekdays
      ? new StandingOrder(body.id, body.cafe, body.bakeDay!, body.lines ?? [], body.weekdays)
      : new Order(body.id, body.cafe, body.bakeDay!, body.lines ?? []);
    place(order);
    publish("order.placed", order);
    return Response.json({ id: order.id, totalCents: order.totalCents() }, { status: 201 });
  }
  const m = /^\/orders\/([\w-]+)(?:\/(deliver))?$/.exec(url.pathname);
  if (m) {
    const order = openOrders.get(m[1]);
    if (!order) throw new OrderError(404, `no open order ${m[1]}`);
    if (!m[2] && req.method === "GET") {
      return Response.json({ ...order, totalCents: order.totalCents() });
    }
    if (m[2] && req.method === "POST") {
      openOrders.delete(order.id);
      order.state = "delivered";
      publish("order.delivered", order);
      inBackground(() => invoiceLater(order));
      return Response.json({ delivered: order.id });
    }
  }
  if (url.pathname === "/planner" && req.method === "GET") {
    return Response.json({
      plan: planner.plan(),
      open: openOrders.size,
      recent: board.recent(5),
      invoicing: running.size,
    });
  }
  const acct = /^\/cafes\/([\w-]+)\/account$/.exec(url.pathname);
  if (acct && req.method === "GET") {
    const account = accountFor(acct[1]);
    if (!account) throw new OrderError(404, "unknown cafe");
    return Response.json({ balanceCents: account.balanceCents, invoices: account.invoices });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.addSignalListener("SIGTERM", async () => {
  await Promise.allSettled([...running]);
  Deno.exit(0);
});

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`bakery-wholesale on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof OrderError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
