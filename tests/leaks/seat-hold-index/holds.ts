import { type SeatInfo, seatInfo } from "./cabin.ts";

/** Seats are held while the passenger finishes paying; the fee is charged on ticketing. */
const HOLD_TTL_MS = 10 * 60_000;

export interface Passenger {
  name: string;
  pnr: string;
  frequentFlyer?: string;
}

export interface SeatHold {
  id: string;
  flight: string;
  date: string;
  seat: SeatInfo;
  passenger: Passenger;
  priceCents: number;
  currency: string;
  channel: string;
  heldAt: number;
  expiresAt: number;
}

export class HoldError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** "u2 8123", "U2-8123" and "u28123" are the same flight. */
export function normaliseFlight(raw: string): string {
  return raw.replace(/[\s-]/g, "").toUpperCase();
}

const seatKey = (flight: string, date: string, seat: string) => `${flight}|${date}|${seat}`;
const bookingKey = (pnr: string, flight: string) => `${pnr.toUpperCase()}|${flight}`;

export class SeatHolds {
  // who holds which seat, so two passengers can't pick the same one
  #bySeat = new Map<string, SeatHold>();
  // one pending seat per booking and flight
  #byBooking = new Map<string, SeatHold>();

  hold(
    flight: string,
    date: string,
    seatLabel: string,
    passenger: Passenger,
    channel: string,
  ): SeatHold {
    const seat = seatInfo(seatLabel);
    if (!seat) throw new HoldError(404, `no seat ${seatLabel} on this aircraft`);
    if (!passenger.pnr || !passenger.name) throw new HoldError(400, "pnr and passenger required");

    const key = seatKey(flight, date, seat.seat);
    const current = this.#bySeat.get(key);
    if (current && current.passenger.pnr !== passenger.pnr) {
      throw new HoldError(409, `seat ${seat.seat} is held`);
    }

    const hold: SeatHold = {
      id: crypto.randomUUID(),
      flight: normaliseFlight(flight),
      date,
      seat,
      passenger,
      priceCents: passenger.frequentFlyer && seat.zone === "standard" ? 0 : seat.priceCents,
      currency: "EUR",
      channel,
      heldAt: Date.now(),
      expiresAt: Date.now() + HOLD_TTL_MS,
    };
    // picking another seat gives the previous one back
    const previous = this.#byBooking.get(bookingKey(passenger.pnr, hold.flight));
    if (previous) this.#release(previous);

    this.#bySeat.set(key, hold);
    this.#byBooking.set(bookingKey(passenger.pnr, hold.flight), hold);
    return hold;
  }

  isHeld(flight: string, date: string, seat: string): boolean {
    return this.#bySeat.has(seatKey(flight, date, seat));
  }

  release(pnr: string, flight: string): SeatHold | undefined {
    const hold = this.#byBooking.get(bookingKey(pnr, normaliseFlight(flight)));
    if (hold) this.#release(hold);
    return hold;
  }

  expire(now = Date.now()): number {
    let n = 0;
    for (const hold of this.#byBooking.values()) {
      if (hold.expiresAt <= now) {
        this.#release(hold);
        n++;
      }
    }
    return n;
  }

  pending(): number {
    return this.#byBooking.size;
  }

  #release(hold: SeatHold) {
    this.#byBooking.delete(bookingKey(hold.passenger.pnr, hold.flight));
    this.#bySeat.delete(seatKey(hold.flight, hold.date, hold.seat.seat));
  }
}
