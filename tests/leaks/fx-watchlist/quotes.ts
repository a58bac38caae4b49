import { nanoid } from "nanoid";
import { addSeconds, isAfter } from "date-fns";

export interface Quote {
  id: string;
  client: string;
  pair: string;
  side: "buy" | "sell";
  amount: number;
  rate: number;
  spreadBps: number;
  expiresAt: Date;
}

/** Recent quotes by id, capped: the oldest goes when a new one would pass MAX_QUOTES. */
const MAX_QUOTES = 50;
export const recentQuotes = new Map<string, Quote>();

export function makeQuote(
  client: string,
  pair: string,
  side: "buy" | "sell",
  amount: number,
  mid: number,
): Quote {
  const spreadBps = amount >= 1_000_000 ? 3 : amount >= 100_000 ? 6 : 12;
  const rate = side === "buy" ? mid * (1 + spreadBps / 10_000) : mid * (1 - spreadBps / 10_000);
  const quote: Quote = {
    id: `q_${nanoid(10)}`,
    client,
    pair,
    side,
    amount,
    rate: Math.round(rate * 100_000) / 100_000,
    spreadBps,
    expiresAt: addSeconds(new Date(), 15),
  };
  if (recentQuotes.size >= MAX_QUOTES) {
    const oldest = recentQuotes.keys().next().value;
    if (oldest !== undefined) recentQuotes.delete(oldest);
  }
  recentQuotes.set(quote.id, quote);
  return quote;
}

export function liveQuotes(now = new Date()): Quote[] {
  return [...recentQuotes.values()].filter((q) => isAfter(q.expiresAt, now));
}
