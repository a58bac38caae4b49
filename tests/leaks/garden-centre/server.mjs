import http from "node:http";
import { linesFor } from "./catalog.mjs";
import { couponRule, findCoupon } from "./coupons.mjs";
import { priceCart, rulesFor } from "./pricing.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4861;

const CHANNELS = new Set(["web", "app", "kiosk"]);
const orders = { placed: 0, revenueCents: 0, last: [] };

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

function quoteFor(body) {
  const channel = CHANNELS.has(body.channel) ? body.channel : "web";
  const lines = linesFor(body.items);
  if (!lines) return { error: "items: [{sku, qty}] from the catalogue" };
  const cart = { channel, lines, coupon: undefined, customer: body.customer };
  const rules = rulesFor(channel);
  if (body.coupon) {
    const coupon = findCoupon(body.coupon);
    if (!coupon) return { error: "unknown coupon" };
    cart.coupon = coupon.code;
    rules.push(couponRule(coupon, { customer: body.customer, at: Date.now() }));
  }
  return { cart, price: priceCart(cart, rules) };
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/orders/summary") {
    return send(res, 200, {
      placed: orders.placed,
      revenueCents: orders.revenueCents,
      last: orders.last,
    });
  }
  if ((url.pathname === "/cart/quote" || url.pathname === "/orders") && req.method === "POST") {
    const body = await readJson(req);
    const result = quoteFor(body);
    if (result.error) return send(res, 422, { error: result.error });
    if (url.pathname === "/cart/quote") return send(res, 200, result.price);
    if (!body.customer) return send(res, 422, { error: "customer" });
    orders.placed++;
    orders.revenueCents += result.price.total;
    orders.last.unshift({ customer: body.customer, total: result.price.total });
    if (orders.last.length > 10) orders.last.pop();
    return send(res, 201, { order: `GC-${orders.placed}`, ...result.price });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 500, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`garden-centre on 127.0.0.1:${port}`));
