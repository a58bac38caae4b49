import { breadcrumb } from "./context.mjs";

export class PaymentError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const CURRENCIES = new Set(["EUR", "USD", "GBP"]);
const RECENT_LIMIT = 50;

/** Intents awaiting capture, by reference; captured ones move to `recent`. */
const pending = new Map();
const recent = [];

function luhnOk(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function brandOf(digits) {
  if (digits.startsWith("4")) return "visa";
  if (/^5[1-5]/.test(digits)) return "mastercard";
  if (/^3[47]/.test(digits)) return "amex";
  return "unknown";
}

export function createIntent(body) {
  const reference = String(body?.reference ?? "");
  if (!/^[a-z0-9-]{4,40}$/.test(reference)) throw new PaymentError(400, "bad reference");
  if (pending.has(reference)) throw new PaymentError(409, `${reference} already exists`);
  const amount = Number(body.amount);
  if (!Number.isInteger(amount) || amount <= 0) throw new PaymentError(400, "amount in cents");
  const currency = String(body.currency ?? "").toUpperCase();
  if (!CURRENCIES.has(currency)) throw new PaymentError(422, `unsupported currency ${currency}`);
  const digits = String(body.card ?? "").replace(/[\s-]/g, "");
  if (!/^\d{13,19}$/.test(digits) || !luhnOk(digits)) {
    breadcrumb("card rejected", { reference, last4: digits.slice(-4) });
    throw new PaymentError(402, "card number is not valid");
  }
  breadcrumb("card validated", { reference, brand: brandOf(digits), last4: digits.slice(-4) });

  const intent = {
    reference,
    amount,
    currency,
    brand: brandOf(digits),
    last4: digits.slice(-4),
    customer: String(body.customer ?? ""),
    status: "requires_capture",
    createdAt: new Date().toISOString(),
  };
  pending.set(reference, intent);
  breadcrumb("intent created", { reference, amount, currency });
  return intent;
}

export function capture(reference) {
  const intent = pending.get(reference);
  if (!intent) throw new PaymentError(404, `no pending intent ${reference}`);
  pending.delete(reference);
  intent.status = "succeeded";
  intent.capturedAt = new Date().toISOString();
  recent.push(intent);
  if (recent.length > RECENT_LIMIT) recent.shift();
  breadcrumb("intent captured", { reference, amount: intent.amount });
  return intent;
}

export function dashboard() {
  const volume = {};
  for (const intent of recent) {
    volume[intent.currency] = (volume[intent.currency] ?? 0) + intent.amount;
  }
  return { pending: pending.size, recent: recent.slice(-10), volume };
}
