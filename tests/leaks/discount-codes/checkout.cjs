"use strict";

const carts = require("./carts.cjs");
const { promotions, PromoError } = require("./promotions.cjs");

const recentOrders = [];
let orderSeq = 52000;

function priceCart(cart) {
  const subtotalMinor = carts.subtotal(cart);
  let discountMinor = 0;
  for (const code of cart.codes) {
    const promo = promotions.get(code);
    if (promo) discountMinor += promo.discountFor(subtotalMinor);
  }
  const shippingMinor = subtotalMinor - discountMinor >= 5000 ? 0 : 495;
  return {
    subtotalMinor,
    discountMinor,
    shippingMinor,
    totalMinor: subtotalMinor - discountMinor + shippingMinor,
  };
}

function applyCode(cart, code) {
  const promo = promotions.get(code);
  if (!promo) throw new PromoError(404, `unknown code ${code}`);
  if (cart.codes.includes(code)) return priceCart(cart);
  promo.reserve(cart.id, cart.customer, cart.lines, carts.subtotal(cart));
  cart.codes.push(code);
  cart.touchedAt = Date.now();
  return priceCart(cart);
}

function placeOrder(cart, payment) {
  if (cart.lines.length === 0) throw new PromoError(409, "the basket is empty");
  const order = {
    number: `DL-${++orderSeq}`,
    customer: cart.customer,
    lines: cart.lines.map((l) => ({ ...l })),
    codes: [...cart.codes],
    ...priceCart(cart),
    payment: { method: payment.method, last4: payment.last4 },
    placedAt: new Date().toISOString(),
  };
  // clear the basket first, so a double submit can't place the order twice
  carts.reset(cart);
  for (const code of cart.codes) promotions.get(code)?.redeem(cart.id);
  carts.remove(cart.id);
  recentOrders.unshift(order);
  if (recentOrders.length > 25) recentOrders.length = 25;
  return order;
}

const ABANDON_AFTER_MS = 250;

/** Baskets nobody has touched for a while give their code reservations back. */
function releaseAbandoned() {
  for (const cart of carts.idleSince(Date.now() - ABANDON_AFTER_MS)) {
    for (const code of cart.codes) promotions.get(code)?.release(cart.id);
    carts.remove(cart.id);
  }
}

module.exports = { applyCode, placeOrder, priceCart, releaseAbandoned, recentOrders };
