"use strict";
const http = require("node:http");
const { randomUUID } = require("node:crypto");
const { HealthChecker } = require("./health.cjs");
const { RouteLatency, timeStep } = require("./metrics.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3400;

// Recently viewed orders: a small LRU in front of the (pretend) order service.
const ORDER_CACHE_SIZE = 50;
const orderCache = new Map();
function loadOrder(id) {
  let order = orderCache.get(id);
  if (order) orderCache.delete(id);
  else {order = {
      id,
      status: id.length % 2 ? "packed" : "shipped",
      items: [{ sku: "MUG-01", qty: 2 }],
    };}
  orderCache.set(id, order);
  if (orderCache.size > ORDER_CACHE_SIZE) orderCache.delete(orderCache.keys().next().value);
  return order;
}

const latency = new RouteLatency();
const health = new HealthChecker({ historyLength: 30 });
health.register("order-cache", () => Promise.resolve(orderCache.size <= ORDER_CACHE_SIZE));
health.register("event-loop", () => new Promise((resolve) => setImmediate(resolve)));
health.register("clock", () => {
  if (Date.now() < 1_600_000_000_000) throw new Error("clock not set");
});

const ROUTES = [
  { method: "GET", template: "/orders/:id", re: /^\/orders\/([\w-]+)$/ },
  { method: "GET", template: "/orders/:id/items", re: /^\/orders\/([\w-]+)\/items$/ },
  { method: "GET", template: "/health/deep", re: /^\/health\/deep$/ },
  { method: "GET", template: "/metrics", re: /^\/metrics$/ },
];

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function handle(route, params, res, requestId) {
  switch (route.template) {
    case "/orders/:id":
      return send(res, 200, timeStep(requestId, "load", () => loadOrder(params[0])));
    case "/orders/:id/items": {
      const order = timeStep(requestId, "load", () => loadOrder(params[0]));
      return send(res, 200, { id: order.id, items: order.items });
    }
    case "/health/deep": {
      const report = await health.run();
      const history = Object.fromEntries(
        [...health.checks.keys()].map((n) => [n, health.sparkline(n)]),
      );
      return send(res, report.ok ? 200 : 503, { ...report, history });
    }
    case "/metrics":
      return send(res, 200, latency.snapshot());
  }
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  let route;
  let match;
  for (const r of ROUTES) {
    if (r.method === req.method && (match = r.re.exec(url.pathname))) {
      route = r;
      break;
    }
  }
  if (!route) return send(res, 404, { error: "not found" });
  const requestId = req.headers["x-request-id"] ?? randomUUID();
  const started = performance.now();
  res.on(
    "finish",
    () => latency.observe(route.template, res.statusCode, performance.now() - started),
  );
  handle(route, match.slice(1), res, requestId).catch((e) => send(res, 500, { error: e.message }));
}).listen(port, "127.0.0.1", () => console.log(`status board on 127.0.0.1:${port}`));
