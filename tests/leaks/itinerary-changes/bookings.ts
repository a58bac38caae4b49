import { creditFlown } from "./loyalty.ts";

export interface Segment {
  flight: string;
  from: string;
  to: string;
  departs: string;
  fareCents: number;
}

interface Change {
  at: string;
  segment: number;
  from: string;
  to: string;
  fareDifferenceCents: number;
}

interface Booking {
  pnr: string;
  memberId: string | null;
  segments: Segment[];
  changes: Change[];
  notices: string[];
  onScheduleChange: (e: Event) => void;
}

export class BookingError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const CHANGES_KEPT = 5;
const NOTICES_KEPT = 5;

/** The operations desk announces retimings; bookings on the flight pick them up. */
export const scheduleChanges = new EventTarget();

export class ScheduleChange extends Event {
  constructor(readonly flight: string, readonly departs: string) {
    super("retimed");
  }
}

const active = new Map<string, Booking>();

function segmentOf(s: Partial<Segment>): Segment {
  if (!s.flight || !s.from || !s.to || !s.departs) {
    throw new BookingError(400, "segment needs flight, from, to, departs");
  }
  return {
    flight: s.flight,
    from: s.from,
    to: s.to,
    departs: s.departs,
    fareCents: Number(s.fareCents ?? 0),
  };
}

export function createBooking(
  body: { pnr?: string; member?: string; segments?: Partial<Segment>[] },
): Booking {
  if (!body.pnr || !body.segments?.length) throw new BookingError(400, "pnr and segments required");
  if (active.has(body.pnr)) throw new BookingError(409, `${body.pnr} exists`);
  const booking: Booking = {
    pnr: body.pnr,
    memberId: body.member ?? null,
    segments: body.segments.map(segmentOf),
    changes: [],
    notices: [],
    onScheduleChange: (e: Event) => {
      const change = e as ScheduleChange;
      if (!booking.segments.some((s) => s.flight === change.flight)) return;
      booking.notices.push(`${change.flight} now departs ${change.departs}`);
      if (booking.notices.length > NOTICES_KEPT) booking.notices.shift();
    },
  };
  scheduleChanges.addEventListener("retimed", booking.onScheduleChange);
  active.set(booking.pnr, booking);
  return booking;
}

export function getBooking(pnr: string): Booking {
  const booking = active.get(pnr);
  if (!booking) throw new BookingError(404, `no open booking ${pnr}`);
  return booking;
}

export function changeSegment(
  pnr: string,
  body: { segment?: number } & Partial<Segment>,
): Change {
  const booking = getBooking(pnr);
  const index = Number(body.segment ?? 0);
  const old = booking.segments[index];
  if (!old) throw new BookingError(404, `no segment ${index}`);
  const replacement = segmentOf({ ...old, ...body });
  booking.segments[index] = replacement;
  const change: Change = {
    at: new Date().toISOString(),
    segment: index,
    from: `${old.flight} ${old.departs}`,
    to: `${replacement.flight} ${replacement.departs}`,
    fareDifferenceCents: replacement.fareCents - old.fareCents,
  };
  booking.changes.push(change);
  if (booking.changes.length > CHANGES_KEPT) booking.changes.shift();
  return change;
}

/** The flown-coupon feed: the trip is over, loyalty gets its points. */
export function completeBooking(pnr: string) {
  const booking = getBooking(pnr);
  scheduleChanges.removeEventListener("retimed", booking.onScheduleChange);
  active.delete(pnr);
  const fare = booking.segments.reduce((sum, s) => sum + s.fareCents, 0);
  const points = booking.memberId ? creditFlown(booking.memberId, pnr, fare) : 0;
  return { pnr, points, changes: booking.changes.length, notices: booking.notices };
}

export function openBookings(): number {
  return active.size;
}
