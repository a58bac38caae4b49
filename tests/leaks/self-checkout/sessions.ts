import { findProduct, type Product } from "./products.ts";

export interface LineItem {
  product: Product;
  qty: number;
  /** Measured weight for produce sold per kg. */
  grams?: number;
  cents: number;
}

export interface Receipt {
  session: string;
  lane: number;
  kind: string;
  lines: { name: string; qty: number; cents: number }[];
  vat: Record<string, number>;
  totalCents: number;
  paidWith: string;
  closedAt: string;
}

export class SessionError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Every session currently running on a lane, for the supervisor screen and lookups by id. */
export const openSessions = new Map<string, CheckoutSession>();

export function findSession(id: string): CheckoutSession | undefined {
  return openSessions.get(id);
}

/**
 * A customer's visit to a checkout lane, from the first scan to payment. Attended tills and
 * self-scan lanes share this; the subclasses add what their hardware needs.
 */
export abstract class CheckoutSession {
  abstract readonly kind: string;
  readonly startedAt = Date.now();
  readonly items: LineItem[] = [];
  state: "open" | "closed" = "open";
  paidWith = "";

  constructor(readonly id: string, readonly lane: number, readonly loyaltyCard?: string) {
    if (openSessions.has(id)) throw new SessionError(409, `session ${id} already open`);
    openSessions.set(this.id, this);
  }

  scan(ean: string, qty = 1, grams?: number): LineItem {
    this.assertOpen();
    const product = findProduct(ean);
    if (!product) throw new SessionError(404, `unknown product ${ean}`);
    if (!Number.isInteger(qty) || qty < 1 || qty > 99) {
      throw new SessionError(400, "qty must be 1-99");
    }
    const cents = product.weightGrams === undefined && grams
      ? Math.round(product.priceCents * grams / 1000)
      : product.priceCents * qty;
    const line: LineItem = { product, qty, grams, cents };
    this.items.push(line);
    return line;
  }

  totalCents(): number {
    let total = 0;
    for (const line of this.items) total += line.cents;
    // Loyalty card holders get 2% off everything but age-restricted items.
    if (this.loyaltyCard) {
      const eligible = this.items.filter((l) => !l.product.ageRestricted)
        .reduce((sum, l) => sum + l.cents, 0);
      total -= Math.round(eligible * 0.02);
    }
    return total;
  }

  /** Takes payment and ends the session. */
  close(paidWith: string): Receipt {
    this.assertOpen();
    this.paidWith = paidWith;
    this.state = "closed";
    openSessions.delete(this.id);
    return this.receipt();
  }

  protected assertOpen(): void {
    if (this.state !== "open") throw new SessionError(409, `session ${this.id} is ${this.state}`);
  }

  protected receipt(): Receipt {
    const vat: Record<string, number> = {};
    for (const line of this.items) {
      const rate = line.product.vatRate;
      vat[`${rate}%`] = (vat[`${rate}%`] ?? 0) + Math.round(line.cents * rate / (100 + rate));
    }
    return {
      session: this.id,
      lane: this.lane,
      kind: this.kind,
      lines: this.items.map((l) => ({ name: l.product.name, qty: l.qty, cents: l.cents })),
      vat,
      totalCents: this.totalCents(),
      paidWith: this.paidWith,
      closedAt: new Date().toISOString(),
    };
  }
}
