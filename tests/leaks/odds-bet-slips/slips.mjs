// deno-lint-ignore-file no-this-alias no-var -- ES5 habits kept through the move to ESM
import { oddsFeed, priceOf } from "./odds-feed.mjs";

// A bet slip re-prices itself while it is open: when a market it holds moves, the customer
// sees the new price and must accept it before placing.
export function BetSlip(id, customer, selections, stake) {
  var self = this;
  this.id = id;
  this.customer = customer;
  this.selections = selections.map(function (s) {
    return { market: s.market, outcome: s.outcome, price: priceOf(s) };
  });
  this.stake = stake;
  this.status = "open";
  this.priceChanged = false;
  this.history = [];
  this.openedAt = Date.now();

  oddsFeed.on("change", function onChange(update) {
    self.reprice(update);
  });
}

BetSlip.prototype.combinedPrice = function () {
  return +this.selections.reduce(function (acc, s) {
    return acc * (s.price || 1);
  }, 1).toFixed(2);
};

BetSlip.prototype.reprice = function (update) {
  if (this.status !== "open") return;
  var changed = false;
  this.selections.forEach(function (s) {
    if (s.market !== update.market) return;
    var price = update.prices[s.outcome];
    if (price !== undefined && price !== s.price) {
      s.price = price;
      changed = true;
    }
  });
  if (changed) {
    this.priceChanged = true;
    this.history.push({ tick: update.tick, price: this.combinedPrice() });
    if (this.history.length > 10) this.history.shift();
  }
};

BetSlip.prototype.close = function (status) {
  this.status = status;
  this.closedAt = Date.now();
  oddsFeed.removeListener("change", this.reprice);
};

BetSlip.prototype.toJSON = function () {
  return {
    id: this.id,
    customer: this.customer,
    status: this.status,
    stake: this.stake,
    price: this.combinedPrice(),
    potentialReturn: +(this.stake * this.combinedPrice()).toFixed(2),
    selections: this.selections,
    priceChanged: this.priceChanged,
  };
};
