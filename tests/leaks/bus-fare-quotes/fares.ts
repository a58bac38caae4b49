import { memoize } from "./lib/memo.ts";

export class FareError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface Party {
  adults: number;
  children: number;
}

export interface Trip {
  id: string;
  route: string;
  departs: string;
  seats: number;
  booked: number;
  bookings: { ref: string; party: Party; contact: string; totalMinor: number }[];
}

interface Route {
  code: string;
  from: string;
  to: string;
  via: string[];
  baseMinor: number;
  perStopMinor: number;
}

const routes = new Map<string, Route>([
  ["X90", {
    code: "X90",
    from: "Oxford Gloucester Green",
    to: "London Victoria",
    via: ["Thornhill P&R", "Lewknor", "Hillingdon", "Marble Arch"],
    baseMinor: 1400,
    perStopMinor: 150,
  }],
  ["T6", {
    code: "T6",
    from: "Bristol Bus Station",
    to: "Cardiff Kingsway",
    via: ["Cribbs Causeway", "Newport"],
    baseMinor: 900,
    perStopMinor: 120,
  }],
]);

const trips = new Map<string, Trip>();
const departed: { id: string; route: string; passengers: number; revenueMinor: number }[] = [];

export function partyOf(input: { adults?: unknown; children?: unknown }): Party {
  const adults = Number(input.adults ?? 1);
  const children = Number(input.children ?? 0);
  if (!Number.isInteger(adults) || !Number.isInteger(children) || adults < 0 || children < 0) {
    throw new FareError(400, "adults and children must be whole numbers");
  }
  if (adults + children === 0) throw new FareError(400, "a party needs at least one passenger");
  return { adults, children };
}

export function scheduleTrip(
  body: { id?: string; route?: string; departs?: string; seats?: number },
) {
  const route = routes.get(String(body.route));
  if (!route) throw new FareError(404, `no route ${body.route}`);
  if (!body.id) throw new FareError(400, "a trip needs an id");
  if (trips.has(body.id)) throw new FareError(409, `trip ${body.id} exists`);
  const trip: Trip = {
    id: body.id,
    route: route.code,
    departs: body.departs ?? new Date().toISOString(),
    seats: body.seats ?? 53,
    booked: 0,
    bookings: [],
  };
  trips.set(trip.id, trip);
  return trip;
}

export function getTrip(id: string): Trip {
  const trip = trips.get(id);
  if (!trip) throw new FareError(404, `no trip ${id}`);
  return trip;
}

function loadFactor(trip: Trip) {
  return trip.booked / trip.seats;
}

/** The fare for a party on a trip: dearer as the coach fills up. */
function computeFare(tripId: string, party: Party, promo?: string) {
  const trip = getTrip(tripId);
  const route = routes.get(trip.route)!;
  const adultMinor = route.baseMinor + route.perStopMinor * route.via.length;
  const surge = loadFactor(trip) > 0.75 ? 1.25 : loadFactor(trip) > 0.5 ? 1.1 : 1;
  const breakdown = [
    {
      label: `${party.adults} × adult`,
      amountMinor: Math.round(adultMinor * surge) * party.adults,
    },
    {
      label: `${party.children} × child (half fare)`,
      amountMinor: Math.round((adultMinor * surge) / 2) * party.children,
    },
    { label: "booking fee", amountMinor: 75 },
  ];
  if (promo === "STUDENT10") {
    const sub = breakdown.reduce((n, b) => n + b.amountMinor, 0);
    breakdown.push({ label: "student discount 10%", amountMinor: -Math.round(sub / 10) });
  }
  const quote = {
    trip: trip.id,
    route: route.code,
    from: route.from,
    to: route.to,
    via: route.via,
    departs: trip.departs,
    party,
    promo: promo ?? null,
    currency: "GBP",
    breakdown,
    totalMinor: breakdown.reduce((n, b) => n + b.amountMinor, 0),
    quotedAt: new Date().toISOString(),
  };
  return quote;
}

/** Quotes are asked for over and over while people fiddle with the booking form. */
export const fareFor = memoize(computeFare);

export function book(
  tripId: string,
  body: { adults?: unknown; children?: unknown; contact?: string },
) {
  const trip = getTrip(tripId);
  const party = partyOf(body);
  const seats = party.adults + party.children;
  if (trip.booked + seats > trip.seats) throw new FareError(409, "not enough seats left");
  const quote = fareFor(trip.id, party);
  const ref = `${trip.id}-${trip.bookings.length + 1}`;
  trip.bookings.push({
    ref,
    party,
    contact: String(body.contact ?? ""),
    totalMinor: quote.totalMinor,
  });
  trip.booked += seats;
  // the load factor changed, so the quote this party was shown is out of date
  fareFor.forget(trip.id, party);
  return { ref, trip: trip.id, seats, totalMinor: quote.totalMinor, currency: quote.currency };
}

export function depart(tripId: string) {
  const trip = getTrip(tripId);
  trips.delete(trip.id);
  departed.unshift({
    id: trip.id,
    route: trip.route,
    passengers: trip.booked,
    revenueMinor: trip.bookings.reduce((n, b) => n + b.totalMinor, 0),
  });
  if (departed.length > 20) departed.length = 20;
  return departed[0];
}

export function stats() {
  return { scheduled: trips.size, departed: departed.slice(0, 5), quotesCached: fareFor.size };
}
