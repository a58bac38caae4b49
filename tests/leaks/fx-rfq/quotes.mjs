// Request-for-quote: a client asks for a firm price, which it may take within two seconds.
// Quotes stay in the book until they expire (a quote that was taken stays too, so that a
// second accept is answered "already filled"); a sweep takes expired quotes out.
import { findClient } from "./clients.mjs";
import { midFor, round } from "./rates.mjs";

export const QUOTE_TTL_MS = 2000;
const SWEEP_MS = 250;

const quotes = new Map();
const counts = { issued: 0, filled: 0, expiredOnAccept: 0 };

export function issueQuote(b) {
  const client = findClient(b.client);
  const mid = midFor(b.pair);
  if (!client || !mid) return { error: "unknown client or pair", status: 422 };
  const amount = Number(b.amount);
  if (!(amount > 0) || amount > client.limit) return { error: "amount over limit", status: 422 };
  const side = b.side === "sell" ? "sell" : "buy";
  const spread = (mid * client.spreadBps) / 10_000;
  const now = Date.now();
  const quote = {
    id: `Q-${b.requestId}`,
    client: b.client,
    pair: b.pair,
    side,
    amount,
    mid: round(b.pair, mid),
    rate: round(b.pair, side === "buy" ? mid + spread : mid - spread),
    spreadBps: client.spreadBps,
    issuedAt: now,
    expiresAt: now + QUOTE_TTL_MS,
    status: "open",
  };
  if (quotes.has(quote.id)) return { error: "duplicate request id", status: 409 };
  quotes.set(quote.id, quote);
  counts.issued++;
  return { quote };
}

export function acceptQuote(id) {
  const quote = quotes.get(id);
  if (!quote) return { error: "no such quote", status: 404 };
  if (quote.status === "filled") return { error: "already filled", status: 409 };
  if (Date.now() > quote.expiresAt) {
    counts.expiredOnAccept++;
    return { error: "quote expired", status: 410 };
  }
  quote.status = "filled";
  counts.filled++;
  return { quote };
}

export function findQuote(id) {
  return quotes.get(id);
}

setInterval(() => {
  const now = Date.now();
  quotes.forEach((id, quote) => {
    if (quote.expiresAt <= now) quotes.delete(id);
  });
}, SWEEP_MS);

export function quoteStats() {
  return { ...counts, live: quotes.size };
}
