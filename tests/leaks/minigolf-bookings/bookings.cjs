"use strict";

const { HoldBook } = require("./holds.cjs");

class BookingError extends Error {
  constructor(status, message, fields) {
    super(message);
    this.status = status;
    this.fields = fields;
  }
}

const COURSES = new Map([
  ["pirate-cove", { name: "Pirate Cove (18 holes)", pricePerPlayer: 950 }],
  ["jungle", { name: "Jungle Falls (9 holes)", pricePerPlayer: 650 }],
]);
// players on the course per tee-off hour
const CAPACITY = 64;

const holds = new HoldBook(CAPACITY);
/** Bookings by reference; cancelled ones leave. */
const bookings = new Map();
/** Booked players per slot. */
const bookedPlayers = new Map();
const counters = { booked: 0, cancelled: 0, rejected: 0, full: 0 };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkDetails(req) {
  const problems = {};
  if (!req.lead || String(req.lead).trim().length < 2) problems.lead = "lead booker's name";
  if (!EMAIL.test(String(req.email ?? ""))) problems.email = "a valid email address";
  if (!Array.isArray(req.names) || req.names.length !== req.players) {
    problems.names = "a name for every player (for the scorecards)";
  }
  if (req.players > 6) problems.players = "at most 6 players per group";
  return Object.keys(problems).length ? problems : null;
}

function book(req) {
  const course = COURSES.get(req.course);
  if (!course) throw new BookingError(404, `no course ${req.course}`);
  if (!req.reference) throw new BookingError(400, "a reference is needed");
  if (bookings.has(req.reference)) throw new BookingError(409, `${req.reference} is booked`);
  const players = Number(req.players) || 0;
  if (players < 1) throw new BookingError(400, "at least one player");
  const slot = `${req.course}@${req.slot}`;

  // hold the places first so two kiosks can't sell the last ones twice
  const hold = holds.place(req.course, slot, players, bookedPlayers.get(slot) ?? 0, {
    origin: req.origin ?? "web",
    lead: String(req.lead ?? ""),
    email: String(req.email ?? ""),
  });
  if (!hold) {
    counters.full++;
    throw new BookingError(409, `${req.slot} is full`);
  }
  const problems = checkDetails({ ...req, players });
  if (problems) {
    holds.release(hold.id);
    counters.rejected++;
    throw new BookingError(422, "please check the highlighted fields", problems);
  }
  holds.confirm(hold);
  const booking = {
    reference: req.reference,
    course: req.course,
    slot,
    players,
    lead: req.lead,
    email: req.email,
    names: req.names.slice(),
    totalPence: players * course.pricePerPlayer,
    bookedAt: new Date().toISOString(),
  };
  bookings.set(booking.reference, booking);
  bookedPlayers.set(slot, (bookedPlayers.get(slot) ?? 0) + players);
  counters.booked++;
  return booking;
}

function cancel(reference) {
  const booking = bookings.get(reference);
  if (!booking) throw new BookingError(404, `no booking ${reference}`);
  bookings.delete(reference);
  bookedPlayers.set(booking.slot, bookedPlayers.get(booking.slot) - booking.players);
  counters.cancelled++;
  return { reference, cancelled: true };
}

function slotView(course, time) {
  const slot = `${course}@${time}`;
  const booked = bookedPlayers.get(slot) ?? 0;
  return {
    slot,
    booked,
    held: holds.held(slot),
    free: CAPACITY - booked - holds.held(slot),
    holding: holds.holding(slot),
  };
}

module.exports = { BookingError, book, cancel, slotView, counters };
