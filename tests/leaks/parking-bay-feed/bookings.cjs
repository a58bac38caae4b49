"use strict";

class BookingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// Levels and bays of the Riverside multi-storey.
const BAYS = new Map();
for (const level of ["L1", "L2", "L3"]) {
  for (let n = 1; n <= 40; n++) {
    const id = `${level}-${String(n).padStart(2, "0")}`;
    BAYS.set(id, { id, level, ev: n <= 4, bookingId: null, occupied: false });
  }
}

const bookings = new Map();
const finished = [];

function change(booking, kind) {
  return {
    bookingId: booking.id,
    bay: booking.bay,
    kind,
    plate: booking.plate,
    at: new Date().toISOString(),
  };
}

function book(body) {
  const id = String(body.id ?? "");
  if (!id) throw new BookingError(400, "booking id required");
  if (bookings.has(id)) throw new BookingError(409, "already booked");
  const bay = [...BAYS.values()].find((b) => !b.bookingId && (!body.ev || b.ev));
  if (!bay) throw new BookingError(409, "car park full");
  bay.bookingId = id;
  const booking = {
    id,
    plate: String(body.plate ?? "").toUpperCase(),
    bay: bay.id,
    from: body.from ?? new Date().toISOString(),
    status: "reserved",
  };
  bookings.set(id, booking);
  return { booking, change: change(booking, "reserved") };
}

function arrive(id) {
  const booking = bookings.get(id);
  if (!booking) throw new BookingError(404, "no such booking");
  BAYS.get(booking.bay).occupied = true;
  booking.status = "parked";
  return { booking, change: change(booking, "occupied") };
}

function depart(id) {
  const booking = bookings.get(id);
  if (!booking) throw new BookingError(404, "no such booking");
  const bay = BAYS.get(booking.bay);
  bay.occupied = false;
  bay.bookingId = null;
  booking.status = "departed";
  bookings.delete(id);
  finished.unshift(booking);
  if (finished.length > 20) finished.pop();
  return { booking, change: change(booking, "freed") };
}

function current(id) {
  const booking = bookings.get(id);
  return booking ? change(booking, booking.status) : null;
}

function occupancy() {
  const levels = {};
  for (const bay of BAYS.values()) {
    levels[bay.level] ??= { free: 0, booked: 0, occupied: 0 };
    if (bay.occupied) levels[bay.level].occupied++;
    else if (bay.bookingId) levels[bay.level].booked++;
    else levels[bay.level].free++;
  }
  return levels;
}

module.exports = { BookingError, arrive, book, current, depart, occupancy };
