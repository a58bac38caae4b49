import { type RateBook, RateError } from "./rates.ts";

const MINOR_UNITS: Record<string, number> = { JPY: 0, KWD: 3 };
const STALE_AFTER_MS = 60_000;

export interface Conversion {
  from: string;
  to: string;
  amount: number;
  converted: number;
  rate: number;
  side: "bid" | "ask";
  asOf: string;
}

function roundTo(value: number, currency: string): number {
  const f = 10 ** (MINOR_UNITS[currency] ?? 2);
  return Math.round(value * f) / f;
}

/** Customer conversions use the side of the spread that is against the customer. */
export function convert(book: RateBook, from: string, to: string, amount: number): Conversion {
  if (!(amount > 0)) throw new RateError(400, "amount must be positive");
  if (from === to) {
    return { from, to, amount, converted: amount, rate: 1, side: "bid", asOf: "" };
  }
  const rate = book.get(from, to);
  if (!rate) throw new RateError(404, `no rate for ${from}/${to}`);
  if (Date.now() - rate.receivedAt > STALE_AFTER_MS) throw new RateError(503, "rate is stale");
  return {
    from,
    to,
    amount,
    converted: roundTo(amount * rate.bid, to),
    rate: rate.bid,
    side: "bid",
    asOf: rate.asOf,
  };
}
