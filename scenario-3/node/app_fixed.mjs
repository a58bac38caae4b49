/**
 * Order service: customers fill an order with items, then check it out (stock is reserved and
 * the order confirmed). The fixed twin of `app.ts`: each order's and each product's
 * read-modify-write runs alone, and checkout waits for the stock before it confirms (see
 * README.md for the answer key).
 *
 * Routes: `POST /orders {customer}` (new order), `GET /orders/:id`,
 * `POST /orders/:id/items {sku, qty}`, `POST /orders/:id/checkout`, `GET /stock/:sku`,
 * `GET /health`. Orders 1001–1005 exist from the start (demo data).
 * Flags: `--port=N` (or env `PORT`, default 8088), `--host=H` (default 127.0.0.1).
 *
 * The Node.js build of `../app_fixed.ts` (same code, `node:http` instead of `Deno.serve`).
 *
 * @module
 */
import { createServer } from "node:http";
import { Database, demoCatalog } from "../db.mjs";

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

class OutOfStockError extends Error {
  constructor(sku, wanted, available) {
    super(`out of stock: ${sku} (wanted ${wanted}, ${available} left)`);
    this.sku = sku;
    this.wanted = wanted;
    this.available = available;
  }
}

/** Runs one task per key at a time, in the order they arrive (a row's read-modify-write). */
class KeyedLock {
  #tails = new Map();

  run(key, task) {
    const result = (this.#tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.catch(() => {});
    this.#tails.set(key, tail);
    tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }
}

const orderLocks = new KeyedLock();
const stockLocks = new KeyedLock();
const db = new Database();
const catalog = demoCatalog();
db.seed("products", catalog.products, "sku");
db.seed("stock", catalog.stock, "sku");
db.seed("orders", [1001, 1002, 1003, 1004, 1005].map((n) => newOrder(String(n), `demo-${n}`)));
let nextOrderId = 1006;

function newOrder(id, customer) {
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

async function unitPrice(sku) {
  const product = await db.get("products", sku);
  if (!product) throw new HttpError(404, `no product ${sku}`);
  return product.price;
}

function addItem(orderId, sku, qty) {
  return orderLocks.run(orderId, async () => {
    const order = await db.get("orders", orderId);
    if (!order) throw new HttpError(404, `no order ${orderId}`);
    if (order.status !== "open") throw new HttpError(409, `order ${orderId} is ${order.status}`);
    const price = await unitPrice(sku);
    order.items.push({ sku, qty, unitPrice: price });
    order.total = Math.round((order.total + price * qty) * 100) / 100;
    order.version += 1;
    order.updatedAt = new Date().toISOString();
    await db.put("orders", order);
    return order;
  });
}

async function reserveStock(items) {
  for (const item of items) {
    await stockLocks.run(item.sku, async () => {
      const stock = await db.get("stock", item.sku);
      if (stock.available < item.qty) {
        throw new OutOfStockError(item.sku, item.qty, stock.available);
      }
      stock.available -= item.qty;
      await db.put("stock", stock, "sku");
    });
  }
}

function checkout(orderId) {
  return orderLocks.run(orderId, async () => {
    const order = await db.get("orders", orderId);
    if (!order) throw new HttpError(404, `no order ${orderId}`);
    if (order.status !== "open") throw new HttpError(409, `order ${orderId} is ${order.status}`);
    if (order.items.length === 0) throw new HttpError(400, `order ${orderId} is empty`);
    try {
      await reserveStock(order.items);
    } catch (error) {
      if (error instanceof OutOfStockError) throw new HttpError(409, error.message);
      throw error;
    }
    order.status = "confirmed";
    order.version += 1;
    order.updatedAt = new Date().toISOString();
    await db.put("orders", order);
    return order;
  });
}

/** A JSON answer: status and body. */
function json(body, status = 200) {
  return { status, body };
}

async function readJson(request) {
  let text = "";
  for await (const chunk of request) text += chunk;
  try {
    const body = JSON.parse(text);
    if (body && typeof body === "object") return body;
  } catch { /* answered below */ }
  throw new HttpError(400, "expected a JSON object");
}

async function route(request) {
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  if (request.method === "GET" && pathname === "/health") return json({ ok: true });
  if (request.method === "POST" && pathname === "/orders") {
    const { customer } = await readJson(request);
    const order = newOrder(String(nextOrderId++), String(customer ?? "guest"));
    await db.put("orders", order);
    return json(order, 201);
  }
  const stock = /^\/stock\/([\w-]+)$/.exec(pathname);
  if (request.method === "GET" && stock) {
    const row = await db.get("stock", stock[1]);
    return row ? json(row) : json({ error: `no product ${stock[1]}` }, 404);
  }
  const match = /^\/orders\/(\w+)(?:\/(items|checkout))?$/.exec(pathname);
  if (!match) return json({ error: "not found" }, 404);
  const [, orderId, action] = match;
  if (request.method === "GET" && !action) {
    const order = await db.get("orders", orderId);
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

async function handle(request, response) {
  let answer;
  try {
    answer = await route(request);
  } catch (error) {
    if (error instanceof HttpError) answer = json({ error: error.message }, error.status);
    else {
      console.error("request failed:", error);
      answer = json({ error: "internal error" }, 500);
    }
  }
  response.writeHead(answer.status, { "content-type": "application/json" });
  response.end(JSON.stringify(answer.body));
}

// Keep serving whatever one request left behind; the log shows it.
process.on("unhandledRejection", (reason) => {
  console.error("unhandled rejection:", reason);
});

function flag(name) {
  const prefix = `--${name}=`;
  return process.argv.slice(2).find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

const port = Number(flag("port") ?? process.env.PORT ?? 8088);
const hostname = flag("host") ?? "127.0.0.1";
createServer(handle).listen(port, hostname, () => {
  console.log(`Order service listening on http://${hostname}:${port}/`);
});
