"use strict";

class LockerError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const LOCKERS = new Map([
  ["AMS-CS-01", { id: "AMS-CS-01", address: "Stationsplein 1, Amsterdam", compartments: 48 }],
  ["UTR-CS-02", { id: "UTR-CS-02", address: "Stationshal 12, Utrecht", compartments: 32 }],
  ["RTD-BL-03", { id: "RTD-BL-03", address: "Binnenrotte 101, Rotterdam", compartments: 24 }],
]);

const PICKUP_DAYS = 7;

/** Parcels waiting in a compartment, by tracking number. */
const parcels = new Map();
/** The courier app's per-locker view: which parcels are in which locker. */
const parcelsByLocker = new Map();
const freeCompartments = new Map([...LOCKERS.values()].map((l) => [l.id, l.compartments]));

function lockerOrThrow(lockerId) {
  const locker = LOCKERS.get(lockerId);
  if (!locker) throw new LockerError(404, `unknown locker ${lockerId}`);
  return locker;
}

function deposit(lockerId, { tracking, recipient, postcode, size }) {
  const locker = lockerOrThrow(lockerId);
  if (parcels.has(tracking)) throw new LockerError(409, `${tracking} is already in a locker`);
  const free = freeCompartments.get(locker.id);
  if (free === 0) throw new LockerError(507, `${locker.id} is full`);

  const parcel = {
    tracking,
    lockerId: locker.id,
    compartment: locker.compartments - free + 1,
    recipient,
    postcode: postcode.replace(/\s+/g, "").toUpperCase(),
    size,
    status: "waiting",
    depositedAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + PICKUP_DAYS * 86_400_000).toISOString(),
  };
  parcels.set(tracking, parcel);
  freeCompartments.set(locker.id, free - 1);

  let waiting = parcelsByLocker.get(locker.id);
  if (!waiting) parcelsByLocker.set(locker.id, waiting = []);
  waiting.push(parcel);
  return parcel;
}

function collect({ tracking, postcode }) {
  const parcel = parcels.get(tracking);
  if (!parcel) throw new LockerError(404, `no parcel ${tracking} waiting`);
  if (parcel.postcode !== postcode.replace(/\s+/g, "").toUpperCase()) {
    throw new LockerError(403, "postcode does not match");
  }
  parcel.status = "collected";
  parcel.collectedAt = new Date().toISOString();
  parcels.delete(tracking);
  freeCompartments.set(parcel.lockerId, freeCompartments.get(parcel.lockerId) + 1);
  return parcel;
}

function waitingIn(lockerId) {
  lockerOrThrow(lockerId);
  const list = parcelsByLocker.get(lockerId) ?? [];
  return list.filter((p) => p.status === "waiting");
}

function occupancy() {
  return [...LOCKERS.values()].map((l) => ({
    id: l.id,
    compartments: l.compartments,
    free: freeCompartments.get(l.id),
  }));
}

module.exports = { LockerError, collect, deposit, occupancy, waitingIn };
