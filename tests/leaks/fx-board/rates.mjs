import { EventEmitter } from "node:events";

// Mid-market rates, ticking a little on every read (a stand-in for the market data feed).
export const rates = new EventEmitter();
rates.setMaxListeners(0);

const mid = { EUR: 1, USD: 1.08, GBP: 0.85, JPY: 163.2, CHF: 0.97, SEK: 11.4 };
const CACHE = Symbol.for("fx.crossRates");

export function tick() {
  for (const code of Object.keys(mid)) {
    if (code === "EUR") continue;
    mid[code] = Math.round(mid[code] * (1 + (Math.random() - 0.5) / 1000) * 1e6) / 1e6;
  }
  rates[CACHE] = new Map(); // cross rates are recomputed after a tick
  rates.emit("tick", { ...mid });
}

/** Cross rate `from`→`to`, memoised per pair until the next tick. */
export function cross(from, to) {
  if (!(from in mid) || !(to in mid)) return undefined;
  const cache = rates[CACHE] ??= new Map();
  const pair = `${from}/${to}`;
  if (!cache.has(pair)) cache.set(pair, mid[to] / mid[from]);
  return cache.get(pair);
}
