import { EventEmitter } from "node:events";

// The market-data feed: one 'tick' with every symbol's price, every 25 ms.
export const priceFeed = new EventEmitter();
priceFeed.setMaxListeners(0);

const prices = new Map([["ACME", 101.5], ["GLOBEX", 54.2], ["INITECH", 12.75], ["UMBR", 230.1]]);
let seq = 0;

setInterval(() => {
  seq++;
  for (const [symbol, p] of prices) {
    const drift = Math.sin(seq / 7 + symbol.length) * 0.002;
    prices.set(symbol, Math.round(p * (1 + drift) * 100) / 100);
  }
  priceFeed.emit("tick", { seq, at: Date.now(), prices: Object.fromEntries(prices) });
}, 25).unref();

export const symbols = () => [...prices.keys()];
