import BiMap from "./node_modules/bimap-lite/index.js";
import { interviewerFor, roles } from "./panels.mjs";

export class BookingError extends Error {
  constructor(message, status = 422) {
    super(message);
    this.status = status;
  }
}

/** Calendar slot id ↔ booking: one interview per slot, one slot per interview. */
export const slotBookings = new BiMap();
const bookingsById = new Map();
const outcomes = [];
const MAX_OUTCOMES = 30;
export const stats = { booked: 0, rescheduled: 0, completed: 0, cancelled: 0 };

function checkSlot(slot) {
  if (!slot?.id || !/^cal_[\w-]{3,60}$/.test(slot.id)) throw new BookingError("slot id required");
  if (Number.isNaN(Date.parse(slot.startsAt))) throw new BookingError("slot startsAt required");
  if (slotBookings.has(slot.id)) throw new BookingError(`slot ${slot.id} is taken`, 409);
}

export function book(body) {
  const role = roles.get(body.role);
  if (!role) throw new BookingError(`no open role ${body.role}`, 404);
  if (!/^I-[\w-]+$/.test(body.id ?? "")) throw new BookingError("interview id required");
  if (bookingsById.has(body.id)) throw new BookingError(`${body.id} exists`, 409);
  if (!body.candidate?.name || !body.candidate?.email) {
    throw new BookingError("candidate name and email required");
  }
  checkSlot(body.slot);
  const booking = {
    id: body.id,
    role: role.id,
    stage: body.stage ?? "first",
    candidate: {
      name: body.candidate.name,
      email: body.candidate.email,
      phone: body.candidate.phone ?? null,
      source: body.candidate.source ?? "direct",
    },
    panel: [interviewerFor(role, body.slot.startsAt), role.hiringManager],
    slot: { id: body.slot.id, startsAt: body.slot.startsAt, minutes: role.interviewMinutes },
    location: body.remote ? "video" : role.office,
    notesForPanel: body.notes ?? "",
    bookedAt: new Date().toISOString(),
    history: [],
  };
  slotBookings.set(booking.slot.id, booking);
  bookingsById.set(booking.id, booking);
  stats.booked++;
  return booking;
}

export function find(id) {
  const booking = bookingsById.get(id);
  if (!booking) throw new BookingError(`no interview ${id}`, 404);
  return booking;
}

/** The candidate asked for another time: the booking moves to the new slot. */
export function reschedule(id, slot, reason) {
  const booking = find(id);
  checkSlot(slot);
  booking.history.push({ from: booking.slot.startsAt, to: slot.startsAt, reason: reason ?? "" });
  booking.slot = { id: slot.id, startsAt: slot.startsAt, minutes: booking.slot.minutes };
  slotBookings.set(slot.id, booking);
  stats.rescheduled++;
  return booking;
}

function close(booking, outcome) {
  slotBookings.deleteValue(booking);
  bookingsById.delete(booking.id);
  outcomes.push({ id: booking.id, role: booking.role, outcome, at: new Date().toISOString() });
  if (outcomes.length > MAX_OUTCOMES) outcomes.shift();
}

export function complete(id, scorecard) {
  const booking = find(id);
  close(booking, scorecard.recommendation ?? "no-decision");
  stats.completed++;
  return { id, recommendation: scorecard.recommendation ?? "no-decision" };
}

export function cancel(id) {
  close(find(id), "cancelled");
  stats.cancelled++;
  return { id, cancelled: true };
}

export function agenda() {
  const upcoming = [...slotBookings.values()]
    .sort((a, b) => a.slot.startsAt.localeCompare(b.slot.startsAt))
    .slice(0, 10)
    .map((b) => ({ id: b.id, startsAt: b.slot.startsAt, candidate: b.candidate.name }));
  return { upcoming, stats, outcomes: outcomes.slice(-5) };
}
