"use strict";

const http = require("node:http");
const {
  BookingError,
  availability,
  book,
  cancel,
  findRestaurant,
  getReservation,
} = require("./bookings.cjs");
const { CHANNELS, on } = require("./events.cjs");
const { reservationIcs } = require("./ics.cjs");

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4144;

// Front-of-house activity feed: a short tail, newest first.
const activity = [];
const ACTIVITY_LIMIT = 30;
for (const [kind, ch] of Object.entries(CHANNELS)) {
  on(ch, (r) => {
    activity.unshift(`${kind} ${r.ref} ${r.restaurant} ${r.date} ${r.time} x${r.party}`);
    if (activity.length > ACTIVITY_LIMIT) activity.splice(ACTIVITY_LIMIT);
  });
}

// Requests per restaurant in the current second, for the busy indicator on the host stand.
const perRestaurant = new Map();
setInterval(() => perRestaurant.clear(), 1000).unref();

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(type === "application/json" ? JSON.stringify(body) : body);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      } catch {
        reject(new BookingError(400, "invalid JSON"));
      }
    });
    req.on("error", reject);
  });
}

const AVAILABILITY = /^\/restaurants\/([\w-]+)\/availability$/;
const RESERVATIONS = /^\/restaurants\/([\w-]+)\/reservations$/;
const ICS = /^\/reservations\/([\w-]+)\.ics$/;
const CANCEL = /^\/reservations\/([\w-]+)\/cancel$/;

async function route(req, res, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "GET" && url.pathname === "/host/activity") {
    return send(res, 200, { activity, busy: Object.fromEntries(perRestaurant) });
  }
  let m;
  if (req.method === "GET" && (m = AVAILABILITY.exec(url.pathname))) {
    perRestaurant.set(m[1], (perRestaurant.get(m[1]) ?? 0) + 1);
    const date = url.searchParams.get("date") ?? new Date().toISOString().slice(0, 10);
    return send(res, 200, { restaurant: m[1], date, slots: availability(m[1], date) });
  }
  if (req.method === "POST" && (m = RESERVATIONS.exec(url.pathname))) {
    perRestaurant.set(m[1], (perRestaurant.get(m[1]) ?? 0) + 1);
    return send(res, 201, book(m[1], await readJson(req)));
  }
  if (req.method === "GET" && (m = ICS.exec(url.pathname))) {
    const reservation = getReservation(m[1]);
    const ics = reservationIcs(reservation, findRestaurant(reservation.restaurant));
    return send(res, 200, ics, "text/calendar; charset=utf-8");
  }
  if (req.method === "POST" && (m = CANCEL.exec(url.pathname))) {
    return send(res, 200, { cancelled: cancel(m[1]).ref });
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://tables.local");
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof BookingError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`table reservations on 127.0.0.1:${port}`));
