import http from "node:http";
import { holidaysIn, settingsFor } from "./settings.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4916;

// /r/<restaurant>/availability, /r/<restaurant>/bookings, /r/<restaurant>/bookings/<ref>/cancel
const ROUTE = /^\/r\/([a-z-]+)\/(availability|bookings)(?:\/([A-Z0-9-]{4,40})\/cancel)?$/;
const bookings = new Map();
const counts = { booked: 0, cancelled: 0, lateCancellations: 0 };

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

const minutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

function slots(s, date) {
  const taken = new Map();
  for (const b of bookings.values()) {
    if (b.restaurant === s.id && b.date === date) taken.set(b.time, (taken.get(b.time) ?? 0) + 1);
  }
  const out = [];
  for (let m = minutes(s.opens); m + 90 <= minutes(s.closes); m += s.slotMinutes) {
    const free = s.tables - (taken.get(hhmm(m)) ?? 0);
    if (free > 0) out.push({ time: hhmm(m), free });
  }
  return out;
}

async function route(req, res, url) {
  const m = ROUTE.exec(url.pathname);
  const lazy = m && settingsFor(m[1]);
  if (!lazy) return send(res, 404, { error: "not found" });
  const s = await lazy;
  if (m[2] === "availability") {
    const date = url.searchParams.get("date") ?? "";
    if ((await holidaysIn(s.region)).has(date)) return send(res, 200, { date, closed: true });
    return send(res, 200, { restaurant: s.name, date, slots: slots(s, date) });
  }
  if (m[2] === "bookings" && !m[3] && req.method === "POST") {
    const b = await readJson(req);
    const reference = String(b.reference ?? "");
    if (!/^[A-Z0-9-]{4,40}$/.test(reference)) return send(res, 422, { error: "reference" });
    if (bookings.has(reference)) return send(res, 409, { error: "already booked" });
    const party = Math.round(Number(b.party) || 0);
    if (party < 1 || party > s.maxParty) return send(res, 422, { error: `1–${s.maxParty} guests` });
    const booking = {
      id: reference,
      restaurant: s.id,
      date: String(b.date),
      time: String(b.time),
      party,
      name: String(b.name ?? ""),
      phone: String(b.phone ?? ""),
      depositCents: party >= s.depositFromParty ? s.depositCents : 0,
    };
    bookings.set(booking.id, booking);
    counts.booked++;
    return send(res, 201, booking);
  }
  if (m[3] && req.method === "POST") {
    const booking = bookings.get(m[3]);
    if (!booking || booking.restaurant !== s.id) {
      return send(res, 404, { error: "no such booking" });
    }
    bookings.delete(booking.id);
    counts.cancelled++;
    const hoursLeft = (Date.parse(`${booking.date}T${booking.time}:00`) - Date.now()) / 3_600_000;
    const late = hoursLeft < s.freeCancellationHours;
    if (late) counts.lateCancellations++;
    return send(res, 200, { cancelled: booking.id, depositRefunded: !late });
  }
  return send(res, 405, { error: "method not allowed" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/status") return send(res, 200, { ...counts, open: bookings.size });
  route(req, res, url).catch((err) => send(res, 400, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`tenant-settings on 127.0.0.1:${port}`));
