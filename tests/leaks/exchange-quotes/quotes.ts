export class QuoteError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface LockedQuote {
  id: string;
  from: string;
  to: string;
  amountMinor: number;
  convertedMinor: number;
  rate: number;
  marginBps: number;
  lockedAt: number;
  timer: ReturnType<typeof setTimeout>;
}

export interface Conversion {
  quote: string;
  from: string;
  to: string;
  amountMinor: number;
  convertedMinor: number;
  rate: number;
  at: string;
}

/** How long the shopper has to pay at the quoted rate. */
export const LOCK_MS = 150;

/** Rates shown at checkout are locked for a short while; accepting one books the conversion. */
export class QuoteBook {
  #quotes = new Map<string, LockedQuote>();
  #conversions: Conversion[] = [];
  lapsed = 0;

  lock(id: string, from: string, to: string, amountMinor: number, mid: number, marginBps: number) {
    if (this.#quotes.has(id)) throw new QuoteError(409, `quote ${id} already exists`);
    const rate = mid * (1 - marginBps / 10_000);
    const quote: LockedQuote = {
      id,
      from,
      to,
      amountMinor,
      convertedMinor: Math.round(amountMinor * rate),
      rate,
      marginBps,
      lockedAt: Date.now(),
      timer: setTimeout(() => {
        this.#quotes.delete(id);
        this.lapsed++;
      }, LOCK_MS),
    };
    this.#quotes.set(id, quote);
    return { id, rate, convertedMinor: quote.convertedMinor, validForMs: LOCK_MS };
  }

  accept(id: string): Conversion {
    const quote = this.#quotes.get(id);
    if (!quote) throw new QuoteError(410, `quote ${id} has lapsed; ask for a new one`);
    clearTimeout(quote.timer);
    this.#quotes.delete(id);
    const conversion: Conversion = {
      quote: id,
      from: quote.from,
      to: quote.to,
      amountMinor: quote.amountMinor,
      convertedMinor: quote.convertedMinor,
      rate: quote.rate,
      at: new Date().toISOString(),
    };
    this.#conversions.unshift(conversion);
    if (this.#conversions.length > 40) this.#conversions.length = 40;
    return conversion;
  }

  recent(limit: number) {
    return this.#conversions.slice(0, limit);
  }

  open() {
    return this.#quotes.size;
  }
}
