import http from "node:http";
import { availability, dishesOf, kitchenStats, takePortions } from "./kitchen.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4893;

const STALLS = new Set(["noodle-bar", "forno"]);
const tickets = { issued: 0, recent: [] };

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

async function placeOrder(body) {
  const lines = Array.isArray(body.lines) ? body.lines : [];
  if (!lines.length || lines.length > 10) return { status: 422, error: "lines: 1 to 10" };
  const dishes = await availability.loadMany(lines.map((l) => l.dish));
  const missing = lines.filter((_, n) => !dishes[n]?.available).map((l) => l.dish);
  if (missing.length) return { status: 409, error: `not available: ${missing.join(", ")}` };
  for (const line of lines) takePortions(line.dish, line.qty ?? 1);
  const ticket = {
    number: ++tickets.issued,
    table: body.table,
    totalCents: lines.reduce((sum, l, n) => sum + dishes[n].cents * (l.qty ?? 1), 0),
    readyIn: Math.max(...dishes.map((d) => d.waitMinutes)),
  };
  tickets.recent.unshift(ticket);
  tickets.recent.length = Math.min(tickets.recent.length, 25);
  return { status: 201, ticket };
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/kitchen/stats") {
    return send(res, 200, { ...kitchenStats(), tickets: tickets.issued });
  }

  let m = /^\/stalls\/([\w-]+)\/menu$/.exec(url.pathname);
  if (m && STALLS.has(m[1])) {
    const dishes = await availability.loadMany(dishesOf(m[1]));
    return send(res, 200, {
      stall: m[1],
      dishes: dishes.map((d) => ({
        id: d.id,
        name: d.name,
        cents: d.cents,
        available: d.available,
        waitMinutes: d.waitMinutes,
      })),
    });
  }
  m = /^\/dishes\/([\w-]+)$/.exec(url.pathname);
  if (m) {
    const dish = await availability.load(m[1]);
    return dish ? send(res, 200, dish) : send(res, 404, { error: "no such dish" });
  }
  if (url.pathname === "/orders" && req.method === "POST") {
    const { status, error, ticket } = await placeOrder(await readJson(req));
    return send(res, status, error ? { error } : ticket);
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 500, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`food-court-orders on 127.0.0.1:${port}`));
