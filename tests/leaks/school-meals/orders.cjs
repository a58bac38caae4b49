"use strict";

const { menuFor } = require("./menus.cjs");

class MealError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Pupils on the meals roll, with the allergies the office has on file. */
const pupils = new Map([
  ["P-3A-07", { id: "P-3A-07", name: "Leo Barraclough", class: "3A", allergies: ["milk"] }],
  ["P-4C-12", { id: "P-4C-12", name: "Aisha Rahman", class: "4C", allergies: [] }],
  ["P-5B-03", { id: "P-5B-03", name: "Tom Whitaker", class: "5B", allergies: ["fish", "egg"] }],
]);

/** Orders by pupil and date; an order is replaced if the parent changes it. */
const orders = new Map();
const counters = { placed: 0, changed: 0, refused: 0 };

function keyOf(pupil, date) {
  return `${pupil}/${date}`;
}

function placeOrder(body, log) {
  const pupil = pupils.get(body.pupil);
  if (!pupil) throw new MealError(404, `no pupil ${body.pupil}`);
  const menu = menuFor(body.date);
  if (!menu) throw new MealError(422, `no menu for ${body.date}`);
  const main = menu.mains.find((m) => m.code === body.main);
  if (!main) throw new MealError(422, `no main ${body.main} on ${body.date}`);
  const clash = [...main.allergens, ...(body.pudding ? menu.pudding.allergens : [])]
    .filter((a) => pupil.allergies.includes(a));
  if (clash.length) {
    counters.refused++;
    log.warn("allergen clash", { pupil: pupil.id, main: main.code, clash });
    throw new MealError(422, `${pupil.name} cannot have ${clash.join(", ")}`);
  }
  const key = keyOf(pupil.id, body.date);
  const existing = orders.get(key);
  const order = {
    pupil: pupil.id,
    date: body.date,
    main: main.code,
    mainName: main.name,
    pudding: Boolean(body.pudding),
    parent: body.parent,
    at: Date.now(),
  };
  orders.set(key, order);
  if (existing) counters.changed++;
  else counters.placed++;
  log.info(existing ? "order changed" : "order placed", { key, main: main.code });
  return order;
}

function getOrder(pupil, date) {
  const order = orders.get(keyOf(pupil, date));
  if (!order) throw new MealError(404, "no order");
  return order;
}

/** The kitchen's count sheet for a day. */
function kitchenSheet(date) {
  const menu = menuFor(date);
  if (!menu) throw new MealError(422, `no menu for ${date}`);
  const counts = Object.fromEntries(menu.mains.map((m) => [m.code, 0]));
  let puddings = 0;
  for (const order of orders.values()) {
    if (order.date !== date) continue;
    counts[order.main]++;
    if (order.pudding) puddings++;
  }
  return { date, mains: menu.mains.map((m) => ({ ...m, count: counts[m.code] })), puddings };
}

function stats() {
  return { ...counters, orders: orders.size };
}

module.exports = { MealError, getOrder, kitchenSheet, placeOrder, stats };
