/** A quote as the rate provider pushes it (one per currency pair). */
export interface ProviderQuote {
  provider: string;
  base: string;
  quote: string;
  bid: number;
  ask: number;
  timestamp: number;
  sequence: number;
  venue?: string;
}

export interface Rate {
  pair: string;
  mid: number;
  bid: number;
  ask: number;
  spreadBps: number;
  source: string;
  asOf: string;
  receivedAt: number;
  raw: ProviderQuote;
  previous: Rate | null;
}

export class RateError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** The latest rate per pair, as treasury's pricing and the conversion endpoint read it. */
export class RateBook {
  #latest = new Map<string, Rate>();

  update(q: ProviderQuote): Rate {
    if (!(q.bid > 0 && q.ask >= q.bid)) throw new RateError(422, "bid/ask out of order");
    const pair = `${q.base.toUpperCase()}/${q.quote.toUpperCase()}`;
    const current = this.#latest.get(pair) ?? null;
    const mid = (q.bid + q.ask) / 2;
    const rate: Rate = {
      pair,
      mid,
      bid: q.bid,
      ask: q.ask,
      spreadBps: Math.round(((q.ask - q.bid) / mid) * 10_000),
      source: `${q.provider}${q.venue ? `:${q.venue}` : ""}`,
      asOf: new Date(q.timestamp).toISOString(),
      receivedAt: Date.now(),
      raw: q,
      previous: current,
    };
    this.#latest.set(pair, rate);
    return rate;
  }

  get(base: string, quote: string): Rate | undefined {
    const direct = this.#latest.get(`${base}/${quote}`);
    if (direct) return direct;
    const inverse = this.#latest.get(`${quote}/${base}`);
    if (!inverse) return undefined;
    return {
      ...inverse,
      pair: `${base}/${quote}`,
      mid: 1 / inverse.mid,
      bid: 1 / inverse.ask,
      ask: 1 / inverse.bid,
    };
  }

  /** Move since the previous tick, in basis points, for the dealing desk's board. */
  changeBps(pair: string): number {
    const rate = this.#latest.get(pair);
    if (!rate?.previous) return 0;
    return Math.round(((rate.mid - rate.previous.mid) / rate.previous.mid) * 10_000);
  }

  board() {
    return [...this.#latest.values()].map((r) => ({
      pair: r.pair,
      mid: r.mid,
      spreadBps: r.spreadBps,
      changeBps: this.changeBps(r.pair),
      asOf: r.asOf,
      source: r.source,
    }));
  }
}
