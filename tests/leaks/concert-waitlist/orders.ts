import { type Customer, findCustomer } from "./customers.ts";
import { leave } from "./waitlist.ts";

export interface Show {
  id: string;
  title: string;
  date: string;
  priceCents: number;
}

export const SHOWS = new Map<string, Show>([
  ["jazz-night", { id: "jazz-night", title: "Jazz Night", date: "2025-05-16", priceCents: 2450 }],
  ["folk-sessions", {
    id: "folk-sessions",
    title: "Folk Sessions",
    date: "2025-05-23",
    priceCents: 1800,
  }],
]);

const sold = new Map<string, number>();
const RECENT = 25;
const recent: { show: string; customer: string; seats: number; totalCents: number }[] = [];

// Confirmation e-mails go to the mail relay in batches of 20, or 100 ms after the first.
let outbox: { to: string; subject: string }[] = [];
let flushTimer: ReturnType<typeof setTimeout> | undefined;
let mailed = 0;

function flushMail() {
  clearTimeout(flushTimer);
  flushTimer = undefined;
  mailed += outbox.length;
  outbox = [];
}

function mail(to: string, subject: string) {
  outbox.push({ to, subject });
  if (outbox.length >= 20) flushMail();
  else flushTimer ??= setTimeout(flushMail, 100);
}

export async function placeOrder(show: Show, email: string, seats: number) {
  const customer: Customer = await findCustomer(email);
  sold.set(show.id, (sold.get(show.id) ?? 0) + seats);
  const totalCents = seats * show.priceCents;
  // A fan who was waiting for this show has her tickets now.
  const wasWaiting = leave(show.id, customer.email);
  recent.push({ show: show.id, customer: customer.id, seats, totalCents });
  if (recent.length > RECENT) recent.shift();
  mail(customer.email, `Your tickets for ${show.title} on ${show.date}`);
  return { customer: customer.id, seats, totalCents, wasWaiting };
}

export function orderStats() {
  return { sold: Object.fromEntries(sold), recent: recent.slice(-3), mailed };
}
