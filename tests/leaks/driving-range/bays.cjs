"use strict";

const { price } = require("./pricing.cjs");
const { Timeline } = require("./timeline.cjs");

const BAYS = 48;
const bookings = new Map();
const byBay = new Map();
const timeline = new Timeline();
const takings = { total: 0, sessions: 0 };

class BookingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function overlaps(a, b) {
  return a.slot < b.slot + b.slots && b.slot < a.slot + a.slots;
}

function book(body) {
  const bay = Number(body.bay);
  const slot = Number(body.slot);
  const slots = Number(body.slots ?? 4);
  if (!body.ref || !(bay >= 1 && bay <= BAYS) || !Number.isInteger(slot)) {
    throw new BookingError(400, "ref, bay (1-48) and slot needed");
  }
  if (bookings.has(body.ref)) throw new BookingError(409, `booking ${body.ref} exists`);
  const candidate = { slot, slots };
  const onBay = byBay.get(bay) ?? [];
  if (onBay.some((b) => overlaps(b, candidate))) {
    throw new BookingError(409, `bay ${bay} is taken then`);
  }
  const golfer = { name: body.golfer?.name ?? "walk-in", member: body.golfer?.member ?? null };
  const booking = {
    ref: body.ref,
    bay,
    slot,
    slots,
    golfer,
    buckets: Number(body.buckets ?? 1),
    bucketSize: body.bucketSize === "large" ? "large" : "small",
    status: "booked",
    bookedAt: new Date().toISOString(),
  };
  booking.price = price({ ...booking, member: Boolean(golfer.member) });
  bookings.set(booking.ref, booking);
  onBay.push(booking);
  byBay.set(bay, onBay);
  timeline.insert(booking);
  return booking;
}

function get(ref) {
  const booking = bookings.get(ref);
  if (!booking) throw new BookingError(404, `no booking ${ref}`);
  return booking;
}

function checkIn(ref) {
  const booking = get(ref);
  if (booking.status !== "booked") throw new BookingError(409, `${ref} is ${booking.status}`);
  booking.status = "on-bay";
  booking.checkedInAt = new Date().toISOString();
  booking.dispenserCode = String(100000 + Math.floor(Math.random() * 900000));
  return booking;
}

function checkOut(ref) {
  const booking = get(ref);
  if (booking.status !== "on-bay") throw new BookingError(409, `${ref} is ${booking.status}`);
  booking.status = "done";
  booking.checkedOutAt = new Date().toISOString();
  bookings.delete(ref);
  const onBay = byBay.get(booking.bay).filter((b) => b !== booking);
  if (onBay.length) byBay.set(booking.bay, onBay);
  else byBay.delete(booking.bay);
  timeline.remove(booking);
  takings.total = Math.round((takings.total + booking.price.total) * 100) / 100;
  takings.sessions++;
  return booking;
}

function nextUp(fromSlot, n = 6) {
  return timeline.upcoming(fromSlot, n).map((b) => ({
    ref: b.ref,
    bay: b.bay,
    slot: b.slot,
    golfer: b.golfer.name,
    status: b.status,
  }));
}

function bayStatus(bay) {
  return { bay, bookings: (byBay.get(bay) ?? []).map((b) => ({ ref: b.ref, slot: b.slot })) };
}

module.exports = { BookingError, bayStatus, book, checkIn, checkOut, get, nextUp, takings };
