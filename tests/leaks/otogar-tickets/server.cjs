"use strict";

const http = require("node:http");
const { trips } = require("./trips.cjs");
const { BookingError, holdStats, placeHold } = require("./holds.cjs");
const { cancelTicket, findTicket, issueTicket, ticketStats } = require("./tickets.cjs");
const { when } = require("./text.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
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
        reject(new BookingError(400, "body must be JSON"));
      }
    });
    req.on("error", reject);
  });
}

function agencyOf(req) {
  const agency = req.headers["x-agency"];
  if (!agency) throw new BookingError(401, "x-agency header missing");
  return String(agency);
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, { holds: holdStats(), tickets: ticketStats() });
  }
  if (parts[0] === "trips" && parts[1] && parts[2] === "seats") {
    const trip = trips.get(parts[1]);
    if (!trip) return send(res, 404, { error: "no such departure" });
    return send(res, 200, {
      trip: trip.id,
      departs: when(trip.departsAt),
      free: trip.seats - trip.taken.size,
      map: trip.seatMap(),
    });
  }
  if (url.pathname === "/holds" && req.method === "POST") {
    const hold = placeHold(agencyOf(req), await readJson(req));
    return send(res, 201, {
      ref: hold.ref,
      seats: hold.seats,
      total: hold.fare.total,
      expiresAt: hold.expiresAt,
    });
  }
  if (url.pathname === "/payments" && req.method === "POST") {
    return send(res, 201, issueTicket(agencyOf(req), await readJson(req)));
  }
  if (parts[0] === "bookings" && parts[1] && parts.length === 2) {
    return send(res, 200, findTicket(agencyOf(req), parts[1]));
  }
  if (parts[0] === "bookings" && parts[2] === "cancel" && req.method === "POST") {
    const body = await readJson(req);
    return send(res, 200, cancelTicket(agencyOf(req), parts[1], String(body.reason ?? "")));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (!(err instanceof BookingError)) console.error(err);
    send(res, err instanceof BookingError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`otogar tickets on :${port}`));
