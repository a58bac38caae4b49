import { enqueue } from "./outbox.ts";

export class BookingError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Sailing {
  id: string;
  route: string;
  from: string;
  to: string;
  departs: string;
  vessel: string;
  currency: string;
  fareCents: { foot: number; car: number; cabin: number };
  capacity: number;
  booked: number;
}

export interface Booking {
  reference: string;
  sailingId: string;
  lead: string;
  passengers: number;
  vehicle: string | null;
  cabin: boolean;
  totalCents: number;
  createdAt: string;
}

const SAILINGS: Sailing[] = [
  {
    id: "HVH-HWC-0815",
    route: "hvh-hwc",
    from: "Hoek van Holland",
    to: "Harwich",
    departs: "08:15",
    vessel: "Stena Hollandica",
    currency: "EUR",
    fareCents: { foot: 4900, car: 11900, cabin: 6500 },
    capacity: 1200,
    booked: 0,
  },
  {
    id: "HVH-HWC-2200",
    route: "hvh-hwc",
    from: "Hoek van Holland",
    to: "Harwich",
    departs: "22:00",
    vessel: "Stena Britannica",
    currency: "EUR",
    fareCents: { foot: 4500, car: 10900, cabin: 7900 },
    capacity: 1200,
    booked: 0,
  },
  {
    id: "IJM-NCL-1730",
    route: "ijm-ncl",
    from: "IJmuiden",
    to: "Newcastle",
    departs: "17:30",
    vessel: "King Seaways",
    currency: "GBP",
    fareCents: { foot: 5900, car: 14900, cabin: 9900 },
    capacity: 900,
    booked: 0,
  },
];

const bookings = new Map<string, Booking>();

export function sailingsOn(route: string): Sailing[] {
  return SAILINGS.filter((s) => s.route === route);
}

export function book(input: Record<string, unknown>): Booking {
  const reference = String(input.reference ?? "");
  if (!/^[a-z0-9-]{4,32}$/.test(reference)) throw new BookingError(400, "invalid reference");
  if (bookings.has(reference)) throw new BookingError(409, `${reference} exists`);
  const sailing = SAILINGS.find((s) => s.id === input.sailing);
  if (!sailing) throw new BookingError(404, `no sailing ${input.sailing}`);
  const passengers = Number(input.passengers ?? 1);
  if (!Number.isInteger(passengers) || passengers < 1 || passengers > 9) {
    throw new BookingError(400, "passengers must be 1–9");
  }
  if (sailing.booked + passengers > sailing.capacity) throw new BookingError(409, "sold out");
  const vehicle = typeof input.vehicle === "string" ? input.vehicle.toUpperCase() : null;
  const cabin = input.cabin === true;
  const totalCents = passengers * sailing.fareCents.foot +
    (vehicle ? sailing.fareCents.car : 0) + (cabin ? sailing.fareCents.cabin : 0);
  const booking: Booking = {
    reference,
    sailingId: sailing.id,
    lead: String(input.lead ?? ""),
    passengers,
    vehicle,
    cabin,
    totalCents,
    createdAt: new Date().toISOString(),
  };
  sailing.booked += passengers;
  bookings.set(reference, booking);
  enqueue("booking.confirmed", { reference, sailing: sailing.id, passengers, vehicle });
  return booking;
}

export function getBooking(reference: string): Booking {
  const booking = bookings.get(reference);
  if (!booking) throw new BookingError(404, `no booking ${reference}`);
  return booking;
}

export function cancel(reference: string) {
  const booking = getBooking(reference);
  bookings.delete(reference);
  const sailing = SAILINGS.find((s) => s.id === booking.sailingId)!;
  sailing.booked -= booking.passengers;
  enqueue("booking.cancelled", { reference, sailing: sailing.id });
  return { reference, status: "cancelled", refundCents: Math.round(booking.totalCents * 0.8) };
}
