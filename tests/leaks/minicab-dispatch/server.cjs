"use strict";

const http = require("node:http");
const d = require("./dispatch.cjs");
const { WebhookOutbox } = require("./lib/webhooks.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const outbox = new WebhookOutbox();

// requests per app key and second, refilled continuously; empty buckets are not kept
const RATE = { burst: 5000, perSecond: 2500 };
const buckets = new Map();
function allow(key) {
  const now = Date.now();
  const b = buckets.get(key) ?? { tokens: RATE.burst, at: now };
  b.tokens = Math.min(RATE.burst, b.tokens + ((now - b.at) / 1000) * RATE.perSecond);
  b.at = now;
  buckets.set(key, b);
  if (b.tokens < 1) return false;
  b.tokens--;
  return true;
}
setInterval(() => {
  const now = Date.now();
  for (const [key, b] of buckets) {
    if (b.tokens + ((now - b.at) / 1000) * RATE.perSecond >= RATE.burst) buckets.delete(key);
  }
}, 250).unref();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch {
        reject(new d.DispatchError(400, "bad JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://dispatch.local");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/webhooks") return send(res, 200, outbox.recent());
  const [scope, firmId, kind, ref, action] = url.pathname.split("/").filter(Boolean);
  if (scope !== "f") return send(res, 404, { error: "not found" });
  const firm = d.firmOr404(firmId);
  if (!allow(`${firm.id}:${req.headers["x-app-key"] ?? "anon"}`)) {
    return send(res, 429, { error: "rate limited" });
  }

  if (kind === "quotes" && req.method === "POST") {
    return send(res, 201, d.quote(firm, await readJson(req)));
  }
  if (kind === "bookings" && !ref && req.method === "POST") {
    const booking = d.book(firm, await readJson(req));
    outbox.enqueue(firm, "booking.created", {
      ref: booking.ref,
      driver: booking.driver,
      pickup: booking.quote.pickup,
      when: booking.quote.when,
    });
    return send(res, 201, booking);
  }
  if (kind === "bookings" && ref && !action && req.method === "PATCH") {
    const booking = d.bookingOr404(firm, ref);
    const body = await readJson(req);
    if (body.status) booking.status = body.status;
    if (body.notes) booking.notes = body.notes;
    outbox.enqueue(firm, "booking.updated", { ref, status: booking.status });
    return send(res, 200, booking);
  }
  if (kind === "bookings" && ref && action === "complete" && req.method === "POST") {
    const trip = d.complete(firm, ref, await readJson(req));
    outbox.enqueue(firm, "booking.completed", trip);
    return send(res, 200, trip);
  }
  if (kind === "drivers" && req.method === "GET") {
    return send(res, 200, {
      drivers: firm.drivers,
      live: firm.bookings.size,
      quotes: firm.quotes.size,
      recentTrips: firm.recentTrips.slice(0, 5),
    });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    const status = err.status ?? 500;
    if (status === 500) console.error(err);
    send(res, status, { error: err.message });
  });
}).listen(port, "127.0.0.1");
