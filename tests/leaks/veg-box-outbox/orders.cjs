"use strict";

const { randomUUID } = require("node:crypto");

class OrderError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const BOXES = {
  "small-seasonal": { price: 1450, label: "Small seasonal box" },
  "medium-seasonal": { price: 1990, label: "Medium seasonal box" },
  "large-family": { price: 2650, label: "Large family box" },
};
const EXTRAS = { eggs: 320, sourdough: 450, "apple-juice": 380, honey: 650 };

/**
 * The orders database: open orders and the outbox table. Both change in one transaction so an
 * event is published if and only if the order change happened.
 */
const db = {
  orders: new Map(),
  outbox: [],
  nextTx: 1,
};
const delivered = [];
const MAX_DELIVERED = 25;

function transaction(fn) {
  const tx = db.nextTx++;
  const rows = [];
  const emit = (topic, payload) => {
    rows.push({ id: randomUUID(), tx, topic, payload: JSON.stringify(payload), at: Date.now() });
  };
  const result = fn(emit);
  db.outbox.push(...rows);
  return result;
}

function placeOrder(body) {
  const box = BOXES[body.box];
  if (!box) throw new OrderError(400, `unknown box ${body.box}`);
  if (!body.id || !body.customer) throw new OrderError(400, "id and customer are required");
  if (db.orders.has(body.id)) throw new OrderError(409, `order ${body.id} exists`);
  const extras = (body.extras ?? []).filter((e) => e in EXTRAS);
  const total = box.price + extras.reduce((sum, e) => sum + EXTRAS[e], 0);
  return transaction((emit) => {
    const order = {
      id: body.id,
      customer: body.customer,
      box: body.box,
      extras,
      total,
      deliveryDay: body.deliveryDay,
      address: body.address,
      status: "placed",
    };
    db.orders.set(order.id, order);
    emit("order.placed", { order: order.id, customer: order.customer, total, box: box.label });
    emit("box.reserved", {
      order: order.id,
      box: order.box,
      extras,
      deliveryDay: order.deliveryDay,
      postcode: order.address?.postcode,
    });
    emit("invoice.requested", {
      order: order.id,
      customer: order.customer,
      lines: [
        { item: box.label, amount: box.price },
        ...extras.map((e) => ({
          item: e,
          amount: EXTRAS[e],
        })),
      ],
      total,
      currency: "GBP",
    });
    return order;
  });
}

function markDelivered(id, body) {
  const order = db.orders.get(id);
  if (!order) throw new OrderError(404, `no open order ${id}`);
  return transaction((emit) => {
    db.orders.delete(id);
    order.status = "delivered";
    delivered.unshift({ id, at: new Date().toISOString(), leftWith: body.leftWith ?? null });
    if (delivered.length > MAX_DELIVERED) delivered.length = MAX_DELIVERED;
    emit("order.delivered", { order: id, customer: order.customer, leftWith: body.leftWith });
    return { id, status: order.status };
  });
}

/** The outbox rows of the oldest transaction not yet published. */
function nextOutboxBatch() {
  if (db.outbox.length === 0) return [];
  const tx = db.outbox[0].tx;
  return db.outbox.filter((row) => row.tx === tx);
}

function removeFromOutbox(rows) {
  const ids = new Set(rows.map((r) => r.id));
  db.outbox = db.outbox.filter((row) => !ids.has(row.id));
}

function getOrder(id) {
  const order = db.orders.get(id);
  if (!order) throw new OrderError(404, `no open order ${id}`);
  return order;
}

function orderStats() {
  return {
    open: db.orders.size,
    outbox: db.outbox.length,
    recentDeliveries: delivered.slice(0, 5),
  };
}

module.exports = {
  OrderError,
  getOrder,
  markDelivered,
  nextOutboxBatch,
  orderStats,
  placeOrder,
  removeFromOutbox,
};
