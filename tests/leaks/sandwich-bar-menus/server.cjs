"use strict";

const http = require("node:http");
const { Lru } = require("./lib/lru.cjs");
const { getMenu, invalidateMenu, menuCacheStats } = require("./lib/menu-cache.cjs");
const { menuLoads, setSoldOut } = require("./lib/menus.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

// regulars' usual orders, for the "same again?" button on the app
const usuals = new Lru(100);
// what the kitchen screen shows, newest first
const kitchen = [];
let orderSeq = 0;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function placeOrder(storeId, body) {
  const menu = await getMenu(storeId);
  if (!menu) return [404, { error: "no such store" }];
  const lines = [];
  for (const id of body.items ?? []) {
    const item = menu.items.find((i) => i.id === id);
    if (!item) return [400, { error: `unknown item ${id}` }];
    if (item.soldOut) return [409, { error: `${item.name} has sold out` }];
    lines.push({ id, name: item.name, pricePence: item.pricePence });
  }
  const order = {
    number: ++orderSeq,
    store: storeId,
    customer: body.customer,
    collectAt: body.collectAt,
    lines,
    totalPence: lines.reduce((n, l) => n + l.pricePence, 0),
  };
  kitchen.unshift(order);
  if (kitchen.length > 30) kitchen.pop();
  if (body.customer) usuals.set(body.customer, { store: storeId, items: lines.map((l) => l.id) });
  return [201, order];
}

async function route(req, res, url) {
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] === "stores" && parts[2] === "menu" && parts.length === 3 && req.method === "GET") {
    const menu = await getMenu(parts[1]);
    return menu ? send(res, 200, menu) : send(res, 404, { error: "no such store" });
  }
  if (
    parts[0] === "stores" && parts[2] === "menu" && parts.length === 5 && req.method === "PATCH"
  ) {
    const body = await readJson(req);
    if (!setSoldOut(parts[1], parts[4], Boolean(body.soldOut))) {
      return send(res, 404, { error: "no such item" });
    }
    invalidateMenu(parts[1]);
    return send(res, 200, { ok: true });
  }
  if (parts[0] === "stores" && parts[2] === "orders" && req.method === "POST") {
    const [status, out] = await placeOrder(parts[1], await readJson(req));
    return send(res, status, out);
  }
  if (parts[0] === "customers" && parts[2] === "usual" && req.method === "GET") {
    return send(res, 200, usuals.get(parts[1]) ?? { items: [] });
  }
  if (url.pathname === "/kitchen") return send(res, 200, kitchen.slice(0, 12));
  if (url.pathname === "/debug/cache") {
    return send(res, 200, { ...menuCacheStats(), loads: menuLoads(), usuals: usuals.size });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`sandwich bar on :${port}`));
