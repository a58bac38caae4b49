import { findNight, type Night, seatsLeft } from "./nights.ts";

/** Seats held while the visitor fills in the payment form; released if not confirmed. */
export interface Hold {
  id: string;
  night: string;
  seats: number;
  visitor: { name: string; email: string };
  expiresAt: number;
}

export const HOLD_MS = 700;
const holds = new Map<string, Hold>();

export function placeHold(night: Night, hold: Omit<Hold, "expiresAt">): Hold | undefined {
  if (holds.has(hold.id) || seatsLeft(night) < hold.seats) return undefined;
  const placed = { ...hold, expiresAt: Date.now() + HOLD_MS };
  holds.set(placed.id, placed);
  night.seatsHeld += placed.seats;
  return placed;
}

function release(hold: Hold) {
  holds.delete(hold.id);
  const night = findNight(hold.night);
  if (night) night.seatsHeld -= hold.seats;
}

/** Takes a hold out for booking (its seats move from held to booked). */
export function claimHold(id: string): Hold | undefined {
  const hold = holds.get(id);
  if (!hold || hold.expiresAt <= Date.now()) return undefined;
  release(hold);
  return hold;
}

/** Releases every hold past its time; returns how many. */
export function sweepHolds(now: number): number {
  const expired = holds.values().filter((hold) => hold.expiresAt <= now).toArray();
  expired.forEach(release);
  return expired.length;
}

const sweeper = setInterval(() => sweepHolds(Date.now()), 200);
Deno.unrefTimer(sweeper);
