import { randomUUID } from "node:crypto";

const recent = [];
const RECENT_LIMIT = 30;
const totals = { captured: 0, declined: 0, amountCents: 0 };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function capture({ amountCents, currency, card, customer }) {
  await sleep(2);
  if (String(card?.number ?? "").endsWith("0002")) {
    totals.declined++;
    return { status: 402, body: { error: "card_declined" } };
  }
  const payment = {
    id: `pay_${randomUUID().slice(0, 18)}`,
    amountCents,
    currency,
    customer,
    card: `•••• ${String(card.number).slice(-4)}`,
    capturedAt: new Date().toISOString(),
  };
  totals.captured++;
  totals.amountCents += amountCents;
  recent.unshift(payment);
  if (recent.length > RECENT_LIMIT) recent.pop();
  return { status: 201, body: payment };
}

export function ledger() {
  return { totals, recent: recent.slice(0, 10) };
}
