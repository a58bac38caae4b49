import http from "node:http";
import { recentDeliveries, startDispatcher } from "./dispatcher.mjs";
import { addOrder, getOrder, OrderError } from "./orders.mjs";
import { publish, subscribers } from "./subscribers.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4610;

let eventSeq = 0;

function event(type, order) {
  return {
    id: `evt_${Date.now().toString(36)}_${++eventSeq}`,
    type,
    occurredAt: new Date().toISOString(),
    // A snapshot: later changes to the order must not alter what was announced.
    data: structuredClone(order),
  };
}

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new OrderError(400, "body must be JSON");
  }
}

async function route(req, res, url) {
  if (url.pathname === "/orders" && req.method === "POST") {
    const order = addOrder(await readJson(req));
    const fanout = publish(event("order.created", order));
    return send(res, 201, { id: order.id, totalCents: order.totalCents, fanout });
  }

  const orderAction = /^\/orders\/([\w-]+)\/(pay|cancel)$/.exec(url.pathname);
  if (orderAction && req.method === "POST") {
    const order = getOrder(orderAction[1]);
    const body = await readJson(req);
    if (orderAction[2] === "pay") {
      if (order.status !== "created") throw new OrderError(409, `order is ${order.status}`);
      order.status = "paid";
      order.payment = { method: String(body.method ?? "card"), ref: String(body.ref ?? "") };
    } else {
      order.status = "cancelled";
    }
    const fanout = publish(event(`order.${order.status}`, order));
    return send(res, 200, { id: order.id, status: order.status, fanout });
  }

  if (url.pathname === "/subscriptions" && req.method === "GET") {
    return send(res, 200, [...subscribers.values()].map((s) => s.stats()));
  }

  const resume = /^\/subscriptions\/(\w+)\/resume$/.exec(url.pathname);
  if (resume && req.method === "POST") {
    const sub = subscribers.get(resume[1]);
    if (!sub) return send(res, 404, { error: "no such subscription" });
    sub.status = "active";
    sub.note = "";
    return send(res, 200, sub.stats());
  }

  if (url.pathname === "/deliveries" && req.method === "GET") {
    return send(res, 200, recentDeliveries.slice(-20));
  }
  return send(res, 404, { error: "not found" });
}

startDispatcher();

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof OrderError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
}).listen(port, "127.0.0.1", () => console.log(`integration-hub on http://127.0.0.1:${port}`));
