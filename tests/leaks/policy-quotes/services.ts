import { Container, type Resolver, token } from "./vendor/tiny-di/mod.ts";

export type RateTable = {
  revision: number;
  base: Record<string, number>;
  declinedBreeds: Set<string>;
  ageFactor(age: number): number;
};

export class RequestContext {
  readonly startedAt = Date.now();
  constructor(
    readonly requestId: string,
    readonly channel: string,
    readonly userAgent: string,
    readonly body: Record<string, unknown>,
  ) {}
}

export class QuoteError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export class QuoteCalculator implements Disposable {
  readonly notes: string[] = [];
  closed = false;

  constructor(private readonly ctx: RequestContext, private readonly rates: RateTable) {}

  pet(breed: string, age: number, postcode: string) {
    if (this.rates.declinedBreeds.has(breed)) throw new QuoteError(422, `cannot insure ${breed}`);
    const urban = /^[123]0/.test(postcode) ? 1.15 : 1;
    if (urban > 1) this.notes.push(`urban postcode ${postcode}: +15%`);
    return this.#result("pet", this.rates.base.pet * this.rates.ageFactor(age) * urban);
  }

  travel(destination: string, days: number, travellers: number) {
    if (days > 180) throw new QuoteError(422, "trip too long");
    const region = ["US", "CA", "AU"].includes(destination) ? 1.6 : 1;
    if (region > 1) this.notes.push(`long-haul destination ${destination}: +60%`);
    return this.#result("travel", this.rates.base.travel * days * travellers * region);
  }

  #result(product: string, amount: number) {
    const { requestId, channel } = this.ctx;
    const amountCents = Math.round(amount * 100);
    return {
      product,
      amountCents,
      revision: this.rates.revision,
      requestId,
      channel,
      notes: this.notes,
    };
  }

  [Symbol.dispose]() {
    this.closed = true;
  }
}

export const RATES = token<RateTable>("RateTable");
export const CONTEXT = token<RequestContext>("RequestContext");
export const CALCULATOR = token<QuoteCalculator>("QuoteCalculator");

let revision = 0;

export function loadRates(): RateTable {
  revision++;
  return {
    revision,
    base: { pet: 11.5 + revision / 100, travel: 2.1 },
    declinedBreeds: new Set(["wolfdog", "tosa"]),
    ageFactor: (age) => 1 + Math.max(0, age - 3) * 0.12,
  };
}

export const container = new Container()
  .register(RATES, "singleton", loadRates)
  .register(CONTEXT, "scoped", () => {
    throw new Error("RequestContext is provided per request");
  })
  .register(
    CALCULATOR,
    "scoped",
    (r: Resolver) => new QuoteCalculator(r.get(CONTEXT), r.get(RATES)),
  );
