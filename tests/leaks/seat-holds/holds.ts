/**
 * Seat holds: a customer gets a seat for ten minutes while paying. Holds live here; sales go to
 * the box office system, which is the record of what is sold.
 */

export class HoldError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Hold {
  eventId: string;
  seat: string;
  customer: string;
  createdAt: number;
  timer: ReturnType<typeof setTimeout>;
}

const HOLD_MS = 10 * 60_000;
const MAX_HOLDS_PER_EVENT = 500;

/** eventId → seat → hold. An event's inner Map goes when its last hold does. */
const holds = new Map<string, Map<string, Hold>>();
const counters = { placed: 0, confirmed: 0, released: 0, expired: 0 };

function eventHolds(eventId: string, create: boolean): Map<string, Hold> | undefined {
  let seats = holds.get(eventId);
  if (!seats && create) {
    seats = new Map();
    holds.set(eventId, seats);
  }
  return seats;
}

function drop(hold: Hold): void {
  clearTimeout(hold.timer);
  const seats = holds.get(hold.eventId);
  if (!seats) return;
  seats.delete(hold.seat);
  if (seats.size === 0) holds.delete(hold.eventId);
}

export function placeHold(eventId: string, seat: string, customer: string): Hold {
  const seats = eventHolds(eventId, true)!;
  if (seats.has(seat)) throw new HoldError(409, `${seat} is held by someone else`);
  if (seats.size >= MAX_HOLDS_PER_EVENT) throw new HoldError(503, "too many open holds, retry");
  const hold: Hold = {
    eventId,
    seat,
    customer,
    createdAt: Date.now(),
    timer: setTimeout(() => {
      counters.expired++;
      drop(hold);
    }, HOLD_MS),
  };
  seats.set(seat, hold);
  counters.placed++;
  return hold;
}

export function takeHold(eventId: string, seat: string, customer?: string): Hold {
  const hold = eventHolds(eventId, false)?.get(seat);
  if (!hold) throw new HoldError(404, `no hold on ${seat}`);
  if (customer !== undefined && hold.customer !== customer) {
    throw new HoldError(403, "hold belongs to another customer");
  }
  drop(hold);
  return hold;
}

export function countConfirmed(): void {
  counters.confirmed++;
}

export function countReleased(): void {
  counters.released++;
}

export function holdStats(eventId: string) {
  return { open: holds.get(eventId)?.size ?? 0, ...counters };
}
