"use strict";

const http = require("node:http");
const { cached } = require("./availability-cache.cjs");
const bookings = require("./bookings.cjs");
const holds = require("./holds.cjs");
const inventory = require("./inventory.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

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
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}"));
      } catch {
        reject(new inventory.InventoryError(400, "invalid JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const path = url.pathname;
  if (path === "/healthz") {
    return send(res, 200, { ok: true, holds: holds.pendingHolds(), ...bookings.stats() });
  }

  if (path === "/availability" && req.method === "GET") {
    const p = url.searchParams;
    const hotelId = p.get("hotel");
    const checkIn = p.get("checkIn");
    const nights = Number(p.get("nights") ?? 1);
    // corporate accounts see their own rates, so the account is part of the key
    const key = [hotelId, checkIn, nights, p.get("account") ?? "public"].join("|");
    return send(res, 200, cached(key, () => inventory.availability(hotelId, checkIn, nights)));
  }
  if (path === "/holds" && req.method === "POST") {
    const hold = holds.placeHold(await readJson(req));
    return send(res, 201, {
      ref: hold.ref,
      totalCents: hold.totalCents,
      expiresAt: hold.expiresAt,
    });
  }
  let m = /^\/holds\/([\w-]+)\/confirm$/.exec(path);
  if (m && req.method === "POST") {
    const body = await readJson(req);
    const hold = holds.claim(m[1]);
    if (!hold) return send(res, 410, { error: "hold expired" });
    return send(res, 201, bookings.book(hold, body));
  }
  m = /^\/bookings\/([\w-]+)$/.exec(path);
  if (m && req.method === "PATCH") return send(res, 200, bookings.amend(m[1], await readJson(req)));
  m = /^\/bookings\/([\w-]+)\/cancel$/.exec(path);
  if (m && req.method === "POST") return send(res, 200, bookings.cancel(m[1]));

  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof inventory.InventoryError) {
      return send(res, err.status, { error: err.message });
    }
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`hotel holds on :${port}`));
