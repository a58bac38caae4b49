import { Hub } from "./hub.mjs";
import { dishesOn, isSite } from "./menus.mjs";

export class OrderError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const hub = new Hub();

/** Orders waiting to be collected, by id; collected ones move to the (short) history. */
const open = new Map();
const collected = [];
const HISTORY = 60;

export function placeOrder(body) {
  const id = String(body.id ?? "");
  if (!/^K-\d{1,12}$/.test(id)) throw new OrderError(422, "bad order id");
  if (open.has(id)) throw new OrderError(409, `${id} already placed`);
  const site = String(body.site ?? "");
  if (!isSite(site)) throw new OrderError(422, `no canteen ${site}`);
  const menu = dishesOn(site, Number(body.day ?? 0));
  const dish = menu.find((d) => d.name === body.dish) ?? menu[0];
  const order = {
    id,
    site,
    employee: String(body.employee ?? ""),
    dish: dish.name,
    priceCents: dish.priceCents,
    extras: Array.isArray(body.extras) ? body.extras.slice(0, 3).map(String) : [],
    status: "placed",
    placedAt: Date.now(),
    readyAt: null,
  };
  open.set(id, order);
  hub.publish(`kitchen/${site}`, { type: "placed", id, dish: order.dish });
  return order;
}

export function getOrder(id) {
  const order = open.get(id) ?? collected.findLast((o) => o.id === id);
  if (!order) throw new OrderError(404, `no order ${id}`);
  return order;
}

export function markReady(id) {
  const order = open.get(id);
  if (!order) throw new OrderError(404, `no open order ${id}`);
  order.status = "ready";
  order.readyAt = Date.now();
  hub.publish(`orders/${id}`, { type: "ready", id, counter: order.site === "north" ? 2 : 1 });
  return order;
}

export function collect(id) {
  const order = open.get(id);
  if (!order || order.status !== "ready") throw new OrderError(409, `${id} is not ready`);
  open.delete(id);
  order.status = "collected";
  collected.push(order);
  if (collected.length > HISTORY) collected.splice(0, collected.length - HISTORY);
  return order;
}

/** Waits up to `waitMs` for the order's next status change (the app's long poll). */
export function waitForChange(id, waitMs) {
  const order = getOrder(id);
  if (waitMs <= 0 || order.status !== "placed") return Promise.resolve(order);
  return new Promise((resolve) => {
    const off = hub.subscribe(`orders/${id}`, () => finish());
    const timer = setTimeout(() => finish(), waitMs);
    function finish() {
      clearTimeout(timer);
      off();
      resolve(getOrder(id));
    }
  });
}

export function openCount() {
  return open.size;
}
