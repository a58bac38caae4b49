"use strict";

const http = require("node:http");
const { CATALOGUE } = require("./inventory.cjs");
const {
  ReservationError,
  available,
  confirm,
  releaseHolds,
  reserve,
  returned,
  stats,
} = require("./reservations.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4591;

// Orders in checkout (held, not yet paid), by order id.
const checkouts = new Map();

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
    throw new ReservationError(400, "body must be JSON");
  }
}

function validDate(date) {
  return typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(date);
}

async function route(req, res, url) {
  if (url.pathname === "/orders" && req.method === "POST") {
    const body = await readJson(req);
    if (typeof body.id !== "string" || !validDate(body.date) || !Array.isArray(body.lines)) {
      return send(res, 400, { error: "id, date and lines are required" });
    }
    if (checkouts.has(body.id)) return send(res, 409, { error: "order already in checkout" });
    const order = reserve({
      id: body.id,
      customer: String(body.customer ?? "guest"),
      date: body.date,
      lines: body.lines.map((l) => ({ sku: String(l.sku), qty: Math.max(1, Number(l.qty) || 1) })),
    });
    checkouts.set(order.id, order);
    return send(res, 201, {
      id: order.id,
      totalCents: order.totalCents,
      holds: order.holds.map((h) => ({ sku: h.sku, qty: h.qty, expiresAt: h.expiresAt })),
    });
  }

  const m = /^\/orders\/([\w-]+)\/(confirm|cancel|return)$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const [, id, action] = m;
    if (action === "return") {
      return returned(id)
        ? send(res, 200, { returned: id })
        : send(res, 404, { error: "no booking" });
    }
    const order = checkouts.get(id);
    if (!order) return send(res, 404, { error: "no order in checkout" });
    checkouts.delete(id);
    if (action === "cancel") {
      releaseHolds(order);
      return send(res, 200, { cancelled: id });
    }
    const body = await readJson(req);
    const booking = confirm(order, { method: String(body.method ?? "ideal"), ref: body.ref });
    return send(res, 200, booking);
  }

  if (url.pathname === "/availability" && req.method === "GET") {
    const date = url.searchParams.get("date");
    if (!validDate(date)) return send(res, 400, { error: "date=YYYY-MM-DD required" });
    const skus = (url.searchParams.get("skus") ?? Object.keys(CATALOGUE).join(",")).split(",");
    return send(res, 200, {
      date,
      items: Object.fromEntries(
        skus.filter((s) => CATALOGUE[s]).map((s) => [s, available(s, date)]),
      ),
    });
  }

  if (url.pathname === "/stats" && req.method === "GET") {
    return send(res, 200, { checkouts: checkouts.size, ...stats() });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    if (err instanceof ReservationError) {
      return send(res, err.status, { error: err.message, ...err.details });
    }
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`party-rentals on http://127.0.0.1:${port}`));
