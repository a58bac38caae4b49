import { randomUUID } from "node:crypto";
import { rates } from "./rates.mjs";

const QUOTE_TTL_MS = 30_000;
const MARGIN = 0.004;
const KEEP_QUOTES = 50;

const recentQuotes = new Map();

function price(quote, mid) {
  quote.rate = Math.round(mid * (1 - MARGIN) * 1e4) / 1e4;
  quote.converted = Math.round(quote.amount * quote.rate * 100) / 100;
  quote.pricedAt = new Date().toISOString();
}

export function createQuote({ from, to, amount, customer }) {
  const quote = {
    id: randomUUID(),
    pair: from + to,
    from,
    to,
    amount,
    customer: typeof customer === "string" ? customer : null,
    expiresAt: Date.now() + QUOTE_TTL_MS,
  };
  price(quote, rates.get(from, to));

  // Re-price while the quote is valid so the customer sees the current rate.
  rates.on("update", (pair, mid) => {
    if (pair === quote.pair && Date.now() < quote.expiresAt) price(quote, mid);
  });

  recentQuotes.set(quote.id, quote);
  if (recentQuotes.size > KEEP_QUOTES) recentQuotes.delete(recentQuotes.keys().next().value);
  return quote;
}

export function findQuote(id) {
  const quote = recentQuotes.get(id);
  return quote && Date.now() < quote.expiresAt ? quote : undefined;
}
