"use strict";

const http = require("node:http");
const { couponStats, findCouponCodes, redeem, reserve } = require("./coupons.cjs");
const { KIOSKS, kioskReport, recordPayment, reportStats } = require("./report.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4918;

const baskets = new Map();

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
  const m = /^\/kiosks\/([\w-]+)(?:\/(scan|pay))?$/.exec(url.pathname);
  if (!m || !KIOSKS.includes(m[1])) return send(res, 404, { error: "not found" });
  const kiosk = m[1];
  if (m[2] === "scan" && req.method === "POST") {
    const b = await readJson(req);
    const id = String(b.basket ?? "");
    if (!id) return send(res, 422, { error: "basket required" });
    let basket = baskets.get(id);
    if (!basket) {
      basket = { id, kiosk, codes: [], startedAt: Date.now() };
      baskets.set(id, basket);
    }
    const accepted = [];
    for (const code of findCouponCodes(b.text ?? "")) {
      const entry = reserve(code, basket);
      if (entry) {
        basket.codes.push(code);
        accepted.push({ code, cents: entry.cents });
      }
    }
    return send(res, 200, { basket: id, accepted });
  }
  if (m[2] === "pay" && req.method === "POST") {
    const b = await readJson(req);
    const basket = baskets.get(String(b.basket ?? ""));
    if (!basket) return send(res, 404, { error: "no such basket" });
    baskets.delete(basket.id);
    const coupons = basket.codes.map((code) => ({ code, cents: redeem(code) }));
    const discount = coupons.reduce((sum, c) => sum + c.cents, 0);
    const total = Math.max(0, Math.round(Number(b.totalCents) || 0) - discount);
    recordPayment(kiosk, basket.id, total, coupons);
    return send(res, 200, { basket: basket.id, discountCents: discount, totalCents: total });
  }
  return send(res, 200, { kiosk, ...kioskReport(kiosk) });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/status") {
    return send(res, 200, { coupons: couponStats(), baskets: baskets.size, ...reportStats() });
  }
  route(req, res, url).catch((err) => send(res, 400, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`kiosk-coupons on 127.0.0.1:${port}`));
