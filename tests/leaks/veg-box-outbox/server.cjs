"use strict";

const http = require("node:http");
const { Broker } = require("./vendor/minibroker/index.cjs");
const { bindConsumers, consumerStats } = require("./consumers.cjs");
const { OrderError, getOrder, markDelivered, orderStats, placeOrder } = require("./orders.cjs");
const { OutboxRelay } = require("./relay.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const broker = new Broker();
bindConsumers(broker);
const channel = broker.createConfirmChannel();
const relay = new OutboxRelay(channel);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (err) {
    throw new OrderError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, {
      ...orderStats(),
      ...consumerStats(),
      relay: { published: relay.published, failures: relay.failures },
      broker: broker.stats(),
    });
  }
  if (url.pathname === "/orders" && req.method === "POST") {
    const order = placeOrder(await readJson(req));
    relay.kick();
    return send(res, 201, { id: order.id, total: order.total, status: order.status });
  }
  if (parts[0] === "orders" && parts[1]) {
    if (parts.length === 2 && req.method === "GET") return send(res, 200, getOrder(parts[1]));
    if (parts[2] === "delivered" && req.method === "POST") {
      const result = markDelivered(parts[1], await readJson(req));
      relay.kick();
      return send(res, 200, result);
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (!(err instanceof OrderError)) console.error(err);
    send(res, err instanceof OrderError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`veg box orders on :${port}`));
