"use strict";

const http = require("node:http");
const { Reservoir } = require("./events.cjs");
const { LANES, book, bookings, checkIn, finish, laneReport, setLane } = require("./lanes.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4944;

const BOOKING = /^\/bookings\/([\w-]{2,40})\/(checkin|checkout|cancel)$/;
const LANE = /^\/lanes\/(\d)\/(close|open)$/;
const samplers = new Map();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/bookings" && req.method === "POST") {
    const b = await readJson(req);
    const lane = Number(b.lane);
    if (!b.booking || !b.member || !(lane >= 1 && lane <= LANES) || !/^\d\d:\d\d$/.test(b.slot)) {
      return send(res, 422, { error: "booking, member, lane (1–8) and slot required" });
    }
    const booking = book({ id: String(b.booking), memberId: String(b.member), lane, slot: b.slot });
    return send(res, 201, { booking: booking.id, lane, slot: booking.slot });
  }
  const m = BOOKING.exec(url.pathname);
  if (m && req.method === "POST") {
    const booking = bookings.get(m[1]);
    if (!booking) return send(res, 404, { error: "no such booking" });
    if (m[2] === "checkin") checkIn(booking);
    else finish(booking, m[2] === "checkout" ? "checkedOut" : "cancelled");
    return send(res, 200, { booking: booking.id, notices: booking.notices });
  }
  const lane = LANE.exec(url.pathname);
  if (lane && req.method === "POST") {
    setLane(Number(lane[1]), lane[2] === "close");
    return send(res, 200, laneReport());
  }
  if (url.pathname === "/lanes") return send(res, 200, laneReport());
  if (url.pathname === "/debug/latency") {
    const out = {};
    for (const [name, s] of samplers) {
      out[name] = { p50: s.percentile(0.5), p95: s.percentile(0.95) };
    }
    return send(res, 200, out);
  }
  return send(res, 404, { error: "not found" });
}

function routeName(req, pathname) {
  const m = BOOKING.exec(pathname);
  if (m) return `${req.method} /bookings/:id/${m[2]}`;
  return `${req.method} ${LANE.test(pathname) ? "/lanes/:n/:action" : pathname}`;
}

http.createServer((req, res) => {
  const startedAt = performance.now();
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  res.on("finish", () => {
    const name = routeName(req, url.pathname);
    if (!samplers.has(name)) samplers.set(name, new Reservoir(32));
    samplers.get(name).offer({
      url: req.url,
      status: res.statusCode,
      ms: performance.now() - startedAt,
    });
  });
  route(req, res, url).catch((err) => send(res, err.status ?? 400, { error: String(err.message) }));
}).listen(port, "127.0.0.1", () => console.log(`pool-lanes on 127.0.0.1:${port}`));
