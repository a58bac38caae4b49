// Booked trades: the blotter shows the newest 50, and totals per pair for the day.
const BLOTTER = 50;
const blotter = [];
const totals = new Map();
let seq = 0;

export function book(quote) {
  const trade = {
    id: `T-${++seq}`,
    quote: quote.id,
    client: quote.client,
    pair: quote.pair,
    side: quote.side,
    amount: quote.amount,
    rate: quote.rate,
    bookedAt: new Date().toISOString(),
  };
  blotter.push(trade);
  if (blotter.length > BLOTTER) blotter.shift();
  const t = totals.get(quote.pair) ?? { trades: 0, notional: 0 };
  t.trades++;
  t.notional += quote.amount;
  totals.set(quote.pair, t);
  return trade;
}

export function blotterView(limit = 10) {
  return { trades: blotter.slice(-limit), totals: Object.fromEntries(totals) };
}
