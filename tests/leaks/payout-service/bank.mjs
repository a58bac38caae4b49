import { randomUUID } from "node:crypto";

// Sandbox of the bank's payouts API: about one call in three fails with a 503 first.
let calls = 0;

export async function createTransfer({ iban, amountCents, currency, reference }, { signal }) {
  signal.throwIfAborted();
  await new Promise((resolve) => setImmediate(resolve));
  calls++;
  if (calls % 3 === 0) {
    throw Object.assign(new Error("bank: 503 service unavailable"), { retryable: true });
  }
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) {
    throw Object.assign(new Error("bank: invalid IBAN"), { retryable: false });
  }
  return {
    transferId: `tr_${randomUUID()}`,
    iban,
    amountCents,
    currency,
    reference,
    status: "accepted",
    acceptedAt: new Date().toISOString(),
  };
}
