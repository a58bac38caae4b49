"use strict";

const { SyncHook } = require("../vendor/hooks/index.cjs");
const { Repository } = require("./repository.cjs");
const { priced } = require("./pricing.cjs");
const { singleFlight } = require("./single-flight.cjs");

class OrderError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

class Order {
  constructor(row) {
    Object.assign(this, row);
  }

  get onSite() {
    return this.status === "delivered";
  }
}

class OrderRepository extends Repository {
  hydrate(row) {
    return new Order(row);
  }

  delete(id) {
    const order = this.find(id);
    if (order) completed.unshift({ id, postcode: order.postcode, size: order.size });
    if (completed.length > 10) completed.pop();
    super.delete(id);
  }
}

const completed = [];
const orders = new OrderRepository(new Map());
const hooks = { weighbridgeTicket: new SyncHook("weighbridgeTicket") };
const invoices = { count: 0, last: null };
const SIZES = new Set(["4yd", "6yd", "8yd", "12yd"]);

function placeOrder(body) {
  if (!body.id || !SIZES.has(body.size)) {
    throw new OrderError(400, "id and a skip size are required");
  }
  if (!/^[A-Z]{1,2}\d/i.test(body.postcode ?? "")) throw new OrderError(400, "postcode");
  orders.insert({
    id: body.id,
    size: body.size,
    postcode: body.postcode,
    onRoad: Boolean(body.onRoad),
    customer: body.customer,
    wasteType: body.wasteType ?? "mixed",
    status: "ordered",
    ticket: null,
    untapTicket: null,
  });
  return { id: body.id, status: "ordered" };
}

function get(id) {
  const order = orders.find(id);
  if (!order) throw new OrderError(404, `no order ${id}`);
  return order;
}

const quoteFor = singleFlight((id) => id, (id) => priced(get(id), (q) => q.summary()));

function deliver(id, body) {
  const order = get(id);
  if (order.status !== "ordered") throw new OrderError(409, `${id} is ${order.status}`);
  order.status = "delivered";
  order.deliveredBy = body.driver;
  order.deliveredAt = new Date().toISOString();
  // the tip's weighbridge posts its ticket when the skip is weighed after collection
  order.untapTicket = hooks.weighbridgeTicket.tap("orders", (ticket) => {
    if (ticket.order === order.id) order.ticket = ticket;
  });
  orders.update(order);
  return { id, status: order.status };
}

function collect(id, body) {
  const order = get(id);
  if (!order.onSite) throw new OrderError(409, `${id} is ${order.status}`);
  hooks.weighbridgeTicket.call({ order: id, weightKg: Number(body.weightKg), site: body.tip });
  order.untapTicket?.();
  const invoice = priced(order, (q) => {
    const s = q.summary();
    const extra = q.overweight(order.ticket?.weightKg ?? 0);
    const lines = extra ? [...s.lines, extra] : s.lines;
    return { order: id, lines, ...q.withVat(lines.reduce((n, l) => n + l.amount, 0)) };
  });
  orders.delete(id);
  invoices.count++;
  invoices.last = invoice;
  return invoice;
}

function stats() {
  return {
    orders: orders.table.size,
    cached: orders.cached,
    ticketTaps: hooks.weighbridgeTicket.size,
    quoting: quoteFor.running(),
    completed,
    invoices: invoices.count,
  };
}

module.exports = { OrderError, collect, deliver, get, placeOrder, quoteFor, stats };
