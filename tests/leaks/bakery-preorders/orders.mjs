import { debounceBy, lruMemo, replayCache } from "./lib/fn.mjs";

export class OrderError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const CATALOGUE = {
  "SOURDOUGH-800": { name: "White sourdough 800 g", priceMinor: 450, ovenMinutes: 45 },
  "RYE-SEEDED": { name: "Seeded rye", priceMinor: 520, ovenMinutes: 55 },
  "CROISSANT-6": { name: "Croissants ×6", priceMinor: 780, ovenMinutes: 18 },
  "BABKA-CHOC": { name: "Chocolate babka", priceMinor: 1200, ovenMinutes: 40 },
};
const DAILY_CAPACITY = 400;

const orders = new Map();
const collected = [];

/** Oven plan for one pickup day: loaves per product. Rebuilt when that day's orders change. */
const planFor = lruMemo((day) => {
  const plan = {};
  for (const o of orders.values()) {
    if (o.day !== day) continue;
    for (const l of o.lines) plan[l.sku] = (plan[l.sku] ?? 0) + l.qty;
  }
  return { day, plan, builtAt: new Date().toISOString() };
}, { max: 14 });

/** The kitchen tablet gets one update per day every 150 ms at most, with the latest plan. */
const kitchenUpdates = [];
const notifyKitchen = debounceBy((day, reason) => {
  kitchenUpdates.unshift({ day, reason, at: Date.now(), plan: planFor(day).plan });
  if (kitchenUpdates.length > 10) kitchenUpdates.length = 10;
}, 150);

const replays = replayCache(200);

function dayLoad(day) {
  return Object.values(planFor(day).plan).reduce((n, q) => n + q, 0);
}

export function place(body, idempotencyKey) {
  if (idempotencyKey) {
    const seen = replays.get(idempotencyKey);
    if (seen) return seen;
  }
  if (!body.id || !body.day || !Array.isArray(body.lines)) {
    throw new OrderError(400, "an order needs an id, a pickup day and lines");
  }
  if (orders.has(body.id)) throw new OrderError(409, `order ${body.id} exists`);
  const lines = body.lines.map((l) => {
    const item = CATALOGUE[l.sku];
    if (!item) throw new OrderError(400, `unknown product ${l.sku}`);
    return { sku: l.sku, name: item.name, qty: Number(l.qty), priceMinor: item.priceMinor };
  });
  const qty = lines.reduce((n, l) => n + l.qty, 0);
  if (dayLoad(body.day) + qty > DAILY_CAPACITY) throw new OrderError(409, "that day is full");
  const order = {
    id: body.id,
    day: body.day,
    customer: { name: String(body.name ?? ""), phone: String(body.phone ?? "") },
    lines,
    totalMinor: lines.reduce((n, l) => n + l.qty * l.priceMinor, 0),
    placedAt: new Date().toISOString(),
  };
  orders.set(order.id, order);
  planFor.clear();
  notifyKitchen(order.day, `order ${order.id}`);
  const receipt = { id: order.id, day: order.day, totalMinor: order.totalMinor };
  if (idempotencyKey) replays.set(idempotencyKey, receipt);
  return receipt;
}

export function collect(id) {
  const order = orders.get(id);
  if (!order) throw new OrderError(404, `no order ${id}`);
  orders.delete(id);
  planFor.clear();
  notifyKitchen(order.day, `collected ${id}`);
  collected.unshift({ id, day: order.day, at: new Date().toISOString() });
  if (collected.length > 30) collected.length = 30;
  return collected[0];
}

export function cancel(id) {
  const order = orders.get(id);
  if (!order) throw new OrderError(404, `no order ${id}`);
  orders.delete(id);
  planFor.clear();
  notifyKitchen(order.day, `cancelled ${id}`);
  return { id, cancelled: true };
}

export function ovenPlan(day) {
  return planFor(day);
}

export function stats() {
  return {
    open: orders.size,
    collected: collected.slice(0, 5),
    kitchen: kitchenUpdates.slice(0, 3),
    pendingKitchen: notifyKitchen.pending,
    replays: replays.size,
  };
}
