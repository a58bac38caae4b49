"use strict";

const http = require("node:http");
const { lookupCustomer, customerStats } = require("./customers.cjs");
const { reportUsage, paperStats } = require("./paper.cjs");
const { quote, PRODUCTS } = require("./pricing.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4908;

const open = new Map();
const collected = [];
const MAX_COLLECTED = 30;
const totals = { orders: 0, printed: 0, collected: 0, cents: 0 };

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/shop/status") {
    return send(res, 200, {
      open: open.size,
      totals,
      recent: collected.slice(-5),
      paper: paperStats(),
      crm: customerStats(),
    });
  }
  if (url.pathname === "/orders" && req.method === "POST") {
    const body = await readJson(req);
    const copies = Number(body.copies);
    if (
      !body.id || !body.customer || !PRODUCTS[body.product] || !(copies > 0 && copies <= 10_000)
    ) {
      return send(res, 422, { error: "id, customer, product, copies" });
    }
    if (open.has(body.id)) return send(res, 409, { error: "order exists" });
    const customer = await lookupCustomer(body.customer);
    const q = quote(body.product, copies, body.code);
    open.set(body.id, { id: body.id, customer: customer.id, quote: q, status: "queued" });
    totals.orders++;
    return send(res, 201, { id: body.id, cents: q.cents, applied: q.applied });
  }
  const m = /^\/orders\/([\w-]+)\/(print|pickup)$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const order = open.get(m[1]);
    if (!order) return send(res, 404, { error: "no open order" });
    if (m[2] === "print") {
      order.status = "printed";
      totals.printed++;
      reportUsage(order.id, order.quote.product, order.quote.copies);
      return send(res, 200, { id: order.id, status: order.status });
    }
    if (order.status !== "printed") return send(res, 409, { error: "not printed yet" });
    open.delete(order.id);
    totals.collected++;
    totals.cents += order.quote.cents;
    collected.push({ id: order.id, cents: order.quote.cents, at: Date.now() });
    if (collected.length > MAX_COLLECTED) collected.shift();
    return send(res, 200, { id: order.id, status: "collected" });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 500, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`print-shop on 127.0.0.1:${port}`));
