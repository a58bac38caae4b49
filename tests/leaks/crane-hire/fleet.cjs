"use strict";

const { EventEmitter } = require("node:events");

const units = (prefix, n) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(2, "0")}`);

// Customers hire a class of crane; the yard assigns a unit when the hire is confirmed.
const CLASSES = {
  "city-35t": { model: "Liebherr LTM 1030", dayRate: 950, units: units("LTM30", 12) },
  "mobile-60t": { model: "Grove GMK4060", dayRate: 1450, units: units("GMK60", 6) },
  "spider-8t": { model: "Spierings SK487", dayRate: 780, units: units("SK487", 4) },
};

class HireError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const bookings = new Map();
const changes = new EventEmitter();

function classOf(id) {
  const craneClass = CLASSES[id];
  if (!craneClass) throw new HireError(404, `unknown crane class ${id}`);
  return craneClass;
}

function freeUnits(classId, from, to) {
  const taken = new Set();
  for (const b of bookings.values()) {
    if (b.craneClass === classId && b.from <= to && from <= b.to) taken.add(b.unit);
  }
  return CLASSES[classId].units.filter((u) => !taken.has(u));
}

function addBooking(quote) {
  const [unit] = freeUnits(quote.craneClass, quote.from, quote.to);
  if (!unit) throw new HireError(409, "no unit of that class is free any more");
  const booking = {
    ...quote,
    id: `BK-${quote.id}`,
    unit,
    status: "confirmed",
    confirmedAt: Date.now(),
  };
  bookings.set(booking.id, booking);
  changes.emit("changed", booking.craneClass);
  return booking;
}

function cancelBooking(id) {
  const booking = bookings.get(id);
  if (!booking) throw new HireError(404, "no such booking");
  bookings.delete(id);
  changes.emit("changed", booking.craneClass);
  return { ...booking, status: "cancelled" };
}

module.exports = { CLASSES, HireError, addBooking, cancelBooking, changes, classOf, freeUnits };
