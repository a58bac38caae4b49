import * as acquirer from "./acquirer.ts";
import { unlessDraining } from "./lifecycle.ts";

export class PaymentError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Payment {
  id: string;
  merchant: string;
  reference: string;
  amountMinor: number;
  currency: string;
  card: { brand: string; last4: string };
  auth: acquirer.Authorization;
  createdAt: number;
}

interface Settled {
  id: string;
  merchant: string;
  amountMinor: number;
  feesMinor: number;
  captureId: string;
}

/** Authorised payments waiting for the merchant's capture, and the last captures. */
export class Payments {
  #authorized = new Map<string, Payment>();
  #settled: Settled[] = [];

  async authorize(req: acquirer.AuthRequest): Promise<Payment> {
    // the merchant's order reference is the payment's id on this API
    if (this.#authorized.has(req.reference)) {
      throw new PaymentError(409, `${req.reference} is already authorised`);
    }
    const auth = await unlessDraining(acquirer.authorize(req));
    if (!auth.approved) throw new PaymentError(402, "declined by issuer");
    const payment: Payment = {
      id: req.reference,
      merchant: req.merchant,
      reference: req.reference,
      amountMinor: req.amountMinor,
      currency: req.currency,
      card: { brand: req.card.brand, last4: req.card.last4 },
      auth,
      createdAt: Date.now(),
    };
    this.#authorized.set(payment.id, payment);
    return payment;
  }

  async capture(id: string, amountMinor?: number): Promise<acquirer.Capture> {
    const payment = this.#authorized.get(id);
    if (!payment) throw new PaymentError(404, `no authorised payment ${id}`);
    const amount = amountMinor ?? payment.amountMinor;
    if (amount > payment.amountMinor) throw new PaymentError(422, "capture exceeds authorisation");
    const result = await unlessDraining(
      acquirer.capture(payment.auth.acquirerRef, amount, payment.currency),
    );
    this.#authorized.delete(id);
    this.#settled.unshift({
      id,
      merchant: payment.merchant,
      amountMinor: amount,
      feesMinor: result.fees.interchangeMinor + result.fees.schemeMinor +
        result.fees.acquirerMinor,
      captureId: result.captureId,
    });
    if (this.#settled.length > 40) this.#settled.length = 40;
    return result;
  }

  void(id: string) {
    const payment = this.#authorized.get(id);
    if (!payment) throw new PaymentError(404, `no authorised payment ${id}`);
    this.#authorized.delete(id);
    return { id, voided: true };
  }

  get(id: string) {
    return this.#authorized.get(id);
  }

  recent(limit: number) {
    return this.#settled.slice(0, limit);
  }

  pending() {
    return this.#authorized.size;
  }
}
