import { CLINICIANS, firstFree } from "./calendar.mjs";

export class BookingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const HOLD_MS = 150;
const OFFER_MS = 150;
const WAITLIST_MAX = 30;
const CANCELLED_KEPT = 20;

/** Slots held while the patient fills in the form, by hold ref. */
const holds = new Map();
/** Booked appointments, by ref. */
const appointments = new Map();
/** Patients waiting for an earlier slot, per clinician, oldest first. */
const waitlists = new Map(Object.keys(CLINICIANS).map((c) => [c, []]));
/** Freed slots offered to the first patient on the waitlist, by slot id. */
const offers = new Map();
const cancelled = [];
const counters = { held: 0, booked: 0, cancelled: 0, expiredHolds: 0, offers: 0, lapsedOffers: 0 };

function release(slot) {
  slot.takenBy = null;
}

export function hold({ ref, clinician, patient }) {
  if (!ref || !CLINICIANS[clinician]) throw new BookingError(400, "ref and a known clinician");
  if (holds.has(ref) || appointments.has(ref)) throw new BookingError(409, `${ref} exists`);
  const slot = firstFree(clinician);
  if (!slot) throw new BookingError(409, "fully booked");
  slot.takenBy = `hold:${ref}`;
  holds.set(ref, { ref, slot, patient, until: Date.now() + HOLD_MS });
  counters.held++;
  return { ref, slot: slot.id, start: slot.start };
}

export function confirm(ref, details) {
  const h = holds.get(ref);
  if (!h) throw new BookingError(404, `no hold ${ref} (it may have lapsed)`);
  holds.delete(ref);
  h.slot.takenBy = `appt:${ref}`;
  const appt = {
    ref,
    slot: h.slot,
    patient: h.patient,
    phone: details.phone ?? null,
    reason: details.reason ?? "",
    notes: "",
    bookedAt: new Date().toISOString(),
  };
  appointments.set(ref, appt);
  counters.booked++;
  return view(appt);
}

export function amend(ref, changes) {
  const appt = appointments.get(ref);
  if (!appt) throw new BookingError(404, `no appointment ${ref}`);
  if (typeof changes.notes === "string") appt.notes = changes.notes.slice(0, 500);
  if (typeof changes.phone === "string") appt.phone = changes.phone;
  return view(appt);
}

export function cancel(ref, reason) {
  const appt = appointments.get(ref);
  if (!appt) throw new BookingError(404, `no appointment ${ref}`);
  appointments.delete(ref);
  counters.cancelled++;
  cancelled.push({ ref, start: appt.slot.start, reason: reason ?? "patient", at: Date.now() });
  if (cancelled.length > CANCELLED_KEPT) cancelled.shift();
  offerOrRelease(appt.slot);
  return { ref, cancelled: true };
}

function offerOrRelease(slot) {
  const next = waitlists.get(slot.clinician).shift();
  if (!next) return release(slot);
  slot.takenBy = `offer:${next.patient}`;
  offers.set(slot.id, {
    slot,
    patient: next.patient,
    phone: next.phone,
    until: Date.now() + OFFER_MS,
  });
  counters.offers++;
}

export function joinWaitlist({ patient, clinician, phone }) {
  const list = waitlists.get(clinician);
  if (!list) throw new BookingError(400, "unknown clinician");
  if (list.some((w) => w.patient === patient)) return { position: list.length, queued: true };
  if (list.length >= WAITLIST_MAX) return { position: null, queued: false };
  list.push({ patient, phone, since: Date.now() });
  return { position: list.length, queued: true };
}

function view(appt) {
  return {
    ref: appt.ref,
    start: appt.slot.start,
    clinician: CLINICIANS[appt.slot.clinician].name,
    room: CLINICIANS[appt.slot.clinician].room,
    patient: appt.patient,
    notes: appt.notes,
  };
}

function sweep() {
  const now = Date.now();
  for (const [ref, h] of holds) {
    if (h.until <= now) {
      holds.delete(ref);
      release(h.slot);
      counters.expiredHolds++;
    }
  }
  for (const [slotId, offer] of offers) {
    if (offer.until <= now) {
      offers.delete(slotId);
      release(offer.slot);
      counters.lapsedOffers++;
    }
  }
}

setInterval(sweep, 50).unref();

export function bookingStats() {
  return {
    ...counters,
    holding: holds.size,
    booked: appointments.size,
    offers: offers.size,
    waiting: [...waitlists.values()].reduce((n, l) => n + l.length, 0),
  };
}
