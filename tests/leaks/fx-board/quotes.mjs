import { cross, rates, tick } from "./rates.mjs";

const numberFormats = new Map();

function money(locale, currency) {
  const key = `${locale}|${currency}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: "currency", currency });
    numberFormats.set(key, f);
  }
  return f;
}

function withTimeout(work, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Waits for the next tick (at most a few ms) so the quote is never staler than one tick. */
function nextTick() {
  return new Promise((resolve) => {
    const onTick = (snapshot) => resolve(snapshot);
    rates.once("tick", onTick);
    setImmediate(tick);
  });
}

export class QuoteSession {
  static #open = new Set();

  constructor(customer) {
    this.customer = customer;
    this.openedAt = Date.now();
    QuoteSession.#open.add(this);
  }

  static get open() {
    return QuoteSession.#open.size;
  }

  async quote({ from, to, amount, locale }) {
    const listener = () => {
      this.lastTickAt = Date.now();
    };
    rates.on("tick", listener);
    try {
      await withTimeout(nextTick(), 250);
      const rate = cross(from, to);
      if (rate === undefined) return null;
      return {
        customer: this.customer,
        pair: `${from}/${to}`,
        rate: Math.round(rate * 1e6) / 1e6,
        pays: money(locale, from).format(amount),
        receives: money(locale, to).format(amount * rate),
      };
    } finally {
      rates.off("tick", listener);
    }
  }

  close() {
    QuoteSession.#open.delete(this);
  }
}
