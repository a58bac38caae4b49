"use strict";

const { caseFold } = require("./text.cjs");
const { trips } = require("./trips.cjs");

class BookingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const HOLD_MINUTES = 15;

/** Seats held for agencies until paid, by agency and booking reference. */
const holds = new Map();
const counters = { placed: 0, expired: 0 };

function holdKey(agency, ref) {
  // agencies' systems send references in whatever case their staff typed them
  return `${agency}:${caseFold(String(ref).trim())}`;
}

function passengerOf(p) {
  const tckn = String(p.tckn ?? "");
  if (!/^[1-9]\d{10}$/.test(tckn)) throw new BookingError(400, "T.C. kimlik no must be 11 digits");
  return {
    name: String(p.name ?? "").trim(),
    tckn,
    gender: p.gender === "K" ? "K" : "E",
    birthDate: String(p.birthDate ?? ""),
    phone: String(p.phone ?? ""),
  };
}

function placeHold(agency, body) {
  const trip = trips.get(String(body.trip));
  if (!trip) throw new BookingError(404, `no departure ${body.trip}`);
  if (!body.ref) throw new BookingError(400, "a hold needs the agency's booking reference");
  const key = holdKey(agency, body.ref);
  if (holds.has(key)) throw new BookingError(409, `${body.ref} is already held`);
  const passengers = (Array.isArray(body.passengers) ? body.passengers : []).map(passengerOf);
  if (passengers.length === 0 || passengers.length > 6) {
    throw new BookingError(400, "one to six passengers per booking");
  }
  const seats = trip.allocate(passengers.length);
  if (!seats) throw new BookingError(409, `not enough seats on ${trip.id}`);
  passengers.forEach((p, n) => p.seat = seats[n]);
  const now = Date.now();
  const hold = {
    agency,
    ref: String(body.ref).trim(),
    trip: trip.id,
    seats,
    passengers,
    contact: String(body.contact ?? ""),
    fare: { each: trip.fare, total: trip.fare * passengers.length, currency: "TRY" },
    status: "held",
    createdAt: now,
    expiresAt: now + HOLD_MINUTES * 60_000,
  };
  holds.set(key, hold);
  counters.placed++;
  return hold;
}

function findHold(agency, ref) {
  return holds.get(holdKey(agency, ref));
}

function sweepExpired(now) {
  for (const [key, hold] of holds) {
    if (hold.status === "held" && hold.expiresAt <= now) {
      trips.get(hold.trip).free(hold.seats);
      holds.delete(key);
      counters.expired++;
    }
  }
}

/** Ticketed: the seats now belong to the ticket and the hold has done its job. */
function releaseHold(hold) {
  holds.delete(`${hold.agency}:${hold.ref.toLowerCase()}`);
}

setInterval(() => sweepExpired(Date.now()), 250).unref();

function holdStats() {
  return { ...counters, open: [...holds.values()].filter((h) => h.status === "held").length };
}

module.exports = { BookingError, findHold, holdKey, holdStats, placeHold, releaseHold };
