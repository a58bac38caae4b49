import { on } from "node:events";
import { priceFeed } from "./feed.mjs";

/** The next price of `symbol` from the live feed (not the cached one), for firm quotes. */
export async function nextPrice(symbol) {
  const ticks = on(priceFeed, "tick");
  for (;;) {
    const { value } = await ticks.next();
    const [tick] = value;
    const price = tick.prices[symbol];
    if (price !== undefined) return { symbol, price, seq: tick.seq, at: tick.at };
  }
}

export function firmQuote(price, qty, side) {
  const spread = side === "buy" ? 1.0015 : 0.9985;
  const unit = Math.round(price.price * spread * 100) / 100;
  return {
    ...price,
    side,
    qty,
    unit,
    total: Math.round(unit * qty * 100) / 100,
    validUntil: price.at + 5_000,
  };
}
