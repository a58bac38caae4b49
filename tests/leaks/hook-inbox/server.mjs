import http from "node:http";
import { WebhookInbox } from "./inbox.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const inbox = new WebhookInbox({ payments: "whsec_pay_test", carrier: "whsec_carrier_test" });

const orders = new Map(); // order id → status, for the 40 most recently touched orders
function touchOrder(id, status) {
  orders.delete(id);
  orders.set(id, status);
  if (orders.size > 40) orders.delete(orders.keys().next().value);
}

inbox.on("payment.captured", (event) => touchOrder(event.order, "paid"));
inbox.on("shipment.delivered", (event) => touchOrder(event.order, "delivered"));

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://hooks.local");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (req.method === "GET" && url.pathname === "/hooks/recent") {
    const limit = Math.min(Number(url.searchParams.get("limit")) || 20, 100);
    return send(res, 200, inbox.summary(limit));
  }

  const replay = /^\/hooks\/deliveries\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "GET" && replay) {
    const d = inbox.recent.find((entry) => entry.id === replay[1]);
    if (!d) return send(res, 404, { error: "not among the recent deliveries" });
    res.writeHead(200, { "content-type": d.headers["content-type"] ?? "application/octet-stream" });
    return res.end(d.body);
  }

  const m = /^\/hooks\/(\w+)$/.exec(url.pathname);
  if (req.method === "POST" && m) {
    if (!inbox.authorised(m[1], req.headers["x-hook-token"])) {
      return send(res, 401, { error: "bad token" });
    }
    const body = await readBody(req);
    const delivery = await inbox.receive(m[1], req.headers, body);
    return send(res, 202, { id: delivery.id, status: delivery.status });
  }

  if (req.method === "GET" && url.pathname.startsWith("/orders/")) {
    const id = url.pathname.slice("/orders/".length);
    return orders.has(id)
      ? send(res, 200, { id, status: orders.get(id) })
      : send(res, 404, { error: "unknown order" });
  }
  send(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1", () => {
  console.log(`hook-inbox on http://127.0.0.1:${port}`);
});
