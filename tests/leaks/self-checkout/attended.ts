import { CheckoutSession, type Receipt } from "./sessions.ts";

/** A staffed till: the cashier checks IDs, so there is nothing to hold back at payment. */
export class AttendedSession extends CheckoutSession {
  readonly kind = "attended";
  cashier = "";

  override close(paidWith: string): Receipt {
    // Cash drawer count is reconciled per shift, not per customer.
    return super.close(paidWith);
  }
}
