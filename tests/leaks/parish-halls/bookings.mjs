import { GROUP_DISCOUNT, HALLS, hoursBetween } from "./halls.mjs";

export class BookingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const HOLD_MS = 200; // the online form holds a slot while the secretary pays the deposit

const holds = new Map(); // hold id -> hold
const holdTimers = new Map(); // hold id -> expiry timer
const bookings = new Map(); // booking id -> booking
const byHallDay = new Map(); // hall -> Map(date -> Set(booking id))
const cancellations = [];
let availabilityVersion = 0;

export function version() {
  return availabilityVersion;
}

export function placeHold(body) {
  const hall = HALLS[body.hall];
  if (!hall) throw new BookingError(404, `no hall ${body.hall}`);
  if (!body.id || holds.has(body.id) || bookings.has(body.id)) {
    throw new BookingError(409, "hold id taken");
  }
  const hours = hoursBetween(body.from, body.to);
  if (!(hours > 0)) throw new BookingError(422, "the booking must end after it starts");
  const hold = {
    id: body.id,
    hall: hall.id,
    date: body.date,
    from: body.from,
    to: body.to,
    hours,
    group: body.group,
    groupType: body.groupType ?? "private",
    contact: body.contact,
    heldAt: Date.now(),
  };
  holds.set(hold.id, hold);
  const timer = setTimeout(() => {
    holdTimers.delete(hold.id);
    holds.delete(hold.id);
  }, HOLD_MS);
  holdTimers.set(hold.id, timer);
  return { id: hold.id, expiresInMs: HOLD_MS };
}

export function confirmHold(id) {
  const hold = holds.get(id);
  if (!hold) throw new BookingError(410, `hold ${id} has lapsed`);
  clearTimeout(holdTimers.get(id));
  holdTimers.delete(id);
  holds.delete(id);
  const booking = new Booking(hold);
  bookings.set(id, booking);
  let days = byHallDay.get(hold.hall);
  if (!days) byHallDay.set(hold.hall, days = new Map());
  let ids = days.get(hold.date);
  if (!ids) days.set(hold.date, ids = new Set());
  ids.add(id);
  availabilityVersion++;
  return { id, hall: hold.hall, date: hold.date, total: booking.invoice.total };
}

export function cancelBooking(id, reason) {
  const booking = bookings.get(id);
  if (!booking) throw new BookingError(404, `no booking ${id}`);
  bookings.delete(id);
  const days = byHallDay.get(booking.hall);
  const ids = days?.get(booking.date);
  ids?.delete(id);
  if (ids && ids.size === 0) days.delete(booking.date);
  if (days && days.size === 0) byHallDay.delete(booking.hall);
  availabilityVersion++;
  cancellations.unshift({
    id,
    reason,
    refund: booking.invoice.deposit,
    at: new Date().toISOString(),
  });
  if (cancellations.length > 20) cancellations.pop();
  return { id, refund: booking.invoice.deposit };
}

export function bookingOf(id) {
  const booking = bookings.get(id);
  if (!booking) throw new BookingError(404, `no booking ${id}`);
  return booking;
}

export function bookedOn(hallId, date) {
  const ids = byHallDay.get(hallId)?.get(date);
  if (!ids) return [];
  return [...ids].map((id) => {
    const b = bookings.get(id);
    return { from: b.from, to: b.to, group: b.group };
  });
}

export function recentCancellations() {
  return cancellations.slice(0, 10);
}

class Booking {
  #invoice;

  constructor(hold) {
    Object.assign(this, hold);
    this.confirmedAt = Date.now();
  }

  /** Worked out once, on first use. */
  get invoice() {
    if (!this.#invoice) {
      const hall = HALLS[this.hall];
      const hire = Math.round(
        this.hours * hall.ratePerHour * (1 - (GROUP_DISCOUNT[this.groupType] ?? 0)) * 100,
      ) /
        100;
      this.#invoice = { hire, deposit: hall.deposit, total: hire + hall.deposit };
    }
    return this.#invoice;
  }
}
