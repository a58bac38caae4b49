import { DOCKS, fare, planFor } from "./fares.mjs";

export class RentalError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const BIKE_ID = /^BK-\d{1,8}$/;
const RECENT_RETURNS = 25;

/** rentalId → the open rental */
const activeRentals = {};
/** bikeId → rentalId (a bike is in one rental at a time) */
const rentalByBike = new Map();
const recentReturns = [];
const today = { rides: 0, minutes: 0, revenueCents: 0 };
let sequence = 0;

function checkDock(dock) {
  if (typeof dock !== "string" || !DOCKS.has(dock)) throw new RentalError(400, "unknown dock");
}

export function startRental(bikeId, { riderId, dock } = {}) {
  if (!BIKE_ID.test(bikeId)) throw new RentalError(400, "invalid bike id");
  if (typeof riderId !== "string" || riderId.length < 3 || riderId.length > 40) {
    throw new RentalError(400, "riderId required");
  }
  checkDock(dock);
  if (rentalByBike.has(bikeId)) throw new RentalError(409, `${bikeId} is already out`);
  const id = `rnt_${Date.now().toString(36)}_${(++sequence).toString(36)}`;
  const rental = {
    id,
    bikeId,
    riderId,
    plan: planFor(riderId),
    fromDock: dock,
    startedAt: Date.now(),
  };
  activeRentals[id] = rental;
  rentalByBike.set(bikeId, id);
  return rental;
}

export function returnBike(bikeId, { dock } = {}) {
  checkDock(dock);
  const id = rentalByBike.get(bikeId);
  const rental = id && activeRentals[id];
  if (!rental) throw new RentalError(404, `${bikeId} is not rented`);
  const endedAt = Date.now();
  const { minutes, cents } = fare(rental.plan, rental.startedAt, endedAt);
  activeRentals[id] = undefined;
  rentalByBike.delete(bikeId);
  today.rides++;
  today.minutes += minutes;
  today.revenueCents += cents;
  const receipt = { rentalId: id, bikeId, from: rental.fromDock, to: dock, minutes, cents };
  recentReturns.unshift(receipt);
  if (recentReturns.length > RECENT_RETURNS) recentReturns.pop();
  return receipt;
}

export function openRentals() {
  return Object.values(activeRentals).filter(Boolean);
}

export function dashboard() {
  return { ...today, out: rentalByBike.size, recentReturns: recentReturns.slice(0, 5) };
}
