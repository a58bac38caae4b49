"use strict";
const crypto = require("node:crypto");

const SITE = "utrecht-cs-west";
const lockers = new Map();
for (let n = 1; n <= 24; n++) {
  const id = `L-${String(n).padStart(2, "0")}`;
  lockers.set(id, { id, size: n <= 8 ? "S" : n <= 18 ? "M" : "L", parcel: null, pinHash: null });
}

const hashPin = (pin) => crypto.createHash("sha256").update(pin).digest("hex");

function deposit(lockerId, parcel) {
  const locker = lockers.get(lockerId);
  if (!locker) return { status: 404, error: "no such locker" };
  if (locker.parcel) return { status: 409, error: "locker occupied" };
  const pin = String(crypto.randomInt(100000, 999999));
  locker.parcel = parcel;
  locker.pinHash = hashPin(pin);
  return { status: 201, locker: locker.id, pin };
}

function collect(lockerId, parcel) {
  const locker = lockers.get(lockerId);
  if (!locker) return { status: 404, error: "no such locker" };
  if (locker.parcel !== parcel) return { status: 409, error: "parcel not in this locker" };
  locker.parcel = null;
  locker.pinHash = null;
  return { status: 200, locker: locker.id, parcel };
}

function describe(lockerId) {
  const locker = lockers.get(lockerId);
  return locker && { id: locker.id, site: SITE, size: locker.size, occupied: !!locker.parcel };
}

module.exports = { SITE, deposit, collect, describe };
