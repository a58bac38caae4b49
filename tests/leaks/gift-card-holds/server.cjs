"use strict";

const http = require("node:http");
const { balanceCents, findGiftCardCodes } = require("./codes.cjs");
const { heldAmount, holdStats, placeHold, releaseHold } = require("./holds.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4913;

const carts = new Map();
const sales = { orders: 0, giftCardCents: 0, cardCents: 0 };

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function cartFor(id, b) {
  let cart = carts.get(id);
  if (!cart) {
    const customer = String(b.customer ?? "");
    cart = { id, customer, channel: String(b.channel ?? "web"), codes: [] };
    carts.set(id, cart);
  }
  return cart;
}

async function route(req, res, url) {
  const apply = /^\/carts\/([\w-]+)\/gift-cards$/.exec(url.pathname);
  if (apply && req.method === "POST") {
    const b = await readJson(req);
    const cart = cartFor(apply[1], b);
    const codes = findGiftCardCodes(b.text ?? "");
    if (codes.length === 0) return send(res, 422, { error: "no gift card code found" });
    const applied = codes.map((code) => {
      const hold = placeHold(code, cart, balanceCents(code));
      cart.codes.push(code);
      return { card: hold.masked, amountCents: hold.amountCents };
    });
    return send(res, 201, { cart: cart.id, applied });
  }
  const checkout = /^\/carts\/([\w-]+)\/checkout$/.exec(url.pathname);
  if (checkout && req.method === "POST") {
    const cart = carts.get(checkout[1]);
    if (!cart) return send(res, 404, { error: "no such cart" });
    const b = await readJson(req);
    const total = Math.max(0, Math.round(Number(b.totalCents) || 0));
    let fromCards = 0;
    for (const code of cart.codes) fromCards += heldAmount(code);
    fromCards = Math.min(fromCards, total);
    // Charged: the holds have done their job.
    for (const code of cart.codes) releaseHold(code);
    carts.delete(cart.id);
    sales.orders++;
    sales.giftCardCents += fromCards;
    sales.cardCents += total - fromCards;
    return send(res, 201, {
      order: `O-${cart.id}`,
      giftCardCents: fromCards,
      toPay: total - fromCards,
    });
  }
  const hold = /^\/holds\/([\w-]+)$/.exec(url.pathname);
  if (hold && req.method === "DELETE") {
    return releaseHold(hold[1]) ? send(res, 200, { released: true }) : send(res, 404, {});
  }
  if (url.pathname === "/status") {
    return send(res, 200, { holds: holdStats(), carts: carts.size, sales });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, err.status ?? 400, { error: String(err.message) }));
}).listen(port, "127.0.0.1", () => console.log(`gift-card-holds on 127.0.0.1:${port}`));
