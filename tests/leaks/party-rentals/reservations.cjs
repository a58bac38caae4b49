"use strict";

const crypto = require("node:crypto");
const { item, isOutOfService } = require("./inventory.cjs");

const HOLD_MINUTES = 30;

class ReservationError extends Error {
  constructor(status, message, details) {
    super(message);
    this.status = status;
    this.details = details;
  }
}

// Live holds by id, and confirmed bookings by order (the event date is what counts).
const holds = new Map();
const bookings = new Map();
const recentlyConfirmed = [];

function committed(sku, date) {
  let qty = 0;
  const now = Date.now();
  for (const hold of holds.values()) {
    if (hold.sku === sku && hold.date === date && hold.expiresAt > now) qty += hold.qty;
  }
  for (const booking of bookings.values()) {
    if (booking.date !== date) continue;
    for (const line of booking.lines) if (line.sku === sku) qty += line.qty;
  }
  return qty;
}

function available(sku, date) {
  const it = item(sku);
  if (!it || isOutOfService(sku)) return 0;
  return Math.max(0, it.stock - committed(sku, date));
}

function placeHold(order, line) {
  const it = item(line.sku);
  if (!it) throw new ReservationError(422, `unknown item ${line.sku}`);
  if (isOutOfService(line.sku)) {
    throw new ReservationError(409, `${it.name} is not available`, { sku: line.sku });
  }
  const free = available(line.sku, order.date);
  if (free < line.qty) {
    throw new ReservationError(409, `only ${free} x ${it.name} left on ${order.date}`, {
      sku: line.sku,
      free,
    });
  }
  const hold = {
    id: crypto.randomUUID(),
    order: order.id,
    customer: order.customer,
    sku: line.sku,
    qty: line.qty,
    date: order.date,
    priceCents: line.qty * it.dayCents,
    createdAt: new Date().toISOString(),
    expiresAt: Date.now() + HOLD_MINUTES * 60_000,
  };
  holds.set(hold.id, hold);
  return hold;
}

/** Holds every line of an order; the checkout then confirms or cancels them together. */
function reserve(order) {
  order.holds = [];
  for (const line of order.lines) {
    order.holds.push(placeHold(order, line));
  }
  order.totalCents = order.holds.reduce((sum, h) => sum + h.priceCents, 0);
  return order;
}

function releaseHolds(order) {
  for (const hold of order.holds ?? []) holds.delete(hold.id);
  order.holds = [];
}

function confirm(order, payment) {
  const booking = {
    order: order.id,
    customer: order.customer,
    date: order.date,
    lines: order.lines.map(({ sku, qty }) => ({ sku, qty })),
    totalCents: order.totalCents,
    payment,
  };
  releaseHolds(order);
  bookings.set(order.id, booking);
  recentlyConfirmed.unshift({ order: order.id, date: order.date, at: Date.now() });
  recentlyConfirmed.length = Math.min(recentlyConfirmed.length, 25);
  return booking;
}

function returned(orderId) {
  return bookings.delete(orderId);
}

function stats() {
  return { bookings: bookings.size, recentlyConfirmed };
}

module.exports = {
  ReservationError,
  available,
  confirm,
  releaseHolds,
  reserve,
  returned,
  stats,
};
