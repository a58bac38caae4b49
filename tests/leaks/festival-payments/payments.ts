/**
 * Ticket payments. The box office app sends an Idempotency-Key with every payment: a retry of
 * a payment still in progress joins it, a retry of one that went through gets the same result
 * (recent results are kept for RECENT_RESULTS payments).
 */

import { type Authorisation, authorise, type CardDetails } from "./acquirer.ts";

export interface PaymentRequest {
  order: string;
  amountMinor: number;
  currency: string;
  email: string;
  card: CardDetails;
}

export interface Payment extends Authorisation {
  key: string;
  order: string;
  email: string;
}

interface Attempt {
  key: string;
  order: string;
  amountMinor: number;
  currency: string;
  email: string;
  startedAt: number;
  promise: Promise<Payment>;
}

const RECENT_RESULTS = 50;

const inFlight = new Map<string, Attempt>();
const results = new Map<string, Payment>();
const declines: Record<string, number> = {};
let authorised = 0;

function remember(payment: Payment) {
  results.set(payment.key, payment);
  if (results.size > RECENT_RESULTS) results.delete(results.keys().next().value!);
}

function countDecline(err: unknown) {
  const code = (err as { declineCode?: string }).declineCode ?? "error";
  declines[code] = (declines[code] ?? 0) + 1;
}

export function pay(key: string, req: PaymentRequest): Promise<Payment> {
  const done = results.get(key);
  if (done) return Promise.resolve(done);
  const running = inFlight.get(key);
  if (running) return running.promise;

  const promise = authorise(req.card, req.amountMinor, req.currency).then((auth) => ({
    ...auth,
    key,
    order: req.order,
    email: req.email,
  }));
  const attempt: Attempt = {
    key,
    order: req.order,
    amountMinor: req.amountMinor,
    currency: req.currency,
    email: req.email,
    startedAt: Date.now(),
    promise,
  };
  inFlight.set(key, attempt);
  promise
    .then((payment) => {
      remember(payment);
      authorised++;
      inFlight.delete(key);
    })
    .catch(countDecline);
  return promise;
}

export function payment(key: string): Payment | undefined {
  return results.get(key);
}

export function stats() {
  return { authorised, declines, inFlight: inFlight.size, recent: results.size };
}
