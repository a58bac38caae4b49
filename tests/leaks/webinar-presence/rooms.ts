import { heartbeat } from "./heartbeat.ts";

export interface Profile {
  name: string;
  email: string;
  company?: string;
  jobTitle?: string;
  timezone?: string;
}

interface ServerEvent {
  type: "ping" | "slide" | "poll";
  at: number;
  data?: unknown;
}

const OUTBOX_LIMIT = 5;

/** Someone in a webinar: what they told us at registration and what we owe their client. */
export class Attendee {
  readonly joinedAt = Date.now();
  left = false;
  lastPingAt = 0;
  outbox: ServerEvent[] = [];

  constructor(readonly id: string, readonly room: string, readonly profile: Profile) {
    heartbeat.subscribe(this.#ping.bind(this));
  }

  #ping(now: number) {
    if (this.left) return;
    this.lastPingAt = now;
    this.push({ type: "ping", at: now });
  }

  push(event: ServerEvent) {
    this.outbox.push(event);
    if (this.outbox.length > OUTBOX_LIMIT) this.outbox.shift();
  }

  leave() {
    this.left = true;
    heartbeat.unsubscribe(this.#ping);
  }
}

export class Room {
  attendees = new Map<string, Attendee>();
  peak = 0;
  slide = 1;

  constructor(readonly id: string, readonly title: string, readonly host: string) {}

  join(id: string, profile: Profile) {
    const existing = this.attendees.get(id);
    if (existing) return existing;
    const attendee = new Attendee(id, this.id, profile);
    attendee.push({ type: "slide", at: Date.now(), data: { slide: this.slide } });
    this.attendees.set(id, attendee);
    this.peak = Math.max(this.peak, this.attendees.size);
    return attendee;
  }

  leave(id: string) {
    const attendee = this.attendees.get(id);
    if (!attendee) return false;
    attendee.leave();
    this.attendees.delete(id);
    return true;
  }

  summary() {
    return {
      id: this.id,
      title: this.title,
      host: this.host,
      slide: this.slide,
      present: this.attendees.size,
      peak: this.peak,
    };
  }
}

export const rooms = new Map<string, Room>([
  ["vat-year-end", new Room("vat-year-end", "VAT at year end: what changes in 2026", "Priya Nair")],
  ["payroll-basics", new Room("payroll-basics", "Payroll for your first hire", "Tom Okafor")],
  [
    "cashflow-clinic",
    new Room("cashflow-clinic", "Cash-flow clinic (live Q&A)", "Marta Lindqvist"),
  ],
]);
