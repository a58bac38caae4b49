"use strict";

const http = require("node:http");
const { LRU } = require("./vendor/lru/index.js");
const { quote } = require("./pricing.cjs");
const { SlidingWindow } = require("./limiter.cjs");
const { Workshop } = require("./workshop.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

// Quotes are held for the customer to turn into an order; the 40 most recent are enough for
// the counter (older ones are re-quoted).
const quotes = new LRU(40);
const perPhone = new SlidingWindow(3, 150);
const workshop = new Workshop();
setInterval(() => perPhone.sweep(), 200);

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, {
      quotes: quotes.size,
      open: workshop.orders.size,
      printed: workshop.printer.printed,
      mouldingUsed: workshop.mouldingUsed,
      recent: workshop.collected.slice(-5),
    });
  }

  if (url.pathname === "/quotes" && req.method === "POST") {
    const b = await readJson(req);
    if (!b.ref || !b.phone) return send(res, 400, { error: "ref and phone" });
    if (!perPhone.hit(String(b.phone).replace(/\s+/g, ""))) {
      return send(res, 429, { error: "too many quotes, try again shortly" });
    }
    try {
      const q = { ref: b.ref, request: b, ...quote(b), at: Date.now() };
      quotes.set(b.ref, q);
      return send(res, 201, { ref: q.ref, lines: q.lines, totalPence: q.totalPence });
    } catch (err) {
      return send(res, 400, { error: err.message });
    }
  }

  if (url.pathname === "/orders" && req.method === "POST") {
    const b = await readJson(req);
    const q = quotes.get(b.quote);
    if (!q) return send(res, 404, { error: "quote expired, please re-quote" });
    const order = workshop.place(q.ref, q, { name: b.name, phone: q.request.phone });
    return order
      ? send(res, 201, { ref: order.ref })
      : send(res, 409, { error: "already ordered" });
  }

  const m = /^\/orders\/([\w-]+)\/(ready|collect)$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const [, ref, action] = m;
    const order = action === "ready" ? await workshop.ready(ref) : workshop.collect(ref);
    return order ? send(res, 200, { ref, state: order.state }) : send(res, 409, { error: "no" });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`framing counter on :${port}`));
