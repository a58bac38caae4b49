/**
 * The market-data provider's spot rates. This build uses the provider's sandbox, which
 * answers from a fixed table with a little jitter after a few ms.
 */

const MID_VS_EUR: Record<string, number> = {
  EUR: 1,
  USD: 1.0842,
  GBP: 0.8531,
  CHF: 0.9463,
  SEK: 11.384,
  NOK: 11.702,
  DKK: 7.4589,
  PLN: 4.3121,
  JPY: 161.92,
};

export interface SpotRate {
  base: string;
  quote: string;
  mid: number;
  asOf: string;
  source: string;
}

export function supported(code: string) {
  return code in MID_VS_EUR;
}

export async function fetchSpot(base: string, quote: string): Promise<SpotRate> {
  await new Promise((r) => setTimeout(r, 4));
  if (!supported(base) || !supported(quote)) {
    throw new Error(`provider has no rate for ${base}/${quote}`);
  }
  const jitter = 1 + (Math.random() - 0.5) / 5000;
  return {
    base,
    quote,
    mid: (MID_VS_EUR[quote] / MID_VS_EUR[base]) * jitter,
    asOf: new Date().toISOString(),
    source: "sandbox-ecb-blend",
  };
}
