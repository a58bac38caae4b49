import { telematics } from "./telematics.mjs";
import { pickCar, releaseCar } from "./fleet.mjs";
import { RecordStore } from "./store.mjs";

const CENTS_PER_MINUTE = 32;
const CENTS_PER_KM = 29;
const PATH_POINTS = 20;

/** Bookings made ahead (plain records from the app) and trips under way, by id. */
const trips = new RecordStore("trip");
const receipts = [];

export class Trip {
  #stopWatching = null;

  constructor({ id, member, car }) {
    this.id = id;
    this.member = member;
    this.car = { id: car.id, model: car.model, from: car.spot };
    this.status = "driving";
    this.startedAt = Date.now();
    this.startKm = car.odometerKm;
    this.odometerKm = car.odometerKm;
    this.path = [];
    this.version = 1;
  }

  /** Follows the car's pings for the member's live map. */
  watch() {
    this.#stopWatching = telematics.watch(this.car.id, (ping) => this.record(ping));
  }

  record(ping) {
    this.odometerKm = ping.odometerKm;
    this.path.push({ at: ping.at, ...ping.position, speedKmh: ping.speedKmh });
    if (this.path.length > PATH_POINTS) this.path.shift();
  }

  stopWatching() {
    this.#stopWatching?.();
    this.#stopWatching = null;
  }
}

export function book({ id, member, at }) {
  return trips.insert({ id, member, status: "booked", bookedFor: at, version: 1 });
}

export function start({ id, member }) {
  const existing = trips.get(id);
  if (existing && existing.status !== "booked") return { status: 409, error: "trip under way" };
  const car = pickCar();
  if (!car) return { status: 503, error: "no car free in this zone" };
  if (existing) trips.remove(id);
  const trip = new Trip({ id, member: member ?? existing.member, car });
  car.busyWith = id;
  trip.watch();
  trips.insert(trip);
  return { trip };
}

/** A stop on the way (shopping, picking someone up): the car stays reserved. */
export function park(id, near) {
  const trip = trips.get(id);
  if (!trip || trip.status === "booked") return undefined;
  return trips.update(id, { status: "parked", parkedAt: Date.now(), parkedNear: near });
}

export function resume(id) {
  const trip = trips.get(id);
  if (!trip || trip.status !== "parked") return undefined;
  return trips.update(id, { status: "driving", parkedAt: null });
}

/** Ends a trip (or cancels a booking that never started). */
export function finish(id, { spot, chargePct }) {
  const trip = trips.get(id);
  if (!trip) return undefined;
  trip.stopWatching?.();
  trips.remove(id);
  if (trip.status === "booked") return { id, cancelled: true };
  releaseCar(trip.car.id, spot);
  const minutes = Math.max(1, Math.ceil((Date.now() - trip.startedAt) / 60_000));
  const km = Math.round((trip.odometerKm - trip.startKm) * 10) / 10;
  const receipt = {
    id,
    member: trip.member.number,
    car: trip.car.id,
    minutes,
    km,
    chargePct,
    totalCents: minutes * CENTS_PER_MINUTE + Math.round(km * CENTS_PER_KM),
  };
  receipts.push(receipt);
  if (receipts.length > 50) receipts.shift();
  return receipt;
}

export function view(id) {
  const trip = trips.get(id);
  if (!trip) return undefined;
  const { status, car, path, parkedNear } = trip;
  return { id, status, car, parkedNear, lastPosition: path?.at(-1) ?? null };
}

export function stats() {
  return { open: trips.size, receipts: receipts.length, pings: telematics.pings };
}
