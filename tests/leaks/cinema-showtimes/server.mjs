import http from "node:http";
import { mailStats, sendConfirmation } from "./mailer.mjs";
import { acquireSeatMap, releaseSeatMap, seatMapStats } from "./seatmaps.mjs";
import { cacheStats, CINEMAS, showtimes } from "./showtimes.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4594;

const bookings = new Map();
const activity = [];
const ACTIVITY_SIZE = 50;
let activityAt = 0;

function log(event) {
  activity[activityAt] = { ...event, at: Date.now() };
  activityAt = (activityAt + 1) % ACTIVITY_SIZE;
}

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
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw Object.assign(new Error("body must be JSON"), { status: 400 });
  }
}

function* soldSeats(showId) {
  for (const b of bookings.values()) {
    if (b.show === showId) { for (const seat of b.seats) yield [seat, b.id]; }
  }
}

async function book(body) {
  const cinema = CINEMAS[body.cinema];
  if (!cinema) throw Object.assign(new Error("unknown cinema"), { status: 404 });
  if (bookings.has(body.id)) throw Object.assign(new Error("duplicate booking"), { status: 409 });
  const { shows } = await showtimes(body.cinema, body.date);
  const show = shows.find((s) => s.id === body.show) ?? shows[0];
  const map = acquireSeatMap(cinema.chain, show.id, () => soldSeats(show.id));
  try {
    const wanted = Array.isArray(body.seats) ? body.seats.map(String) : [];
    const taken = wanted.filter((seat) => !map.seats.has(seat) || map.seats.get(seat) !== null);
    if (!wanted.length || taken.length) {
      throw Object.assign(new Error(`seats not available: ${taken.join(", ") || "none"}`), {
        status: 409,
      });
    }
    const booking = {
      id: body.id,
      cinema: body.cinema,
      show: show.id,
      title: show.title,
      startsAt: show.startsAt,
      screen: show.screen,
      seats: wanted,
      email: String(body.email ?? ""),
    };
    for (const seat of wanted) map.seats.set(seat, booking.id);
    bookings.set(booking.id, booking);
    log({ type: "booked", id: booking.id, show: show.id });
    if (booking.email.includes("@")) sendConfirmation(booking.email, booking);
    return booking;
  } finally {
    releaseSeatMap(show.id);
  }
}

async function route(req, res, url) {
  const list = /^\/cinemas\/([\w-]+)\/showtimes$/.exec(url.pathname);
  if (list && req.method === "GET") {
    if (!CINEMAS[list[1]]) return send(res, 404, { error: "unknown cinema" });
    const date = url.searchParams.get("date") ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return send(res, 400, { error: "bad date" });
    return send(res, 200, await showtimes(list[1], date));
  }
  if (url.pathname === "/bookings" && req.method === "POST") {
    return send(res, 201, await book(await readJson(req)));
  }
  const cancel = /^\/bookings\/([\w-]+)\/cancel$/.exec(url.pathname);
  if (cancel && req.method === "POST") {
    const booking = bookings.get(cancel[1]);
    if (!booking) return send(res, 404, { error: "no such booking" });
    bookings.delete(cancel[1]);
    log({ type: "cancelled", id: booking.id, show: booking.show });
    return send(res, 200, { cancelled: booking.id });
  }
  if (url.pathname === "/ops" && req.method === "GET") {
    return send(res, 200, {
      bookings: bookings.size,
      ...cacheStats(),
      ...seatMapStats(),
      mail: mailStats(),
      activity: activity.length,
    });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    if (err.status) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`cinema-showtimes on http://127.0.0.1:${port}`));
