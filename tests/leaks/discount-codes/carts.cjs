"use strict";

const { products } = require("./catalogue.cjs");

const carts = new Map();

function open(id, customer) {
  let cart = carts.get(id);
  if (!cart) {
    cart = { id, customer, lines: [], codes: [], createdAt: Date.now(), touchedAt: Date.now() };
    carts.set(id, cart);
  }
  return cart;
}

function get(id) {
  return carts.get(id);
}

function addLine(cart, sku, qty) {
  const product = products.get(sku);
  if (!product) return null;
  const line = cart.lines.find((l) => l.sku === sku);
  if (line) line.qty += qty;
  else cart.lines.push({ sku, name: product.name, qty, unitMinor: product.priceMinor });
  cart.touchedAt = Date.now();
  return cart;
}

function subtotal(cart) {
  return cart.lines.reduce((sum, l) => sum + l.qty * l.unitMinor, 0);
}

/** Clears the basket (after an order, or when the customer empties it). */
function reset(cart) {
  cart.lines.length = 0;
  cart.codes.length = 0;
  cart.touchedAt = Date.now();
}

function remove(id) {
  carts.delete(id);
}

function idleSince(cutoff) {
  const out = [];
  for (const cart of carts.values()) if (cart.touchedAt < cutoff) out.push(cart);
  return out;
}

module.exports = { open, get, addLine, subtotal, reset, remove, idleSince };
