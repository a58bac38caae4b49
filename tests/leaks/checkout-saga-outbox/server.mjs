import http from "node:http";
import { outboxStats } from "./outbox.mjs";
import { active, cancelOrder, placeOrder, recent } from "./workflow.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

async function createOrder(req, res) {
  const body = await readJson(req);
  if (typeof body.id !== "string" || !Array.isArray(body.lines)) {
    return send(res, 400, { error: "id and lines are required" });
  }
  if (active.has(body.id) || recent.has(body.id)) {
    return send(res, 409, { error: `order ${body.id} exists` });
  }
  const lines = body.lines.map((l) => ({
    sku: String(l.sku),
    qty: Number(l.qty ?? 1),
    price: Number(l.price ?? 0),
  }));
  const order = {
    id: body.id,
    customer: String(body.customer ?? ""),
    country: String(body.country ?? "NL"),
    lines,
    total: lines.reduce((sum, l) => sum + l.qty * l.price, 0),
  };
  const view = await placeOrder(order);
  return send(res, view.state === "placed" ? 201 : 422, view);
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (req.method === "POST" && url.pathname === "/orders") return await createOrder(req, res);
    const cancel = /^\/orders\/([\w-]+)\/cancel$/.exec(url.pathname);
    if (req.method === "POST" && cancel) {
      const outcome = cancelOrder(cancel[1]);
      return outcome
        ? send(res, 202, { id: cancel[1], outcome })
        : send(res, 409, { error: "order cannot be cancelled" });
    }
    const one = /^\/orders\/([\w-]+)$/.exec(url.pathname);
    if (req.method === "GET" && one) {
      const view = recent.get(one[1]);
      if (view) return send(res, 200, view);
      const live = active.get(one[1]);
      return live
        ? send(res, 200, { id: one[1], state: live.state })
        : send(res, 404, { error: "not found" });
    }
    if (req.method === "GET" && url.pathname === "/admin/outbox") {
      return send(res, 200, { ...outboxStats(), placing: active.size });
    }
    return send(res, 404, { error: "not found" });
  } catch (err) {
    return send(res, 500, { error: err.message });
  }
});

server.listen(port, "127.0.0.1");
