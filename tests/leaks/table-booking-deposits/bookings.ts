import { type DepositPaid, paymentEvents, paymentLink } from "./payments.ts";

export type BookingState = "awaiting_deposit" | "confirmed" | "cancelled" | "expired";

/** Deposit per guest in cents, and how long a booking is held without one. */
const DEPOSIT_PER_GUEST = 1000;
const DEPOSIT_WINDOW_MS = 30 * 60 * 1000;

/** Bookings waiting on their deposit. */
export const awaiting = new Map<string, Booking>();
/** Settled bookings, for the confirmation page; the oldest go first. */
const RECENT = 100;
export const recent = new Map<string, ReturnType<Booking["view"]>>();
/** Confirmed bookings waiting to be pushed to the floor-plan system. */
export const floorPlanQueue: ReturnType<Booking["view"]>[] = [];

export class Booking {
  state: BookingState = "awaiting_deposit";
  deposit: number;
  link = "";
  reminders = 0;
  pspReference?: string;
  onDeposit?: (event: Event) => void;
  readonly createdAt = Date.now();
  #expiry: ReturnType<typeof setTimeout>;

  constructor(
    readonly id: string,
    readonly guest: string,
    readonly partySize: number,
    readonly slot: string,
    readonly notes: string,
  ) {
    this.deposit = partySize * DEPOSIT_PER_GUEST;
    this.awaitDeposit();
    this.#expiry = setTimeout(() => this.#settle("expired"), DEPOSIT_WINDOW_MS);
  }

  /** Sends the guest a payment link and waits for the PSP to report the deposit. */
  awaitDeposit() {
    this.link = paymentLink(this.id, this.deposit);
    this.onDeposit = (event: Event) => {
      const paid = (event as CustomEvent<DepositPaid>).detail;
      if (paid.bookingId !== this.id || this.state !== "awaiting_deposit") return;
      this.pspReference = paid.pspReference;
      this.#settle(paid.amount >= this.deposit ? "confirmed" : "cancelled");
    };
    paymentEvents.addEventListener("deposit-paid", this.onDeposit);
  }

  /** Staff resend the payment link when a guest says it never arrived or has expired. */
  remind() {
    this.reminders++;
    this.awaitDeposit();
  }

  cancel() {
    this.#settle("cancelled");
  }

  #settle(state: BookingState) {
    this.state = state;
    clearTimeout(this.#expiry);
    paymentEvents.removeEventListener("deposit-paid", this.onDeposit!);
    awaiting.delete(this.id);
    const view = this.view();
    recent.set(this.id, view);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
    if (state === "confirmed") floorPlanQueue.push(view);
  }

  view() {
    return {
      id: this.id,
      guest: this.guest,
      partySize: this.partySize,
      slot: this.slot,
      state: this.state,
      deposit: this.deposit,
      link: this.state === "awaiting_deposit" ? this.link : null,
      reminders: this.reminders,
      pspReference: this.pspReference ?? null,
    };
  }
}

/** Pushes confirmed bookings to the floor-plan system every 100 ms (simulated). */
let pushed = 0;
setInterval(() => {
  pushed += floorPlanQueue.splice(0, floorPlanQueue.length).length;
}, 100);

export function stats() {
  return { awaiting: awaiting.size, recent: recent.size, queued: floorPlanQueue.length, pushed };
}
