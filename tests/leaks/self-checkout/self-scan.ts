import { CheckoutSession, type Receipt, SessionError } from "./sessions.ts";

/** Bagging area tolerance: scales drift a bit and bags weigh something too. */
const WEIGHT_TOLERANCE = 0.08;

export interface WeightCheck {
  expectedGrams: number;
  measuredGrams: number;
  flagged: boolean;
}

/**
 * A self-scan lane. The bagging scale reports its reading with each scan; at payment the total
 * is compared with what the scanned items should weigh, and age-restricted items need a staff
 * approval first.
 */
export class SelfScanSession extends CheckoutSession {
  readonly kind = "self-scan";
  measuredGrams = 0;
  approvedBy?: string;

  recordScale(grams: number): void {
    this.measuredGrams = grams;
  }

  weightCheck(): WeightCheck {
    const expected = this.items.reduce(
      (sum, l) => sum + (l.product.weightGrams ?? l.grams ?? 0) * (l.grams ? 1 : l.qty),
      0,
    );
    const drift = expected === 0 ? 0 : Math.abs(this.measuredGrams - expected) / expected;
    return {
      expectedGrams: expected,
      measuredGrams: this.measuredGrams,
      flagged: drift > WEIGHT_TOLERANCE,
    };
  }

  override close(paidWith: string): Receipt & { weightCheck: WeightCheck } {
    this.assertOpen();
    if (this.items.some((l) => l.product.ageRestricted) && !this.approvedBy) {
      throw new SessionError(403, "age check pending: call a host");
    }
    const weightCheck = this.weightCheck();
    this.paidWith = paidWith;
    this.state = "closed";
    return { ...this.receipt(), weightCheck };
  }
}
