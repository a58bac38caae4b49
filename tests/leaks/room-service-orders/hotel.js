"use strict";

const { menuFor } = require("./menu.js");
const { priceOrder } = require("./charges.js");

const stays = new Map();
const kitchen = new Map();
const checkedOut = [];
const CHECKED_OUT_KEPT = 20;

function checkIn({ stay, room, guest, nights }) {
  if (stays.has(stay)) return { error: `${stay} is already in house` };
  const record = { stay, room, guest, nights, folio: [], arrivedAt: new Date().toISOString() };
  stays.set(stay, record);
  return { stay: record };
}

function findStay(id) {
  return stays.get(id);
}

function placeOrder(stay, { order, daypart, items, allergies }) {
  if (kitchen.has(order)) return { error: `${order} is already with the kitchen` };
  const notices = [];
  const priced = priceOrder({ items, allergies: allergies ?? [] }, menuFor(daypart), notices);
  const ticket = {
    order,
    stay: stay.stay,
    room: stay.room,
    lines: priced.lines,
    totalCents: priced.netCents + priced.vatCents,
    notices,
    placedAt: new Date().toISOString(),
  };
  kitchen.set(order, ticket);
  return { ticket };
}

function delivered(orderId) {
  const ticket = kitchen.get(orderId);
  if (!ticket) return { error: "no such ticket" };
  kitchen.delete(orderId);
  const stay = stays.get(ticket.stay);
  if (stay) {
    stay.folio.push({
      order: ticket.order,
      cents: ticket.totalCents,
      at: new Date().toISOString(),
    });
  }
  return { delivered: ticket.order, room: ticket.room };
}

function checkOut(stay) {
  const totalCents = stay.folio.reduce((sum, charge) => sum + charge.cents, 0);
  stays.delete(stay.stay);
  checkedOut.push({ stay: stay.stay, room: stay.room, totalCents, at: new Date().toISOString() });
  if (checkedOut.length > CHECKED_OUT_KEPT) checkedOut.shift();
  return { stay: stay.stay, charges: stay.folio.length, totalCents };
}

function kitchenBoard() {
  return {
    open: [...kitchen.values()].slice(0, 12).map((t) => ({
      order: t.order,
      room: t.room,
      lines: t.lines.length,
    })),
    inHouse: stays.size,
    recentCheckouts: checkedOut.slice(-5),
  };
}

module.exports = { checkIn, checkOut, delivered, findStay, kitchenBoard, placeOrder };
