import { type Band, bookWithBoxOffice, performances } from "./performances.ts";

export class HoldError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface HoldRequest {
  basket: string;
  performance: string;
  band: string;
  seats: string[];
  customer: { name: string; email: string; member?: string };
}

interface Hold {
  basket: string;
  performance: string;
  band: Band;
  seats: string[];
  customer: { name: string; email: string; member?: string };
  totalMinor: number;
  bookingFeeMinor: number;
  createdAt: number;
  expiresAt: number;
  extensions: number;
  timer: ReturnType<typeof setTimeout>;
}

/** How long the quoted seats and prices are kept for the customer to pay. */
export const HOLD_MS = 250;
/** "I need more time" on the payment page adds this much. */
export const EXTEND_MS = 200;
const MAX_EXTENSIONS = 2;
const BOOKING_FEE_MINOR = 250;

/** Seats held at a quoted price while the customer pays. */
export class HoldBook {
  #holds = new Map<string, Hold>();
  lapsed = 0;
  confirmed = 0;

  place(req: HoldRequest) {
    const performance = performances.get(req.performance);
    if (!performance) throw new HoldError(404, `no performance ${req.performance}`);
    const band = performance.bands.find((b) => b.code === req.band);
    if (!band) throw new HoldError(400, `no price band ${req.band}`);
    if (!Array.isArray(req.seats) || req.seats.length === 0 || req.seats.length > 8) {
      throw new HoldError(400, "between 1 and 8 seats");
    }
    if (this.#holds.has(req.basket)) throw new HoldError(409, `basket ${req.basket} has a hold`);
    const now = Date.now();
    const hold: Hold = {
      basket: req.basket,
      performance: performance.id,
      band,
      seats: [...req.seats],
      customer: { ...req.customer },
      totalMinor: band.priceMinor * req.seats.length,
      bookingFeeMinor: BOOKING_FEE_MINOR,
      createdAt: now,
      expiresAt: now + HOLD_MS,
      extensions: 0,
      timer: setTimeout(() => this.#expire(req.basket), HOLD_MS),
    };
    this.#holds.set(req.basket, hold);
    return this.#view(hold);
  }

  extend(basket: string) {
    const hold = this.#get(basket);
    if (hold.extensions >= MAX_EXTENSIONS) {
      throw new HoldError(409, "this hold cannot be extended again");
    }
    clearTimeout(hold.timer);
    hold.expiresAt += EXTEND_MS;
    hold.extensions++;
    hold.timer = setTimeout(() => this.#expire(basket), EXTEND_MS);
    return this.#view(hold);
  }

  async confirm(basket: string, paymentRef: string) {
    const hold = this.#get(basket);
    clearTimeout(hold.timer);
    this.#holds.delete(hold.basket);
    const tickets = await bookWithBoxOffice(hold.performance, hold.seats);
    this.confirmed++;
    return {
      basket,
      paymentRef,
      performance: hold.performance,
      tickets,
      paidMinor: hold.totalMinor + hold.bookingFeeMinor,
    };
  }

  #expire(basket: string) {
    const hold = this.#holds.get(basket);
    if (!hold) return;
    // don't drop a hold whose customer has just asked for more time
    if (Date.now() < hold.expiresAt) return;
    this.#holds.delete(basket);
    this.lapsed++;
  }

  #get(basket: string): Hold {
    const hold = this.#holds.get(basket);
    if (!hold) throw new HoldError(410, `the hold on basket ${basket} has lapsed`);
    return hold;
  }

  #view(hold: Hold) {
    return {
      basket: hold.basket,
      performance: hold.performance,
      band: hold.band.label,
      seats: hold.seats,
      totalMinor: hold.totalMinor + hold.bookingFeeMinor,
      expiresInMs: Math.max(0, hold.expiresAt - Date.now()),
      extensionsLeft: MAX_EXTENSIONS - hold.extensions,
    };
  }

  heldFor(performance: string) {
    let holds = 0;
    let seats = 0;
    for (const h of this.#holds.values()) {
      if (h.performance !== performance) continue;
      holds++;
      seats += h.seats.length;
    }
    return { holds, seats };
  }
}
