"use strict";

const http = require("node:http");
const lockers = require("./lockers.cjs");
const { text, smsStats } = require("./notify.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4864;

const orders = new Map(); // open orders, until collected
const collected = []; // the last 30 collections
const PRICE_CENTS = { wash: 1250, "wash-iron": 1990, duvet: 2450 };

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function collect(order) {
  orders.delete(order.id);
  lockers.release(order.bank, order.door);
  collected.push({ id: order.id, bank: order.bank, at: Date.now() });
  if (collected.length > 30) collected.shift();
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (url.pathname === "/dropoffs" && req.method === "POST") {
    const b = await readJson(req);
    if (!lockers.BANKS[b.bank] || !PRICE_CENTS[b.service]) {
      return send(res, 422, { error: "bank, service" });
    }
    if (orders.has(b.id)) return send(res, 409, { error: "order exists" });
    const door = lockers.freeDoor(b.bank);
    if (!door) return send(res, 409, { error: "bank full" });
    lockers.occupy(b.bank, door, b.id);
    const order = {
      id: String(b.id),
      bank: b.bank,
      door,
      phone: String(b.phone),
      service: b.service,
      cents: PRICE_CENTS[b.service],
      status: "dropped",
      droppedAt: Date.now(),
    };
    orders.set(order.id, order);
    return send(res, 201, { id: order.id, door });
  }

  const ready = /^\/orders\/([\w-]+)\/ready$/.exec(url.pathname);
  if (ready && req.method === "POST") {
    const order = orders.get(ready[1]);
    if (!order || order.status !== "dropped") {
      return send(res, 404, { error: "no order to finish" });
    }
    order.status = "ready";
    order.code = lockers.issueCode(order.bank, order.id);
    text(
      order.phone,
      `Your laundry is ready in ${order.bank}, door ${order.door}. Code: ${order.code}`,
    );
    return send(res, 200, { id: order.id, status: order.status });
  }

  // Customers signed in to the app open the door from their phone instead of typing the code.
  const app = /^\/orders\/([\w-]+)\/collect$/.exec(url.pathname);
  if (app && req.method === "POST") {
    const order = orders.get(app[1]);
    if (!order || order.status !== "ready") return send(res, 404, { error: "nothing to collect" });
    if (req.headers["x-phone"] !== order.phone) return send(res, 403, { error: "not your order" });
    lockers.redeem(order.bank, order.code);
    collect(order);
    return send(res, 200, { door: order.door, open: true });
  }

  if (url.pathname === "/pickups" && req.method === "POST") {
    const b = await readJson(req);
    if (!lockers.BANKS[b.bank]) return send(res, 422, { error: "unknown bank" });
    if (lockers.keypadLocked(b.bank)) return send(res, 429, { error: "keypad locked, try again" });
    const order = orders.get(lockers.redeem(b.bank, String(b.code)));
    if (!order) return send(res, 403, { error: "wrong code" });
    collect(order);
    return send(res, 200, { door: order.door, open: true });
  }

  const bank = /^\/banks\/([\w-]+)$/.exec(url.pathname);
  if (bank && lockers.BANKS[bank[1]]) return send(res, 200, lockers.occupancy(bank[1]));
  if (url.pathname === "/status") {
    return send(res, 200, { open: orders.size, recent: collected.slice(-5), sms: smsStats() });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 400, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`laundry-lockers on 127.0.0.1:${port}`));
