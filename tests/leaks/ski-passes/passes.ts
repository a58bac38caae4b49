import { passNumbers } from "./numbers.ts";

export class PassError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Passes on cards that are out on the mountain, by pass number. */
export const activePasses = new Map<string, LiftPass>();
/** The shop's booking reference → pass number, for returns at the desk. */
const byBooking = new Map<string, string>();

const numbers = passNumbers((n) => activePasses.has(n));

export interface Settlement {
  pass: string;
  booking: string;
  kind: string;
  rides: number;
  depositRefundCents: number;
  chargeCents: number;
}

export abstract class LiftPass {
  abstract readonly kind: string;
  readonly number: string = numbers.next().value;
  readonly issuedAt = Date.now();
  rides = 0;
  lastLift = "";

  constructor(readonly booking: string, readonly holder: string, readonly depositCents: number) {
    if (byBooking.has(booking)) throw new PassError(409, `booking ${booking} already has a pass`);
    activePasses.set(this.number, this);
    byBooking.set(booking, this.number);
  }

  abstract validOn(lift: string, at: Date): boolean;

  ride(lift: string): void {
    this.rides++;
    this.lastLift = lift;
  }

  /** The card came back to a desk: settle the deposit and retire the pass. */
  close(): Settlement {
    activePasses.delete(this.number);
    byBooking.delete(this.booking);
    return {
      pass: this.number,
      booking: this.booking,
      kind: this.kind,
      rides: this.rides,
      depositRefundCents: this.depositCents,
      chargeCents: 0,
    };
  }
}

export class DayPass extends LiftPass {
  readonly kind = "day";
  readonly day = new Date().toISOString().slice(0, 10);

  validOn(_lift: string, at: Date): boolean {
    return at.toISOString().slice(0, 10) === this.day;
  }

  override close(): Settlement {
    const settlement = super.close();
    // Cards returned after closing time on the pass day keep €2 of the deposit.
    const lateCutoff = new Date(`${this.day}T17:30:00Z`).getTime();
    if (Date.now() > lateCutoff) {
      settlement.chargeCents = 200;
      settlement.depositRefundCents -= 200;
    }
    return settlement;
  }
}

export class SeasonPass extends LiftPass {
  readonly kind = "season";
  photoId = "";

  validOn(lift: string): boolean {
    // The glacier lift is not in the regional season pass.
    return lift !== "glacier-express";
  }

  override close(): Settlement {
    // Season cards are kept by the holder; the deposit is refunded only at season end.
    const settlement = super.close();
    settlement.depositRefundCents = 0;
    return settlement;
  }
}

export function issuePass(
  body: { booking?: string; holder?: string; kind?: string; photoId?: string },
): LiftPass {
  if (!body.booking || !body.holder) throw new PassError(400, "booking and holder are required");
  if (body.kind === "season") {
    const pass = new SeasonPass(body.booking, body.holder, 500);
    pass.photoId = body.photoId ?? "";
    return pass;
  }
  return new DayPass(body.booking, body.holder, 500);
}

export function passForBooking(booking: string): LiftPass | undefined {
  const n = byBooking.get(booking);
  return n ? activePasses.get(n) : undefined;
}
