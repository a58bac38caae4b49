import { authorize } from "./gateway.ts";

export class PaymentError extends Error {
  constructor(readonly code: string, message: string, readonly status = 402) {
    super(message);
  }
}

export class PaymentAttempt {
  readonly id = crypto.randomUUID();
  readonly startedAt = Date.now();
  constructor(
    readonly orderId: string,
    readonly amountCents: number,
    readonly currency: string,
    readonly card: { brand: string; last4: string; expiry: string },
    readonly customerEmail: string,
  ) {}
}

/** Attempts talking to the gateway right now (shown on /healthz; the graceful shutdown waits for them). */
export const inFlight: PaymentAttempt[] = [];

function cardBrand(number: string): string {
  if (number.startsWith("4")) return "visa";
  if (/^5[1-5]/.test(number)) return "mastercard";
  return "other";
}

export async function charge(body: Record<string, unknown> | null) {
  const number = String(body?.cardNumber ?? "").replaceAll(" ", "");
  const amountCents = Number(body?.amountCents);
  if (!/^\d{16}$/.test(number)) {
    throw new PaymentError("invalid_card", "card number must be 16 digits", 400);
  }
  if (!Number.isInteger(amountCents) || amountCents <= 0) {
    throw new PaymentError("invalid_amount", "amountCents must be a positive integer", 400);
  }

  const attempt = new PaymentAttempt(
    String(body?.orderId ?? ""),
    amountCents,
    String(body?.currency ?? "EUR").toUpperCase(),
    { brand: cardBrand(number), last4: number.slice(-4), expiry: String(body?.expiry ?? "") },
    String(body?.email ?? ""),
  );
  inFlight.push(attempt);

  const result = await authorize(number, attempt.amountCents, attempt.currency);
  if (!result.approved) {
    throw new PaymentError(result.reason, `payment for order ${attempt.orderId} was declined`);
  }

  inFlight.splice(inFlight.indexOf(attempt), 1);
  return {
    paymentId: attempt.id,
    orderId: attempt.orderId,
    authorization: result.code,
    amountCents: attempt.amountCents,
    currency: attempt.currency,
  };
}
