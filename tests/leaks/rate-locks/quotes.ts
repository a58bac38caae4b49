import { marginBps, midFor } from "./rates.ts";

/** How long a customer may take to accept a quoted rate. */
const LOCK_MS = 250;
const DEALS_KEPT = 25;

export interface Quote {
  id: string;
  customer: string;
  sell: string;
  buy: string;
  sellAmount: number;
  rate: number;
  buyAmount: number;
  expiresAt: number;
  timer: ReturnType<typeof setTimeout>;
}

export interface Deal {
  ref: string;
  quoteId: string;
  customer: string;
  sell: string;
  buy: string;
  sellAmount: number;
  buyAmount: number;
  rate: number;
  bookedAt: string;
}

export class QuoteError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const live = new Map<string, Quote>();
const deals: Deal[] = [];
let dealSeq = 0;
let lapsed = 0;

export function lockRate(
  customer: string,
  body: { id?: string; sell?: string; buy?: string; sellAmount?: number },
): Omit<Quote, "timer"> {
  const sell = (body.sell ?? "").toUpperCase();
  const buy = (body.buy ?? "").toUpperCase();
  const sellAmount = Number(body.sellAmount);
  if (!body.id || !(sellAmount > 0)) throw new QuoteError(400, "id and sellAmount required");
  if (live.has(body.id)) throw new QuoteError(409, "quote id in use");
  const mid = midFor(sell, buy);
  if (mid === undefined) throw new QuoteError(422, `we do not deal ${sell}/${buy}`);
  const rate = Number((mid * (1 - marginBps(sellAmount) / 10_000)).toFixed(6));
  const id = body.id;
  const quote: Quote = {
    id,
    customer,
    sell,
    buy,
    sellAmount,
    rate,
    buyAmount: Math.floor(sellAmount * rate * 100) / 100,
    expiresAt: Date.now() + LOCK_MS,
    timer: setTimeout(() => {
      if (live.delete(id)) lapsed++;
    }, LOCK_MS),
  };
  live.set(id, quote);
  const { timer: _timer, ...view } = quote;
  return view;
}

export function getQuote(id: string) {
  const q = live.get(id);
  if (!q) return undefined;
  const { timer: _timer, ...view } = q;
  return { ...view, msLeft: Math.max(0, q.expiresAt - Date.now()) };
}

export function accept(id: string, customer: string): Deal {
  const q = live.get(id);
  if (!q) throw new QuoteError(410, "quote expired, ask for a new one");
  if (q.customer !== customer) throw new QuoteError(403, "not your quote");
  clearTimeout(q.timer);
  live.delete(id);
  const deal: Deal = {
    ref: `FX${String(++dealSeq).padStart(8, "0")}`,
    quoteId: q.id,
    customer: q.customer,
    sell: q.sell,
    buy: q.buy,
    sellAmount: q.sellAmount,
    buyAmount: q.buyAmount,
    rate: q.rate,
    bookedAt: new Date().toISOString(),
  };
  deals.push(deal);
  if (deals.length > DEALS_KEPT) deals.shift();
  return deal;
}

export function blotter() {
  return { live: live.size, lapsed, booked: dealSeq, latest: deals.slice(-10) };
}
