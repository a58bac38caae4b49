import {
  circuitBreaker,
  ConsecutiveBreaker,
  ConstantBackoff,
  handleType,
  retry,
  timeout,
  TimeoutStrategy,
  wrap,
} from "cockatiel";

export class CarrierUnavailable extends Error {
  constructor(readonly carrier: string, readonly attempt: number) {
    super(`${carrier} is busy (call ${attempt})`);
  }
}

export interface Lane {
  from: string;
  to: string;
  kg: number;
}

export interface CarrierRate {
  carrier: string;
  service: string;
  priceCents: number;
  transitDays: number;
}

const ZONES: Record<string, number> = { DE: 1, NL: 1, BE: 1, FR: 2, AT: 2, PL: 2, IT: 3, ES: 3 };

/** The carriers' rate APIs, as adapters: every fourth call to a busy one fails once. */
class CarrierAdapter {
  #calls = 0;
  constructor(
    readonly name: string,
    readonly service: string,
    readonly basePerKg: number,
    readonly flaky: boolean,
  ) {}

  async rate(lane: Lane): Promise<CarrierRate> {
    const call = ++this.#calls;
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (this.flaky && call % 4 === 0) throw new CarrierUnavailable(this.name, call);
    const distance = Math.abs((ZONES[lane.from] ?? 4) - (ZONES[lane.to] ?? 4)) + 1;
    return {
      carrier: this.name,
      service: this.service,
      priceCents: Math.round((490 + lane.kg * this.basePerKg * distance) / 5) * 5,
      transitDays: distance + (this.flaky ? 0 : 1),
    };
  }
}

export const carriers = [
  new CarrierAdapter("parcelfast", "express", 95, true),
  new CarrierAdapter("eurofreight", "road", 60, false),
  new CarrierAdapter("postnord", "standard", 70, true),
];

// One resilience policy for every carrier call: a short timeout, two retries on a busy
// carrier, and a breaker that stops calling one that keeps failing.
export const carrierRetry = retry(handleType(CarrierUnavailable), {
  maxAttempts: 2,
  backoff: new ConstantBackoff(2),
});
const carrierBreaker = circuitBreaker(handleType(CarrierUnavailable), {
  halfOpenAfter: 5_000,
  breaker: new ConsecutiveBreaker(20),
});
export const carrierPolicy = wrap(
  carrierRetry,
  carrierBreaker,
  timeout(500, TimeoutStrategy.Aggressive),
);
