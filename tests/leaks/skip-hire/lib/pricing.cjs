"use strict";

const { RateCardUser, WithVat } = require("./rates.cjs");

class SkipQuote extends WithVat(RateCardUser) {
  #lines;

  constructor(order) {
    super();
    this.order = order;
    this.#lines = this.#build();
  }

  ratesChanged() {
    this.#lines = this.#build();
  }

  #build() {
    const o = this.order;
    const lines = [{ text: `${o.size} skip, 14 days`, amount: this.rates.sizes[o.size] }];
    if (o.onRoad) {
      const area = o.postcode.slice(0, 2).toUpperCase();
      lines.push({ text: `Road permit (${area})`, amount: this.rates.roadPermit[area] ?? 60 });
    }
    return lines;
  }

  summary() {
    const net = this.#lines.reduce((n, l) => n + l.amount, 0);
    return { order: this.order.id, lines: this.#lines, ...this.withVat(net) };
  }

  overweight(weightKg) {
    const over = Math.max(0, weightKg - this.rates.includedKg[this.order.size]);
    return over
      ? {
        text: `Overweight ${over} kg`,
        amount: this.money((over / 1000) * this.rates.landfillPerTonne),
      }
      : null;
  }

  dispose() {
    this.#lines = [];
    super.dispose();
  }
}

function priced(order, fn) {
  const quote = new SkipQuote(order);
  try {
    return fn(quote);
  } finally {
    quote.dispose();
  }
}

module.exports = { SkipQuote, priced };
