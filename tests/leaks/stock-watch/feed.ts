import { EventEmitter } from "node:events";

export interface Tick {
  symbol: string;
  price: number;
  at: number;
}

/** Simulated market data: a random walk per symbol, published every half second. */
class PriceFeed extends EventEmitter {
  #prices = new Map<string, number>([["ACME", 120], ["GLBX", 48.5], ["INIT", 9.75], ["UMBR", 310]]);

  constructor() {
    super();
    setInterval(() => this.#tick(), 500);
  }

  has(symbol: string): boolean {
    return this.#prices.has(symbol);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.#prices);
  }

  #tick() {
    for (const [symbol, price] of this.#prices) {
      const next = Math.max(0.01, Math.round(price * (1 + (Math.random() - 0.5) / 50) * 100) / 100);
      this.#prices.set(symbol, next);
      this.emit("change", { symbol, price: next, at: Date.now() } satisfies Tick);
    }
  }
}

export const priceFeed = new PriceFeed();
