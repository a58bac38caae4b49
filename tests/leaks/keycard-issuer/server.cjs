"use strict";

const http = require("node:http");
const { KeyCard } = require("./lib/cards.cjs");
const { doorLocks } = require("./lib/locks.cjs");
const { checkIn, checkOut, issueStaffCard, stayCount } = require("./lib/stays.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4620;

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
  const stay = /^\/stays\/([\w-]{3,40})\/(checkin|checkout)$/.exec(url.pathname);
  if (stay && req.method === "POST") {
    if (stay[2] === "checkin") {
      const body = await readJson(req);
      if (!body.guest || !/^\d{3,4}$/.test(String(body.room))) {
        return send(res, 422, { error: "guest and room" });
      }
      const s = checkIn({ ...body, reservation: stay[1], nights: Number(body.nights) || 1 });
      return send(res, 201, {
        reservation: s.reservation,
        cards: s.cards.map((c) => ({ serial: c.serial, track: c.track, until: c.validUntil })),
      });
    }
    return send(res, 200, checkOut(stay[1]));
  }
  const door = /^\/doors\/([\w-]{1,20})\/open$/.exec(url.pathname);
  if (door && req.method === "POST") {
    const serial = url.searchParams.get("card") ?? "";
    const card = KeyCard.find(serial);
    const ok = card !== undefined && !doorLocks.isDenied(serial) && card.opens(door[1]);
    return send(res, ok ? 200 : 403, { door: door[1], open: ok });
  }
  if (url.pathname === "/audit") {
    return send(res, 200, { stays: stayCount(), cards: KeyCard.audit(), denied: doorLocks.pushes });
  }
  return send(res, 404, { error: "not found" });
}

// The night porter's and housekeeping's cards, issued at start-up.
issueStaffCard("Night porter", ["lobby", "lift", "back-office"], 12);
issueStaffCard("Housekeeping floor 3", ["lift", "301", "302", "303", "304"], 8);

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, err.status ?? 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`keycard-issuer on 127.0.0.1:${port}`));
