"use strict";

const inventory = require("./inventory.cjs");

// a room is held while the guest is on the payment page; the PSP answers well within this
const HOLD_MS = 200;
const SWEEP_MS = 100;

const holds = new Map();

function placeHold(body) {
  if (!body.ref || !body.hotelId || !body.roomType || !body.checkIn) {
    throw new inventory.InventoryError(400, "ref, hotelId, roomType, checkIn required");
  }
  if (holds.has(body.ref)) throw new inventory.InventoryError(409, `hold ${body.ref} exists`);
  const dates = inventory.nightsOf(body.checkIn, Number(body.nights ?? 1));
  const rate = inventory.rateFor(body.hotelId, body.roomType);
  inventory.take(body.hotelId, body.roomType, dates);
  const hold = {
    ref: body.ref,
    hotelId: body.hotelId,
    roomType: body.roomType,
    dates,
    rateCents: rate,
    totalCents: rate * dates.length,
    guestName: body.guestName ?? "",
    heldAt: Date.now(),
    expiresAt: Date.now() + HOLD_MS,
  };
  holds.set(hold.ref, hold);
  return hold;
}

/** Takes the hold out for a booking; the room stays taken. */
function claim(ref) {
  const hold = holds.get(ref);
  if (!hold || hold.expiresAt <= Date.now()) return undefined;
  holds.delete(ref);
  return hold;
}

function sweep(now = Date.now()) {
  for (const [ref, hold] of holds) {
    if (hold.expiresAt <= now) {
      holds.delete(ref);
      inventory.giveBack(hold.hotelId, hold.roomType, hold.dates);
    }
  }
}

const sweeper = setInterval(sweep, SWEEP_MS);
sweeper.unref();

module.exports = { claim, placeHold, pendingHolds: () => holds.size };
