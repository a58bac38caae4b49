"use strict";

const { TicketBuilder } = require("./escpos.cjs");
const { printerFor } = require("./printers.cjs");

const MENU = new Map([
  ["BRG-CL", { name: "Classic burger", station: "grill", pence: 1450 }],
  ["BRG-SM", { name: "Smokehouse burger", station: "grill", pence: 1650 }],
  ["STK-RB", { name: "Ribeye 10oz", station: "grill", pence: 2895 }],
  ["SKW-HL", { name: "Halloumi skewers", station: "grill", pence: 1195 }],
  ["FRI-SK", { name: "Skin-on fries", station: "fry", pence: 450 }],
  ["FRI-SW", { name: "Sweet potato fries", station: "fry", pence: 525 }],
  ["SAL-CE", { name: "Caesar salad", station: "cold", pence: 995 }],
  ["SAL-BT", { name: "Burrata & heritage tomato", station: "cold", pence: 1150 }],
  ["DRK-LM", { name: "House lemonade", station: "bar", pence: 395 }],
  ["DRK-IP", { name: "Pale ale (pint)", station: "bar", pence: 625 }],
  ["DRK-NG", { name: "Negroni", station: "bar", pence: 995 }],
]);

class OrderError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Orders with at least one station still cooking, by check number. */
const open = new Map();
/** The last checks the pass has finished, newest first, for the expo screen. */
const finished = [];
const MAX_FINISHED = 30;

function hhmm(date) {
  return date.toTimeString().slice(0, 5);
}

function buildTicket(order, station, items) {
  const t = new TicketBuilder(42)
    .align("center").size(2, 2).bold(true).line(`TABLE ${order.table}`)
    .size(1, 1).bold(false).align("left")
    .columns(`Check ${order.id}  Covers ${order.covers}`, `Server ${order.server}`)
    .columns(`${hhmm(order.placedAt)}  ${station.toUpperCase()}`, order.course ?? "")
    .rule();
  for (const item of items) {
    t.bold(true).line(`${item.qty} x ${item.name}`).bold(false);
    for (const mod of item.mods) t.line(`    - ${mod}`);
  }
  t.rule();
  if (order.allergens.length) {
    t.bold(true).line(`ALLERGY: ${order.allergens.join(", ")}`).bold(false);
  }
  if (order.notes) t.line(order.notes);
  const bytes = t.feed(3).cut().build();
  return { order: order.id, station, items: items.length, bytes };
}

async function placeOrder(body) {
  if (!body.id || !Array.isArray(body.items) || body.items.length === 0) {
    throw new OrderError(400, "an order needs a check number and items");
  }
  if (open.has(body.id)) throw new OrderError(409, `check ${body.id} is already with the kitchen`);
  const items = body.items.map((line) => {
    const dish = MENU.get(line.code);
    if (!dish) throw new OrderError(400, `no dish ${line.code} on the menu`);
    return {
      code: line.code,
      name: dish.name,
      station: dish.station,
      qty: line.qty ?? 1,
      mods: Array.isArray(line.mods) ? line.mods.map(String) : [],
    };
  });
  const order = {
    id: String(body.id),
    table: body.table,
    covers: body.covers ?? 1,
    server: body.server ?? "till",
    course: body.course ?? null,
    notes: body.notes ?? "",
    allergens: Array.isArray(body.allergens) ? body.allergens : [],
    items,
    placedAt: new Date(),
    stations: {},
  };

  const byStation = new Map();
  for (const item of items) {
    if (!byStation.has(item.station)) byStation.set(item.station, []);
    byStation.get(item.station).push(item);
  }
  open.set(order.id, order);
  const printed = await Promise.all([...byStation].map(async ([station, stationItems]) => {
    const printer = printerFor(station);
    if (!printer) throw new OrderError(503, `no printer for ${station}`);
    order.stations[station] = { items: stationItems.length, printedAt: null, bumpedAt: null };
    const result = await printer.print(buildTicket(order, station, stationItems));
    order.stations[station].printedAt = result.printedAt;
    return result;
  })).catch((err) => {
    open.delete(order.id);
    throw err;
  });
  const total = items.reduce((sum, i) => sum + MENU.get(i.code).pence * i.qty, 0);
  return { id: order.id, table: order.table, total, tickets: printed };
}

function bump(orderId, station) {
  const order = open.get(orderId);
  if (!order) throw new OrderError(404, `check ${orderId} is not open`);
  const s = order.stations[station];
  if (!s) throw new OrderError(404, `check ${orderId} has nothing on ${station}`);
  s.bumpedAt = new Date().toISOString();
  const waiting = Object.entries(order.stations).filter(([, st]) => !st.bumpedAt).map(([k]) => k);
  if (waiting.length === 0) {
    open.delete(orderId);
    finished.unshift({
      id: order.id,
      table: order.table,
      placedAt: order.placedAt,
      done: s.bumpedAt,
    });
    if (finished.length > MAX_FINISHED) finished.length = MAX_FINISHED;
  }
  return { id: orderId, station, waiting };
}

function orderView(orderId) {
  const order = open.get(orderId);
  if (order) return { ...order, status: "cooking" };
  const done = finished.find((o) => o.id === orderId);
  return done ? { ...done, status: "finished" } : null;
}

module.exports = { OrderError, placeOrder, bump, orderView, finished, open };
