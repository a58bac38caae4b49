import { ReplayGuard } from "./replay_guard.ts";

/** Callbacks carry a timestamp that must be within 3 s of ours, so nonces are kept that long. */
const REPLAY_WINDOW_MS = 3_000;
const RECENT_LIMIT = 50;

const PROVIDERS: Record<string, { token: string; name: string }> = {
  adyen: { token: "cb_test_4f9a1c7e2b", name: "Adyen (test)" },
  mollie: { token: "cb_test_83d0e6a511", name: "Mollie (test)" },
};

export interface PaymentCallback {
  nonce: string;
  event: string;
  payment: { id: string; order: string; amount: number; currency: string };
}

export class CallbackError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const replayGuard = new ReplayGuard(REPLAY_WINDOW_MS);
const recent: { provider: string; event: string; payment: string; order: string; at: string }[] =
  [];
const totals: Record<string, Record<string, number>> = {};

export function receiveCallback(provider: string, token: string | null, body: PaymentCallback) {
  const config = PROVIDERS[provider];
  if (!config) throw new CallbackError(404, `unknown provider ${provider}`);
  if (token !== config.token) throw new CallbackError(401, "bad callback token");
  if (typeof body?.nonce !== "string" || !body.payment?.id) {
    throw new CallbackError(400, "malformed callback");
  }
  if (!replayGuard.claim(body.nonce, provider, `${body.event}:${body.payment.id}`)) {
    return { accepted: false, duplicate: true };
  }
  const { id, order, amount, currency } = body.payment;
  if (body.event === "payment.captured") {
    const byCurrency = totals[provider] ??= {};
    byCurrency[currency] = Math.round(((byCurrency[currency] ?? 0) + amount) * 100) / 100;
  }
  recent.push({ provider, event: body.event, payment: id, order, at: new Date().toISOString() });
  if (recent.length > RECENT_LIMIT) recent.splice(0, recent.length - RECENT_LIMIT);
  return { accepted: true, duplicate: false };
}

export function paymentStatus() {
  return {
    recent: recent.slice(-10),
    totals,
    nonces: replayGuard.size,
    duplicates: replayGuard.duplicates,
  };
}
