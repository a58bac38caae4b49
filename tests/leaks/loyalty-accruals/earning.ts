import { memoize } from "./vendor/memo-cache/mod.ts";
import { config } from "./config.ts";

export type Tier = "blue" | "silver" | "gold" | "platinum";

export interface QuoteInput {
  tier: Tier;
  carrier: string;
  fareClass: string;
  amountCents: number;
  currency: string;
}

export interface PointsQuote {
  carrier: string;
  fareClass: string;
  tier: Tier;
  earnRate: number;
  basePoints: number;
  tierBonus: number;
  partnerBonus: number;
  total: number;
  breakdown: { label: string; points: number }[];
  computedAt: string;
}

// points per euro of base fare by booking class (partners earn at their own rate)
const CLASS_RATES: Record<string, number> = {
  J: 3,
  C: 3,
  D: 2.5,
  Y: 1.5,
  B: 1.25,
  M: 1,
  K: 0.75,
  O: 0.5,
};
const TIER_BONUS: Record<Tier, number> = { blue: 0, silver: 0.25, gold: 0.5, platinum: 1 };
const PARTNERS: Record<string, number> = { TP: 1, IB: 1, LH: 0.8, KL: 0.8, U2: 0 };
const TO_EUR: Record<string, number> = { EUR: 1, GBP: 1.17, USD: 0.92, CHF: 1.04 };

export class EarningError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function computeQuote(input: QuoteInput): PointsQuote {
  const rate = CLASS_RATES[input.fareClass.toUpperCase()];
  const partner = PARTNERS[input.carrier.toUpperCase()];
  const fx = TO_EUR[input.currency.toUpperCase()];
  if (rate === undefined) throw new EarningError(422, `class ${input.fareClass} does not earn`);
  if (partner === undefined) throw new EarningError(422, `${input.carrier} is not a partner`);
  if (fx === undefined) throw new EarningError(422, `currency ${input.currency} not supported`);

  const euros = (input.amountCents / 100) * fx;
  const basePoints = Math.floor(euros * rate);
  const tierBonus = Math.floor(basePoints * TIER_BONUS[input.tier]);
  const partnerBonus = Math.floor(basePoints * (partner - 1));
  const breakdown = [
    { label: `Base (${input.fareClass.toUpperCase()} class, ${rate}/EUR)`, points: basePoints },
    { label: `${input.tier[0].toUpperCase()}${input.tier.slice(1)} tier bonus`, points: tierBonus },
    { label: `${input.carrier.toUpperCase()} partner adjustment`, points: partnerBonus },
  ];
  return {
    carrier: input.carrier.toUpperCase(),
    fareClass: input.fareClass.toUpperCase(),
    tier: input.tier,
    earnRate: rate,
    basePoints,
    tierBonus,
    partnerBonus,
    total: Math.max(0, basePoints + tierBonus + partnerBonus),
    breakdown,
    computedAt: new Date().toISOString(),
  };
}

export const quotePoints = memoize(computeQuote, config.quoteCache);
