import http from "node:http";
import { availability, cacheStats, invalidate } from "./availability.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const recentOrders = [];

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function placeOrder(body) {
  const { sku, week, boxes } = body;
  if (!sku || !week || !(boxes > 0)) return [400, { error: "sku, week and boxes are required" }];
  const avail = await availability(sku, week);
  const lot = avail.lots.find((l) => l.boxes >= boxes);
  if (!lot) return [409, { error: "not enough boxes on any lot" }];
  const order = {
    ref: `PO-${Date.now().toString(36)}`,
    shop: body.shop ?? "unknown",
    lot: lot.lot,
    boxes,
    totalEur: Number((lot.priceEur * lot.stemsPerBox * boxes).toFixed(2)),
  };
  recentOrders.unshift(order);
  recentOrders.length = Math.min(recentOrders.length, 25);
  invalidate(sku, week);
  return [201, order];
}

async function route(req, res, url) {
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] === "availability" && parts.length === 2 && req.method === "GET") {
    const week = url.searchParams.get("week") ?? "24";
    const a = await availability(parts[1], week);
    const boxes = a.lots.reduce((n, l) => n + l.boxes, 0);
    return send(res, 200, { ...a, totalBoxes: boxes });
  }
  if (url.pathname === "/orders" && req.method === "POST") {
    const [status, body] = await placeOrder(await readJson(req));
    return send(res, status, body);
  }
  if (url.pathname === "/orders" && req.method === "GET") return send(res, 200, recentOrders);
  if (url.pathname === "/debug/cache") return send(res, 200, cacheStats());
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`stem availability on :${port}`));
