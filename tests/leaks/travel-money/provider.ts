/**
 * The wholesale rate feed (mid-market rates against EUR). The production build calls the
 * bank's rate API; this copy serves the last published table with a little drift, after the
 * same few milliseconds of latency.
 */

export type RateTable = Record<string, number>;

const PUBLISHED: RateTable = {
  EUR: 1,
  GBP: 0.8563,
  USD: 1.0842,
  CHF: 0.9781,
  JPY: 168.91,
  SEK: 11.482,
  NOK: 11.676,
  DKK: 7.4587,
  PLN: 4.3125,
  CZK: 25.114,
  TRY: 34.905,
  THB: 39.62,
};

let calls = 0;

export async function fetchRates(): Promise<RateTable> {
  calls++;
  await new Promise((resolve) => setTimeout(resolve, 4));
  const drift = 1 + Math.sin(calls / 7) * 0.0015;
  const table: RateTable = {};
  for (const [code, rate] of Object.entries(PUBLISHED)) {
    table[code] = code === "EUR" ? 1 : Number((rate * drift).toFixed(5));
  }
  return table;
}

export function providerCalls(): number {
  return calls;
}
