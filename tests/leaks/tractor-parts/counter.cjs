"use strict";

const { part, reserve, issue, unreserve } = require("./parts.cjs");
const { later } = require("./later.cjs");

// the dealer management system takes a moment to confirm a reservation before we print
const PICK_SLIP_DELAY_MS = 120;

class CounterError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const orders = new Map();
const slips = [];
const collected = [];

function printPickSlip(order) {
  if (order.status !== "reserved") return; // already collected or cancelled
  slips.unshift({
    order: order.id,
    farm: order.farm,
    lines: order.lines.map((l) => `${l.bin}  ${l.number}  x${l.qty}  ${l.description}`),
    printedAt: new Date().toISOString(),
  });
  if (slips.length > 15) slips.pop();
  order.slipPrinted = true;
}

function placeOrder(body) {
  const id = String(body.id ?? "");
  if (!id || !Array.isArray(body.lines) || !body.lines.length) {
    throw new CounterError(400, "an order needs an id and lines");
  }
  if (orders.has(id)) throw new CounterError(409, `order ${id} exists`);
  const lines = [];
  for (const l of body.lines) {
    const qty = Number(l.qty ?? 1);
    const p = reserve(l.part, qty);
    if (!p) {
      for (const done of lines) unreserve(part(done.number), done.qty);
      throw new CounterError(
        p === null ? 404 : 409,
        `${l.part}: ${p === null ? "unknown part" : "not enough in stock"}`,
      );
    }
    lines.push({ number: p.number, description: p.description, bin: p.bin, qty, price: p.price });
  }
  const order = {
    id,
    farm: String(body.farm ?? ""),
    phone: String(body.phone ?? ""),
    machine: body.machine ?? null,
    lines,
    total: Math.round(lines.reduce((s, l) => s + l.qty * l.price, 0) * 100) / 100,
    status: "reserved",
    slipPrinted: false,
    placedAt: Date.now(),
  };
  orders.set(id, order);
  later(PICK_SLIP_DELAY_MS, "pick-slip", printPickSlip, order);
  return { id, total: order.total, lines: lines.length };
}

function collect(id) {
  const order = orders.get(id);
  if (!order) throw new CounterError(404, `no order ${id}`);
  for (const l of order.lines) issue(part(l.number), l.qty);
  order.status = "collected";
  orders.delete(id);
  collected.unshift({ id, farm: order.farm, total: order.total, at: new Date().toISOString() });
  if (collected.length > 20) collected.pop();
  return { id, status: order.status, total: order.total };
}

function getOrder(id) {
  const order = orders.get(id);
  if (!order) throw new CounterError(404, `no order ${id}`);
  return order;
}

module.exports = { placeOrder, collect, getOrder, slips, collected, CounterError };
