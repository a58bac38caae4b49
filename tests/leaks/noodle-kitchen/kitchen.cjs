"use strict";

const { renderTicket } = require("./tickets.cjs");
const { spool } = require("./printers.cjs");

const MENU = {
  "tonkotsu": { name: "Tonkotsu ramen", station: "wok", allergens: ["gluten", "egg", "soy"] },
  "tantanmen": { name: "Tantanmen", station: "wok", allergens: ["gluten", "sesame", "peanut"] },
  "yaki-udon": { name: "Yaki udon", station: "wok", allergens: ["gluten", "soy"] },
  "karaage": { name: "Chicken karaage", station: "grill", allergens: ["gluten"] },
  "gyoza": { name: "Pork gyoza (6)", station: "grill", allergens: ["gluten", "soy"] },
  "edamame": { name: "Edamame", station: "cold", allergens: ["soy"] },
  "kimchi": { name: "Kimchi", station: "cold", allergens: ["fish"] },
};

class KitchenError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const open = new Map(); // order id -> order, until the pass bumps it
const bumped = []; // the last few, for the expo screen
let nextNumber = 100;

function placeOrder(body) {
  if (!body.id || !Array.isArray(body.items) || body.items.length === 0) {
    throw new KitchenError(400, "an order needs an id and items");
  }
  if (open.has(body.id)) throw new KitchenError(409, `order ${body.id} is already in`);
  const byStation = new Map();
  for (const line of body.items) {
    const dish = MENU[line.dish];
    if (!dish) throw new KitchenError(422, `unknown dish ${line.dish}`);
    const items = byStation.get(dish.station) ?? [];
    items.push({ qty: line.qty ?? 1, name: dish.name, mods: line.mods, allergens: dish.allergens });
    byStation.set(dish.station, items);
  }
  const order = {
    id: body.id,
    number: nextNumber++,
    table: body.table ?? null,
    server: body.server ?? "counter",
    note: body.note ?? null,
    placedAt: Date.now(),
    stations: [...byStation.keys()],
  };
  for (const [station, items] of byStation) {
    spool(station, renderTicket(order, station, items), order.number);
  }
  open.set(order.id, order);
  return { id: order.id, number: order.number, stations: order.stations };
}

function bump(id) {
  const order = open.get(id);
  if (!order) throw new KitchenError(404, `no open order ${id}`);
  open.delete(id);
  bumped.unshift({ id, number: order.number, ticketMs: Date.now() - order.placedAt });
  if (bumped.length > 12) bumped.pop();
  return { id, number: order.number };
}

function getOrder(id) {
  const order = open.get(id);
  if (!order) throw new KitchenError(404, `no open order ${id}`);
  return order;
}

function expo() {
  return { open: open.size, bumped };
}

module.exports = { placeOrder, bump, getOrder, expo, KitchenError };
