"use strict";

const { Lru } = require("./lib/lru.cjs");
const { quoteFare, place, km } = require("./fares.cjs");

class DispatchError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const TRIPS_KEPT = 30;

function fleet(prefix, where) {
  return where.map((code, i) => ({
    id: `${prefix}${String(i + 1).padStart(2, "0")}`,
    at: code,
    busyWith: null,
    trips: 0,
  }));
}

function firm(id, name, webhookUrl, tariff, drivers) {
  return {
    id,
    name,
    webhookUrl,
    tariff,
    drivers,
    quotes: new Lru({ max: 40, maxAgeMs: 10 * 60_000 }),
    bookings: new Map(),
    recentTrips: [],
  };
}

const firms = new Map([
  [
    "aire-valley-cars",
    firm(
      "aire-valley-cars",
      "Aire Valley Cars",
      "https://dispatch.airevalleycars.example/hooks/bookings",
      {
        flag: 350,
        perKm: 145,
        minimum: 600,
        nightMultiplier: 1.5,
        largeVehicle: 400,
        airport: 250,
      },
      fleet("AV", ["LS1", "LS6", "LS11", "LS16", "LS25", "LS1", "LS6", "LS11", "LS16", "LBA"]),
    ),
  ],
  [
    "headingley-taxis",
    firm(
      "headingley-taxis",
      "Headingley Taxis",
      "https://api.headingleytaxis.example/webhook",
      {
        flag: 300,
        perKm: 160,
        minimum: 550,
        nightMultiplier: 1.4,
        largeVehicle: 500,
        airport: 300,
      },
      fleet("HT", ["LS6", "LS6", "LS16", "LS1", "LS11"]),
    ),
  ],
]);

function firmOr404(id) {
  const f = firms.get(id);
  if (!f) throw new DispatchError(404, `no firm ${id}`);
  return f;
}

function quote(f, body) {
  if (!body.quoteId) throw new DispatchError(400, "quoteId is required");
  const fare = quoteFare(f, body);
  const q = {
    id: body.quoteId,
    firm: f.id,
    pickup: body.pickup,
    dropoff: body.dropoff,
    when: body.when ?? new Date().toISOString(),
    passengers: body.passengers ?? 1,
    ...fare,
    quotedAt: new Date().toISOString(),
  };
  f.quotes.set(q.id, q);
  return q;
}

function nearestFree(f, code) {
  const from = place(code);
  let best = null;
  let bestKm = Infinity;
  for (const d of f.drivers) {
    if (d.busyWith) continue;
    const dist = km(place(d.at), from);
    if (dist < bestKm) [best, bestKm] = [d, dist];
  }
  return best;
}

function book(f, body) {
  const q = f.quotes.get(body.quoteId);
  if (!q) throw new DispatchError(409, "quote expired, ask for a new one");
  if (!body.ref || f.bookings.has(body.ref)) {
    throw new DispatchError(409, "missing or duplicate ref");
  }
  const driver = nearestFree(f, q.pickup);
  const booking = {
    ref: body.ref,
    quote: q,
    passenger: body.passenger,
    notes: body.notes ?? "",
    driver: driver?.id ?? null,
    status: driver ? "assigned" : "waiting",
    bookedAt: new Date().toISOString(),
  };
  if (driver) driver.busyWith = booking.ref;
  f.quotes.delete(q.id);
  f.bookings.set(booking.ref, booking);
  return booking;
}

function bookingOr404(f, ref) {
  const b = f.bookings.get(ref);
  if (!b) throw new DispatchError(404, `no live booking ${ref}`);
  return b;
}

function complete(f, ref, body) {
  const b = bookingOr404(f, ref);
  f.bookings.delete(ref);
  const driver = f.drivers.find((d) => d.id === b.driver);
  if (driver) {
    driver.busyWith = null;
    driver.at = b.quote.dropoff;
    driver.trips++;
  }
  const trip = {
    ref,
    driver: b.driver,
    from: b.quote.pickup,
    to: b.quote.dropoff,
    km: b.quote.km,
    pence: Number(body.pence ?? b.quote.pence),
    paid: body.paid ?? "account",
    completedAt: new Date().toISOString(),
  };
  f.recentTrips.unshift(trip);
  if (f.recentTrips.length > TRIPS_KEPT) f.recentTrips.length = TRIPS_KEPT;
  return trip;
}

module.exports = { DispatchError, firms, firmOr404, quote, book, bookingOr404, complete };
