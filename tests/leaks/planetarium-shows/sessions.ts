import { type SeatChange, SeatFeed, SeatWatcher } from "./feed.ts";

export interface Customer {
  name: string;
  email: string;
  concession: "adult" | "child" | "senior";
}

const PRICES = { adult: 14.5, child: 9, senior: 11 };
const SESSION_TTL_MS = 10 * 60 * 1000;

export class BookingSession extends SeatWatcher {
  readonly cart: { seat: string; price: number }[] = [];
  readonly startedAt = new Date().toISOString();
  readonly expiresAt = Date.now() + SESSION_TTL_MS;
  closed = false;
  endedAt?: string;

  constructor(
    feed: SeatFeed,
    readonly id: string,
    readonly customer: Customer,
  ) {
    super(feed);
  }

  override onSeatChange(change: SeatChange) {
    if (this.closed || change.state === "free") return;
    const lost = this.cart.filter((c) => change.seats.includes(c.seat));
    if (lost.length) super.onSeatChange({ ...change, seats: lost.map((c) => c.seat) });
  }

  add(seat: string) {
    this.cart.push({ seat, price: PRICES[this.customer.concession] });
  }

  total() {
    return this.cart.reduce((sum, c) => sum + c.price, 0);
  }

  override close() {
    this.closed = true;
    this.endedAt = new Date().toISOString();
  }
}

export class SessionDesk {
  private sessions = new Map<string, BookingSession>();
  private feeds = new Map<string, SeatFeed>();

  feedFor(showId: string) {
    let feed = this.feeds.get(showId);
    if (!feed) {
      feed = new SeatFeed(showId);
      this.feeds.set(showId, feed);
    }
    return feed;
  }

  open(showId: string, ref: string, customer: Customer) {
    if (this.sessions.has(ref)) return undefined;
    const session = new BookingSession(this.feedFor(showId), ref, customer);
    this.sessions.set(session.id, session);
    return session;
  }

  sweep(now = Date.now()) {
    for (const [id, session] of this.sessions) {
      if (session.expiresAt <= now) this.end(id);
    }
  }

  get(id: string) {
    return this.sessions.get(id);
  }

  end(id: string) {
    const session = this.sessions.get(id);
    if (!session) return;
    session.close();
    this.sessions.delete(id);
  }

  checkout(id: string, showId: string) {
    const session = this.sessions.get(id);
    if (!session) return undefined;
    const seats = session.cart.map((c) => c.seat);
    const receipt = { ref: session.id, seats, total: session.total() };
    this.end(id);
    this.feedFor(showId).publish(seats, "sold");
    return receipt;
  }

  stats() {
    return {
      open: this.sessions.size,
      feeds: [...this.feeds.values()].map((f) => f.stats()),
    };
  }
}
