import { type Desk, releaseHook, takeHook } from "./hooks.ts";

export interface Ticket {
  number: string;
  desk: Desk;
  hook: number;
  items: string[];
  feeCents: number;
  handedInAt: number;
}

const hanging = new Map<string, Ticket>();
const RING = 32;
const events: { ticket: string; what: "in" | "out"; at: number }[] = [];
let head = 0;
const perDesk: Record<Desk, { in: number; out: number }> = {
  east: { in: 0, out: 0 },
  west: { in: 0, out: 0 },
};

// Fees go to the till system in batches of 25, or 200 ms after the first.
let fees: { ticket: string; cents: number }[] = [];
let feeTimer: ReturnType<typeof setTimeout> | undefined;
let booked = 0;

function bookFees() {
  clearTimeout(feeTimer);
  feeTimer = undefined;
  booked += fees.length;
  fees = [];
}

function log(ticket: string, what: "in" | "out") {
  events[head] = { ticket, what, at: Date.now() };
  head = (head + 1) % RING;
}

export function handIn(number: string, desk: Desk, items: string[], feeCents: number) {
  if (hanging.has(number)) return { error: "ticket in use" };
  const hook = takeHook(desk);
  if (hook === undefined) return { error: "desk full" };
  const ticket = { number, desk, hook, items, feeCents, handedInAt: Date.now() };
  hanging.set(number, ticket);
  perDesk[desk].in++;
  log(number, "in");
  if (feeCents > 0) {
    fees.push({ ticket: number, cents: feeCents });
    if (fees.length >= 25) bookFees();
    else feeTimer ??= setTimeout(bookFees, 200);
  }
  return { ticket };
}

export function collect(number: string): Ticket | undefined {
  const ticket = hanging.get(number);
  if (!ticket) return undefined;
  hanging.delete(number);
  releaseHook(ticket.desk, ticket.hook);
  perDesk[ticket.desk].out++;
  log(number, "out");
  return ticket;
}

export const ticketStats = () => ({
  hanging: hanging.size,
  perDesk,
  booked,
  events: events.length,
});
