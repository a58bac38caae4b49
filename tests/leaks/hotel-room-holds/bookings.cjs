"use strict";

const inventory = require("./inventory.cjs");

// the agents' screen shows the latest bookings; the rest is in the booking DB
const KEPT = 40;

const recent = [];
const byRef = new Map();
let count = 0;

function book(hold, body) {
  const booking = {
    ref: hold.ref,
    hotelId: hold.hotelId,
    roomType: hold.roomType,
    dates: hold.dates,
    totalCents: hold.totalCents,
    guest: { name: body.guestName ?? hold.guestName, email: body.email ?? null, phone: null },
    requests: "",
    status: "confirmed",
    bookedAt: new Date().toISOString(),
  };
  recent.push(booking);
  byRef.set(booking.ref, booking);
  if (recent.length > KEPT) byRef.delete(recent.shift().ref);
  count++;
  return booking;
}

function find(ref) {
  const booking = byRef.get(ref);
  if (!booking) throw new inventory.InventoryError(404, `no recent booking ${ref}`);
  return booking;
}

function amend(ref, patch) {
  const booking = find(ref);
  if (patch.phone !== undefined) booking.guest.phone = String(patch.phone);
  if (patch.email !== undefined) booking.guest.email = String(patch.email);
  if (patch.requests !== undefined) booking.requests = String(patch.requests).slice(0, 500);
  return booking;
}

function cancel(ref) {
  const booking = find(ref);
  if (booking.status !== "cancelled") {
    booking.status = "cancelled";
    inventory.giveBack(booking.hotelId, booking.roomType, booking.dates);
  }
  return booking;
}

module.exports = { amend, book, cancel, stats: () => ({ recent: recent.length, count }) };
