"use strict";

const { crumb, log } = require("./context.cjs");

class BookingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const BAYS = ["bay-1", "bay-2"];
const active = new Map();
/** Finished tests, newest first: the reception screen shows the last 40. */
const results = [];
const RESULTS_SHOWN = 40;
let certificateNo = 40_000_000;

function book(input) {
  if (!/^[A-Z0-9 ]{2,8}$/.test(input.registration ?? "")) {
    throw new BookingError(422, "registration looks wrong");
  }
  if (!BAYS.includes(input.bay)) throw new BookingError(422, `no ${input.bay}`);
  if (active.has(input.id)) throw new BookingError(409, `${input.id} already booked`);
  const booking = {
    id: input.id,
    registration: input.registration,
    vehicleClass: input.vehicleClass ?? 4,
    slot: input.slot,
    bay: input.bay,
    customer: input.customer,
    status: "booked",
  };
  active.set(booking.id, booking);
  crumb("booked", { booking: booking.id, slot: booking.slot });
  return booking;
}

function checkIn(id, changes) {
  const booking = active.get(id);
  if (!booking) throw new BookingError(404, `no booking ${id}`);
  booking.status = "checked-in";
  booking.mileage = changes.mileage;
  booking.tester = changes.tester;
  crumb("checked in", { booking: id });
  return booking;
}

function recordResult(id, outcome) {
  const booking = active.get(id);
  if (!booking) throw new BookingError(404, `no booking ${id}`);
  if (booking.status !== "checked-in") throw new BookingError(409, "vehicle not checked in");
  active.delete(id);
  const passed = outcome.result === "pass";
  const result = {
    id,
    registration: booking.registration,
    result: outcome.result,
    advisories: (outcome.advisories ?? []).length,
    certificate: passed ? String(++certificateNo) : null,
  };
  results.unshift(result);
  if (results.length > RESULTS_SHOWN) results.length = RESULTS_SHOWN;
  if (!passed) log("info", "failed test", { booking: id });
  return result;
}

function reception() {
  return { active: active.size, results: results.slice(0, 8) };
}

module.exports = { BookingError, book, checkIn, reception, recordResult };
