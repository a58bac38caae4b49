import { BookingError, seminar } from "./catalogue.mjs";
import { SeatPricer } from "./pricing.mjs";

const bookings = new Map();
let cancelled = 0;

function withPricer(seminarId, request, fn) {
  const pricer = new SeatPricer(seminar(seminarId), request);
  try {
    return fn(pricer);
  } finally {
    pricer.dispose();
  }
}

function attendeesOf(body) {
  if (!Array.isArray(body.attendees) || body.attendees.length === 0) {
    throw new BookingError(400, "at least one attendee");
  }
  return body.attendees.map((a) => ({
    name: String(a.name),
    email: String(a.email),
    dietary: a.dietary ? String(a.dietary) : undefined,
  }));
}

export function quote(seminarId, body) {
  return withPricer(
    seminarId,
    { attendees: attendeesOf(body), member: Boolean(body.member) },
    (p) => p.quote(),
  );
}

export function book(body) {
  if (!body.id) throw new BookingError(400, "id is required");
  if (bookings.has(body.id)) throw new BookingError(409, `booking ${body.id} exists`);
  const attendees = attendeesOf(body);
  const priced = withPricer(
    body.seminar,
    { attendees, member: Boolean(body.member) },
    (p) => p.quote(),
  );
  const s = seminar(body.seminar);
  s.booked += attendees.length;
  const booking = {
    id: body.id,
    seminar: s.id,
    organisation: body.organisation,
    purchaseOrder: body.purchaseOrder,
    attendees,
    member: Boolean(body.member),
    total: priced.total,
    status: "booked",
  };
  bookings.set(booking.id, booking);
  return { id: booking.id, total: booking.total, seatsLeft: s.available };
}

export function amend(id, body) {
  const booking = bookings.get(id);
  if (!booking) throw new BookingError(404, `no booking ${id}`);
  const attendees = body.attendees ? attendeesOf(body) : booking.attendees;
  const s = seminar(booking.seminar);
  // give back the current seats while pricing the new list, so a same-size swap always fits
  s.booked -= booking.attendees.length;
  try {
    const priced = withPricer(
      booking.seminar,
      { attendees, member: booking.member },
      (p) => p.quote(),
    );
    booking.attendees = attendees;
    booking.total = priced.total;
  } finally {
    s.booked += booking.attendees.length;
  }
  return { id, seats: booking.attendees.length, total: booking.total };
}

export function cancel(id) {
  const booking = bookings.get(id);
  if (!booking) throw new BookingError(404, `no booking ${id}`);
  bookings.delete(id);
  seminar(booking.seminar).booked -= booking.attendees.length;
  cancelled++;
  return { id, status: "cancelled", refund: booking.total };
}

export function stats() {
  return { open: bookings.size, cancelled };
}
