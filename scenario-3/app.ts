/**
 * Order service: customers fill an order with items, then check it out (stock is reserved and
 * the order confirmed).
 *
 * Routes: `POST /orders {customer}` (new order), `GET /orders/:id`,
 * `POST /orders/:id/items {sku, qty}`, `POST /orders/:id/checkout`, `GET /stock/:sku`,
 * `GET /health`. Orders 1001–1005 exist from the start (demo data).
 * Flags: `--port=N` (or env `PORT`, default 8088), `--host=H` (default 127.0.0.1).
 *
 * @module
 */
import { Database, demoCatalog, type Product, type Stock } from "./db.mjs";

interface LineItem {
  sku: string;
  qty: number;
  unitPrice: number;
}

interface Order {
  id: string;
  customer: string;
  status: "open" | "confirmed";
  items: LineItem[];
  total: number;
  version: number;
  updatedAt: string;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

class OutOfStockError extends Error {
  constructor(readonly sku: string, readonly wanted: number, readonly available: number) {
    super(`out of stock: ${sku} (wanted ${wanted}, ${available} left)`);
  }
}

const db = new Database();
const catalog = demoCatalog();
db.seed("products", catalog.products, "sku");
db.seed("stock", catalog.stock, "sku");
db.seed("orders", [1001, 1002, 1003, 1004, 1005].map((n) => newOrder(String(n), `demo-${n}`)));
let nextOrderId = 1006;

function newOrder(id: string, customer: string): Order {
  return {
    id,
    customer,
    status: "open",
    items: [],
    total: 0,
    version: 0,
    updatedAt: new Date().toISOString(),
  };
}

async function unitPrice(sku: string): Promise<number> {
  const product: Product | undefined = await db.get("products", sku);
  if (!product) throw new HttpError(404, `no product ${sku}`);
  return product.price;
}

async function addItem(orderId: string, sku: string, qty: number): Promise<Order> {
  const order: Order | undefined = await db.get("orders", orderId);
  if (!order) throw new HttpError(404, `no order ${orderId}`);
  if (order.status !== "open") throw new HttpError(409, `order ${orderId} is ${order.status}`);
  const price = await unitPrice(sku);
  order.items.push({ sku, qty, unitPrice: price });
  order.total = Math.round((order.total + price * qty) * 100) / 100;
  order.version += 1;
  order.updatedAt = new Date().toISOString();
  await db.put("orders", order);
  return order;
}

async function reserveStock(items: LineItem[]): Promise<void> {
  for (const item of items) {
    const stock: Stock = await db.get("stock", item.sku);
    if (stock.available < item.qty) {
      throw new OutOfStockError(item.sku, item.qty, stock.available);
    }
    stock.available -= item.qty;
    await db.put("stock", stock, "sku");
  }
}

async function checkout(orderId: string): Promise<Order> {
  const order: Order | undefined = await db.get("orders", orderId);
  if (!order) throw new HttpError(404, `no order ${orderId}`);
  if (order.status !== "open") throw new HttpError(409, `order ${orderId} is ${order.status}`);
  if (order.items.length === 0) throw new HttpError(400, `order ${orderId} is empty`);
  reserveStock(order.items);
  order.status = "confirmed";
  order.version += 1;
  order.updatedAt = new Date().toISOString();
  await db.put("orders", order);
  return order;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readJson(request: Request): Promise<Record<string, unknown>> {
  try {
    const body = await request.json();
    if (body && typeof body === "object") return body;
  } catch { /* answered below */ }
  throw new HttpError(400, "expected a JSON object");
}

async function route(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (request.method === "GET" && pathname === "/health") return json({ ok: true });
  if (request.method === "POST" && pathname === "/orders") {
    const { customer } = await readJson(request);
    const order = newOrder(String(nextOrderId++), String(customer ?? "guest"));
    await db.put("orders", order);
    return json(order, 201);
  }
  const stock = /^\/stock\/([\w-]+)$/.exec(pathname);
  if (request.method === "GET" && stock) {
    const row: Stock | undefined = await db.get("stock", stock[1]);
    return row ? json(row) : json({ error: `no product ${stock[1]}` }, 404);
  }
  const match = /^\/orders\/(\w+)(?:\/(items|checkout))?$/.exec(pathname);
  if (!match) return json({ error: "not found" }, 404);
  const [, orderId, action] = match;
  if (request.method === "GET" && !action) {
    const order: Order | undefined = await db.get("orders", orderId);
    return order ? json(order) : json({ error: `no order ${orderId}` }, 404);
  }
  if (request.method === "POST" && action === "items") {
    const { sku, qty } = await readJson(request);
    const count = Number(qty ?? 1);
    if (typeof sku !== "string" || !Number.isInteger(count) || count < 1) {
      throw new HttpError(400, "expected {sku: string, qty: positive integer}");
    }
    return json(await addItem(orderId, sku, count));
  }
  if (request.method === "POST" && action === "checkout") return json(await checkout(orderId));
  return json({ error: "method not allowed" }, 405);
}

async function handle(request: Request): Promise<Response> {
  try {
    return await route(request);
  } catch (error) {
    if (error instanceof HttpError) return json({ error: error.message }, error.status);
    console.error("request failed:", error);
    return json({ error: "internal error" }, 500);
  }
}

// Keep serving whatever one request left behind; the log shows it.
globalThis.addEventListener("unhandledrejection", (event) => {
  console.error("unhandled rejection:", event.reason);
  event.preventDefault();
});

function flag(name: string): string | undefined {
  const prefix = `--${name}=`;
  return Deno.args.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

const port = Number(flag("port") ?? Deno.env.get("PORT") ?? 8088);
const hostname = flag("host") ?? "127.0.0.1";
Deno.serve({
  port,
  hostname,
  onListen: (addr) =>
    console.log(`Order service listening on http://${addr.hostname}:${addr.port}/`),
}, handle);
