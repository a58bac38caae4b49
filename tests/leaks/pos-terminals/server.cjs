"use strict";

const http = require("node:http");
const { authorise, sessionStats } = require("./sessions.cjs");
const { MENU, linesFor } = require("./menu.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4932;

const TABLES = Array.from({ length: 24 }, (_, n) => `T${n + 1}`);
const open = new Map(); // order id -> order
const paid = [];
const shift = { orders: 0, paidCents: 0, covers: 0 };

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

async function route(req, res, url, session) {
  if (url.pathname === "/tables" && req.method === "GET") {
    const busy = new Set([...open.values()].map((o) => o.table));
    return send(res, 200, { tables: TABLES.map((t) => ({ table: t, busy: busy.has(t) })) });
  }
  if (url.pathname === "/menu") return send(res, 200, MENU);
  if (url.pathname === "/orders" && req.method === "POST") {
    const body = await readJson(req);
    const lines = linesFor(body.items);
    if (!body.id || !TABLES.includes(body.table) || !lines) {
      return send(res, 422, { error: "id, table and items [{dish, qty}]" });
    }
    if (open.has(body.id)) return send(res, 409, { error: "order exists" });
    const order = {
      id: body.id,
      table: body.table,
      covers: Number(body.covers) || 1,
      lines,
      by: session.staff,
      openedAt: Date.now(),
    };
    open.set(order.id, order);
    shift.orders++;
    shift.covers += order.covers;
    return send(res, 201, { id: order.id, cents: lines.reduce((sum, l) => sum + l.cents, 0) });
  }
  const m = /^\/orders\/([\w-]+)(\/pay)?$/.exec(url.pathname);
  if (m) {
    const order = open.get(m[1]);
    if (!order) return send(res, 404, { error: "no open order" });
    if (!m[2]) return send(res, 200, order);
    if (req.method !== "POST") return send(res, 405, { error: "POST to pay" });
    const { tipCents = 0, method = "card" } = await readJson(req);
    const cents = order.lines.reduce((sum, l) => sum + l.cents, 0) + tipCents;
    open.delete(order.id);
    shift.paidCents += cents;
    paid.push({ id: order.id, table: order.table, cents, method, by: session.staff });
    if (paid.length > 40) paid.splice(0, paid.length - 40);
    return send(res, 200, { id: order.id, cents, method });
  }
  if (url.pathname === "/shift/summary") {
    if (session.role !== "manager") return send(res, 403, { error: "managers only" });
    return send(res, 200, {
      ...shift,
      open: open.size,
      lastPaid: paid.slice(-3),
      ...sessionStats(),
    });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const session = authorise(req);
  if (!session) return send(res, 401, { error: "staff PIN required" });
  route(req, res, url, session).catch((err) =>
    send(res, 500, { error: String(err?.message ?? err) })
  );
}).listen(port, "127.0.0.1", () => console.log(`pos-terminals on http://127.0.0.1:${port}`));
