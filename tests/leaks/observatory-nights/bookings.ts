import { claimHold } from "./holds.ts";
import { findNight } from "./nights.ts";

export interface Booking {
  id: string;
  night: string;
  seats: number;
  visitor: { name: string; email: string };
  paidCents: number;
  bookedAt: string;
}

const bookings = new Map<string, Booking>();
const recent: { id: string; night: string; seats: number; at: string }[] = [];
const DOUBLE_CLICK_MS = 800;
const confirmations = new Map<string, { at: number; booking: Booking }>();

/** Confirms a hold; a second click on "Pay" within the window gets the same booking back. */
export function confirm(holdId: string): Booking | undefined {
  const earlier = confirmations.get(holdId);
  if (earlier && Date.now() - earlier.at <= DOUBLE_CLICK_MS) return earlier.booking;
  const hold = claimHold(holdId);
  const night = hold && findNight(hold.night);
  if (!hold || !night) return undefined;
  const booking: Booking = {
    id: `B-${hold.id.slice(2)}`,
    night: hold.night,
    seats: hold.seats,
    visitor: hold.visitor,
    paidCents: hold.seats * night.priceCents,
    bookedAt: new Date().toISOString(),
  };
  bookings.set(booking.id, booking);
  confirmations.set(holdId, { at: Date.now(), booking });
  night.seatsBooked += booking.seats;
  night.bookings++;
  recent.push({ id: booking.id, night: booking.night, seats: booking.seats, at: booking.bookedAt });
  if (recent.length > 30) recent.shift();
  return booking;
}

export function cancel(id: string): { refundCents: number } | undefined {
  const booking = bookings.get(id);
  const night = booking && findNight(booking.night);
  if (!booking || !night) return undefined;
  bookings.delete(id);
  night.seatsBooked -= booking.seats;
  night.cancellations++;
  return { refundCents: booking.paidCents - 150 * booking.seats };
}

export function recentBookings() {
  return recent.slice(-10);
}

const sweeper = setInterval(() => {
  const cutoff = Date.now() - DOUBLE_CLICK_MS;
  for (const [holdId, seen] of confirmations) {
    if (seen.at < cutoff) confirmations.delete(holdId);
  }
}, 200);
Deno.unrefTimer(sweeper);
