"use strict";

const { withConnection } = require("./db.cjs");
const { DatabaseError } = require("./dms.cjs");
const { getVatService } = require("./vat.cjs");

class WorkshopError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const HOURLY_RATE_CENTS = 8900;
const HISTORY_SIZE = 50;

const openOrders = new Map();
// The last orders finished, newest last, for the front desk's "ready for pickup" screen.
const finished = [];

function openOrder({ id, plate, customer, jobs }) {
  if (!/^WO-\d+$/.test(String(id))) throw new WorkshopError(400, "id must look like WO-1234");
  if (openOrders.has(id)) throw new WorkshopError(409, `${id} is already open`);
  if (!Array.isArray(jobs) || jobs.length === 0) throw new WorkshopError(400, "jobs are required");
  const order = {
    id,
    plate: String(plate ?? "").toUpperCase(),
    customer: String(customer ?? ""),
    jobs: jobs.map(String),
    extraParts: [],
    openedAt: new Date().toISOString(),
  };
  openOrders.set(id, order);
  return order;
}

function getOrder(id) {
  const order = openOrders.get(id);
  if (!order) throw new WorkshopError(404, `no open work order ${id}`);
  return order;
}

async function quote(order, loaders) {
  const labour = await Promise.all(order.jobs.map((code) => loaders.labour.load(code)));
  const unknown = order.jobs.filter((_, i) => !labour[i]);
  if (unknown.length) throw new WorkshopError(422, `unknown jobs: ${unknown.join(", ")}`);
  const skus = [...labour.flatMap((l) => l.parts), ...order.extraParts.map((p) => p.sku)];
  const parts = await Promise.all(skus.map((sku) => loaders.parts.load(sku)));
  const minutes = labour.reduce((n, l) => n + l.minutes, 0);
  const labourCents = Math.round((minutes / 60) * HOURLY_RATE_CENTS);
  const partsCents = parts.reduce((n, p) => n + (p?.priceCents ?? 0), 0);
  const vat = getVatService().rate("NL");
  const net = labourCents + partsCents;
  return {
    id: order.id,
    plate: order.plate,
    lines: [
      ...labour.map((l) => ({ what: l.name, minutes: l.minutes })),
      ...parts.filter(Boolean).map((p) => ({ what: p.name, priceCents: p.priceCents })),
    ],
    netCents: net,
    vatCents: Math.round(net * vat),
    totalCents: Math.round(net * (1 + vat)),
  };
}

async function addPart(order, { sku, qty }) {
  if (!Number.isInteger(qty) || qty <= 0) throw new WorkshopError(400, "qty must be positive");
  try {
    await withConnection((conn) => conn.query("check_stock", [String(sku), qty]));
  } catch (err) {
    if (err instanceof DatabaseError && err.code === "P0001") {
      throw new WorkshopError(409, err.message);
    }
    if (err instanceof DatabaseError && err.code === "23503") {
      throw new WorkshopError(404, err.message);
    }
    throw err;
  }
  order.extraParts.push({ sku: String(sku), qty });
  return { id: order.id, extraParts: order.extraParts.length };
}

function complete(id) {
  const order = getOrder(id);
  openOrders.delete(id);
  finished.push({ id: order.id, plate: order.plate, customer: order.customer, at: Date.now() });
  if (finished.length > HISTORY_SIZE) finished.splice(0, finished.length - HISTORY_SIZE);
  return { id: order.id, status: "ready-for-pickup" };
}

function frontDesk() {
  return { open: openOrders.size, ready: finished.slice(-10).reverse() };
}

module.exports = { WorkshopError, openOrder, getOrder, quote, addPart, complete, frontDesk };
