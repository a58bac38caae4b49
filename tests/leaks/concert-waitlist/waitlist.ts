/**
 * Waiting lists for sold-out shows. Fans leave their address on the show page; when seats come
 * back (returns, released holds) the box office offers them in order of sign-up.
 */
export interface WaitlistEntry {
  email: string;
  name: string;
  seats: number;
  phone: string;
  note: string;
  joinedAt: number;
  source: { userAgent: string; referrer: string };
}

// show → (e-mail address → entry), in sign-up order
const waitlists = new Map<string, Map<string, WaitlistEntry>>();

export function join(show: string, entry: WaitlistEntry): number {
  let queue = waitlists.get(show);
  if (!queue) {
    queue = new Map();
    waitlists.set(show, queue);
  }
  if (!queue.has(entry.email)) queue.set(entry.email, entry);
  return [...queue.keys()].indexOf(entry.email) + 1;
}

/** Called when somebody on the list buys tickets after all. */
export function leave(show: string, email: string): boolean {
  return waitlists.get(show)?.delete(email) ?? false;
}

/** The next `seats` worth of fans to offer returned tickets to. */
export function nextInLine(show: string, seats: number): WaitlistEntry[] {
  const offer: WaitlistEntry[] = [];
  let counted = 0;
  for (const entry of waitlists.get(show)?.values() ?? []) {
    if (counted >= seats) break;
    offer.push(entry);
    counted += entry.seats;
  }
  return offer;
}

export function waitlistStats() {
  return { shows: waitlists.size };
}
