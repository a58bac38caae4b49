import { quoteStay } from "./hotels.mjs";

const RECENT_KEPT = 50;

export class ReservationError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// the agent desk looks reservations up for a while after booking; older ones come from the DB
const recent = new Map();

export function createReservation(body) {
  const nights = Number(body.nights ?? 1);
  const stay = quoteStay(body.hotelId, body.roomType, nights);
  if (!stay) throw new ReservationError(422, "no such hotel or room type");
  if (!body.ref || !body.guest?.lastName) throw new ReservationError(400, "ref and guest required");
  if (recent.has(body.ref)) throw new ReservationError(409, `reservation ${body.ref} exists`);

  const reservation = {
    ref: body.ref,
    status: "pending",
    stay,
    checkIn: body.checkIn,
    checkOut: addDays(body.checkIn, nights),
    guest: {
      firstName: body.guest.firstName ?? "",
      lastName: body.guest.lastName,
      email: body.guest.email ?? null,
      phone: body.guest.phone ?? null,
    },
    specialRequests: body.specialRequests ?? "",
    createdAt: new Date().toISOString(),
    partnerConfirmation: null,
    history: [{ at: Date.now(), status: "pending" }],
  };
  recent.set(reservation.ref, reservation);
  if (recent.size > RECENT_KEPT) recent.delete(recent.keys().next().value);
  return reservation;
}

export function findReservation(ref) {
  return recent.get(ref);
}

export function setStatus(reservation, status, extra = {}) {
  reservation.status = status;
  Object.assign(reservation, extra);
  reservation.history.push({ at: Date.now(), status });
}

function addDays(isoDate, days) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new ReservationError(400, "checkIn must be YYYY-MM-DD");
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
