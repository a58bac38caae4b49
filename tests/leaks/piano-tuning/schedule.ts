import { type GeoPoint, type TravelEstimate, travelTime } from "./travel.ts";

export interface Booking {
  id: string;
  technician: string;
  customer: { name: string; phone: string };
  address: { line1: string; town: string; location: GeoPoint };
  instrument: { kind: "upright" | "grand" | "digital"; maker: string; year?: number };
  start: string;
  durationMin: number;
  status: "booked" | "done";
  outbound?: TravelEstimate;
  homeward?: TravelEstimate;
  report?: { pitchBefore: string; pitchAfter: string; notes: string };
}

export class BookingError extends Error {
  constructor(message: string, readonly status = 422) {
    super(message);
  }
}

const WORKSHOP: GeoPoint = { lat: 51.4545, lon: -2.5879 };
const TECHNICIANS = new Set(["T-01", "T-02", "T-03", "T-04"]);
const DURATION = { upright: 90, grand: 120, digital: 45 };

const bookings = new Map<string, Booking>();
const finished: Booking[] = [];

export function book(body: Partial<Booking>): Booking {
  if (!body.id || bookings.has(body.id)) throw new BookingError("a new booking id is required");
  if (!TECHNICIANS.has(String(body.technician))) throw new BookingError("unknown technician");
  const location = body.address?.location;
  if (!location || typeof location.lat !== "number" || typeof location.lon !== "number") {
    throw new BookingError("the address needs a location");
  }
  const start = new Date(String(body.start));
  if (Number.isNaN(start.getTime())) throw new BookingError("start must be a date-time");
  const kind = body.instrument?.kind ?? "upright";
  const durationMin = DURATION[kind] ?? 90;

  const outbound = travelTime(WORKSHOP, location, new Date(start.getTime() - 60 * 60_000));
  const end = new Date(start.getTime() + durationMin * 60_000);
  const booking: Booking = {
    id: body.id,
    technician: String(body.technician),
    customer: { name: "", phone: "", ...body.customer },
    address: { line1: "", town: "", ...body.address, location },
    instrument: { maker: "unknown", ...body.instrument, kind },
    start: start.toISOString(),
    durationMin,
    status: "booked",
    outbound,
    homeward: travelTime(location, WORKSHOP, end),
  };
  bookings.set(booking.id, booking);
  return booking;
}

export function find(id: string): Booking {
  const booking = bookings.get(id);
  if (!booking) throw new BookingError(`no booking ${id}`, 404);
  return booking;
}

/** Refreshes the travel estimates (the technician app calls this on the morning of the visit). */
export function refreshTravel(id: string): Booking {
  const b = find(id);
  const start = new Date(b.start);
  b.outbound = travelTime(WORKSHOP, b.address.location, new Date(start.getTime() - 60 * 60_000));
  b.homeward = travelTime(
    b.address.location,
    WORKSHOP,
    new Date(start.getTime() + b.durationMin * 60_000),
  );
  return b;
}

export function complete(id: string, report: Booking["report"]): Booking {
  const b = find(id);
  b.status = "done";
  b.report = report;
  bookings.delete(id);
  finished.unshift(b);
  if (finished.length > 20) finished.length = 20;
  return b;
}

export function day(technician: string) {
  const visits = [...bookings.values()].filter((b) => b.technician === technician)
    .sort((a, b) => a.start.localeCompare(b.start));
  const driving = visits.reduce(
    (n, b) => n + (b.outbound?.minutes ?? 0) + (b.homeward?.minutes ?? 0),
    0,
  );
  return {
    technician,
    visits: visits.map((b) => ({ id: b.id, start: b.start, town: b.address.town })),
    driving,
  };
}

export function board() {
  return { open: bookings.size, estimatesCached: travelTime.size, recent: finished.slice(0, 5) };
}
