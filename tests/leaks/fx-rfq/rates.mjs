// Mid rates for the pairs the desk quotes, moved by the liquidity provider's stream (here a
// small random walk every 200 ms).
const mids = new Map([
  ["EURUSD", 1.0842],
  ["GBPUSD", 1.2705],
  ["USDJPY", 151.37],
  ["USDNOK", 10.6418],
  ["EURSEK", 11.4172],
]);
const DECIMALS = { USDJPY: 3 };

let ticks = 0;
setInterval(() => {
  ticks++;
  for (const [pair, mid] of mids) {
    const step = (Math.random() - 0.5) * mid * 0.0002;
    mids.set(pair, mid + step);
  }
}, 200);

export function midFor(pair) {
  return mids.get(pair);
}

export function round(pair, rate) {
  const d = DECIMALS[pair] ?? 5;
  return Math.round(rate * 10 ** d) / 10 ** d;
}

export function rateStats() {
  return { ticks, pairs: mids.size };
}
