// deno-lint-ignore-file no-var -- ES5 habits kept through the move to ESM
import { EventEmitter } from "node:events";

// Live prices for the markets we trade. In production they arrive from the trading desk's
// feed; here a deterministic drift every 250 ms keeps the shape (a 'change' per market move).
export var oddsFeed = new EventEmitter();

export var markets = {
  "ars-che:1x2": { home: 2.1, draw: 3.4, away: 3.6 },
  "liv-mci:1x2": { home: 2.6, draw: 3.5, away: 2.7 },
  "tot-new:btts": { yes: 1.72, no: 2.05 },
};

var tick = 0;
setInterval(function () {
  tick++;
  var keys = Object.keys(markets);
  var market = keys[tick % keys.length];
  var prices = markets[market];
  Object.keys(prices).forEach(function (outcome, n) {
    var drift = ((tick + n) % 5 - 2) * 0.01;
    prices[outcome] = Math.max(1.01, +(prices[outcome] + drift).toFixed(2));
  });
  oddsFeed.emit("change", { market: market, prices: Object.assign({}, prices), tick: tick });
}, 250).unref();

export function priceOf(selection) {
  var prices = markets[selection.market];
  return prices ? prices[selection.outcome] : undefined;
}
