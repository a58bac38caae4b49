import http from "node:http";
import { priceOrder } from "./catalog.mjs";
import { enqueue, queueStats, registerHandler } from "./jobs.mjs";
import { mailStats, sendReceipt } from "./mailer.mjs";
import { currentTraceId, span, tracingStats, withTrace } from "./tracing.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4838;

// The newest orders, for the order page; older ones are in the ERP.
const MAX_KEPT = 50;
const orders = new Map();

registerHandler("receipt", (order) => sendReceipt(order));

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
    "x-trace-id": currentTraceId() ?? "",
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function placeOrder(b) {
  if (!b.reference || !b.customer?.email) {
    throw Object.assign(new Error("reference and customer.email required"), { status: 422 });
  }
  const priced = priceOrder(b.items);
  const { street = "", postcode = "", city = "" } = b.shipTo ?? {};
  // Stands in for the payment provider's authorisation call.
  const authorize = () => new Promise((resolve) => setTimeout(resolve, 2));
  await span("payment.authorize", { amount: priced.totalCents }, authorize);
  const order = {
    reference: String(b.reference),
    customer: { name: String(b.customer.name ?? ""), email: String(b.customer.email) },
    shipTo: { street, postcode, city },
    ...priced,
    placedAt: new Date().toISOString(),
  };
  orders.set(order.reference, order);
  while (orders.size > MAX_KEPT) orders.delete(orders.keys().next().value);
  enqueue("receipt", order);
  return order;
}

async function route(req, res, url) {
  if (url.pathname === "/orders" && req.method === "POST") {
    const order = await placeOrder(await readJson(req));
    return send(res, 201, { reference: order.reference, totalCents: order.totalCents });
  }
  const m = /^\/orders\/([\w-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const order = await span("orders.find", { reference: m[1] }, () => orders.get(m[1]));
    return order ? send(res, 200, order) : send(res, 404, { error: "no such order" });
  }
  if (url.pathname === "/status") {
    return send(res, 200, { jobs: queueStats(), mail: mailStats(), tracing: tracingStats() });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  withTrace(`${req.method} ${url.pathname}`, () => route(req, res, url))
    .catch((err) => send(res, err.status ?? 400, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`bookshop-receipts on 127.0.0.1:${port}`));
