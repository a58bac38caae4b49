"use strict";

const http = require("node:http");
const hotel = require("./hotel.js");

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const DAYPARTS = new Set(["breakfast", "lunch", "dinner", "late"]);
const STAY_PATH = /^\/stays\/(ST-[\w-]+)\/(orders|checkout)$/;
const ORDER_PATH = /^\/orders\/(RS-[\w-]+)\/delivered$/;

// Requests being handled, for a graceful shutdown.
const inFlight = new Set();

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

const reply = (result, okStatus, errStatus = 409) =>
  result.error ? [errStatus, { error: result.error }] : [okStatus, Object.values(result)[0]];

async function route(req, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return [200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/kitchen") return [200, hotel.kitchenBoard()];
  if (req.method !== "POST") return [404, { error: "not found" }];
  const body = await readJson(req);
  if (body === null) return [400, { error: "invalid JSON" }];

  if (url.pathname === "/stays") {
    if (!/^ST-[\w-]+$/.test(body.stay ?? "") || !/^\d{3,4}$/.test(body.room ?? "")) {
      return [422, { error: "stay and room" }];
    }
    return reply(hotel.checkIn(body), 201);
  }
  const delivered = ORDER_PATH.exec(url.pathname);
  if (delivered) return reply(hotel.delivered(delivered[1]), 200, 404);

  const m = STAY_PATH.exec(url.pathname);
  if (!m) return [404, { error: "not found" }];
  const stay = hotel.findStay(m[1]);
  if (!stay) return [404, { error: "not in house" }];
  if (m[2] === "checkout") return reply(hotel.checkOut(stay), 200);
  if (
    !/^RS-[\w-]+$/.test(body.order ?? "") || !DAYPARTS.has(body.daypart) ||
    !Array.isArray(body.items)
  ) {
    return [422, { error: "order, daypart and items" }];
  }
  return reply(hotel.placeOrder(stay, body), 201);
}

http.createServer(async (req, res) => {
  inFlight.add(res);
  try {
    const [status, body] = await route(req, new URL(req.url, "http://localhost"));
    send(res, status, body);
  } catch (err) {
    console.error(err);
    send(res, 500, { error: "internal error" });
  } finally {
    inFlight.delete(res);
  }
}).listen(port, "127.0.0.1", () => console.log(`room service on 127.0.0.1:${port}`));
