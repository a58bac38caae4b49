import type { ClubConfig } from "./clubs.ts";
import { type Key, provide, type RequestScope } from "./scope.ts";

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Booking {
  ref: string;
  club: string;
  court: string;
  start: string;
  member: string;
  guests: number;
  priceCents: number;
}

/** Live bookings by ref, and how many each member holds (club rule: three at most). */
const bookings = new Map<string, Booking>();
const perMember = new Map<string, number>();
const MAX_PER_MEMBER = 3;

function release(member: string) {
  const n = (perMember.get(member) ?? 0) - 1;
  if (n > 0) perMember.set(member, n);
  else perMember.delete(member);
}
export const counters = { booked: 0, cancelled: 0, quotes: 0 };

export class Pricing {
  readonly notes: string[] = [];
  constructor(readonly club: ClubConfig) {}

  price(start: Date, guests: number): number {
    const hour = start.getUTCHours();
    const base = hour >= this.club.peakFrom ? this.club.peakRateCents : this.club.memberRateCents;
    if (hour >= this.club.peakFrom) this.notes.push("peak rate");
    if (guests) this.notes.push(`${guests} guest fee(s)`);
    return base + guests * this.club.guestFeeCents;
  }
}

export class CourtBooker {
  readonly #pending: string[] = [];
  constructor(readonly club: ClubConfig, readonly scope: RequestScope) {
    // an allowance taken for a booking that then fails is given back when the request ends
    scope.onClose(() => {
      for (const member of this.#pending.splice(0)) release(member);
    });
  }

  book(body: { ref: string; court: string; start: string; member: string; guests?: number }) {
    if (!this.club.courts.includes(body.court)) throw new HttpError(400, `no ${body.court}`);
    if (bookings.has(body.ref)) throw new HttpError(409, `${body.ref} exists`);
    const start = new Date(body.start);
    const hour = start.getUTCHours();
    if (hour < this.club.opens || hour >= this.club.closes) throw new HttpError(400, "club closed");
    const holding = perMember.get(body.member) ?? 0;
    if (holding >= MAX_PER_MEMBER) {
      throw new HttpError(409, `${body.member} has ${holding} bookings`);
    }
    perMember.set(body.member, holding + 1);
    this.#pending.push(body.member);
    // pricing for this booking in a scope of its own (the quote notes stay out of the request)
    const quoting = this.scope.fork({ start });
    try {
      const priceCents = quoting.get(PricingKey).price(start, body.guests ?? 0);
      const booking: Booking = {
        ref: body.ref,
        club: this.club.id,
        court: body.court,
        start: start.toISOString(),
        member: body.member,
        guests: body.guests ?? 0,
        priceCents,
      };
      bookings.set(booking.ref, booking);
      this.#pending.length = 0;
      counters.booked++;
      return booking;
    } finally {
      quoting.close();
    }
  }

  cancel(ref: string): Booking {
    const b = bookings.get(ref);
    if (!b || b.club !== this.club.id) throw new HttpError(404, `no booking ${ref}`);
    bookings.delete(ref);
    release(b.member);
    counters.cancelled++;
    return b;
  }
}

export function findBooking(ref: string): Booking | undefined {
  return bookings.get(ref);
}

export function liveBookings(): number {
  return bookings.size;
}

export const PricingKey = "pricing" as Key<Pricing>;
export const BookerKey = "booker" as Key<CourtBooker>;

provide(PricingKey, (s) => new Pricing(s.value<ClubConfig>("club")));
provide(BookerKey, (s) => new CourtBooker(s.value<ClubConfig>("club"), s));
