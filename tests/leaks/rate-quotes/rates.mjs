import { EventEmitter } from "node:events";

/** Mid-market rates, refreshed from the provider once a second (simulated). */
class RateFeed extends EventEmitter {
  #rates = new Map([["EURUSD", 1.0842], ["EURGBP", 0.8571], ["USDJPY", 151.32], [
    "GBPUSD",
    1.2649,
  ]]);

  constructor() {
    super();
    setInterval(() => this.#refresh(), 1000).unref();
  }

  supports(from, to) {
    return this.#rates.has(from + to);
  }

  get(from, to) {
    return this.#rates.get(from + to);
  }

  all() {
    return Object.fromEntries(this.#rates);
  }

  #refresh() {
    for (const [pair, rate] of this.#rates) {
      const next = Math.round(rate * (1 + (Math.random() - 0.5) / 1000) * 1e4) / 1e4;
      if (next === rate) continue;
      this.#rates.set(pair, next);
      this.emit("update", pair, next);
    }
  }
}

export const rates = new RateFeed();
// Every open quote follows its pair, so there are many listeners by design.
rates.setMaxListeners(0);
