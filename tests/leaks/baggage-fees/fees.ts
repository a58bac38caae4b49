/** Checked-baggage fees per route group, in EUR cents, and the live FX rates for display. */

export type RouteGroup = "domestic" | "schengen" | "europe" | "long-haul";

export interface BagRule {
  includedKg: number;
  firstBagCents: number;
  extraBagCents: number;
  overweightPerKgCents: number;
  maxKg: number;
}

export const RULES: Record<RouteGroup, BagRule> = {
  domestic: {
    includedKg: 0,
    firstBagCents: 2500,
    extraBagCents: 3500,
    overweightPerKgCents: 1000,
    maxKg: 32,
  },
  schengen: {
    includedKg: 0,
    firstBagCents: 3500,
    extraBagCents: 4500,
    overweightPerKgCents: 1200,
    maxKg: 32,
  },
  europe: {
    includedKg: 0,
    firstBagCents: 4000,
    extraBagCents: 5500,
    overweightPerKgCents: 1500,
    maxKg: 32,
  },
  "long-haul": {
    includedKg: 23,
    firstBagCents: 0,
    extraBagCents: 9000,
    overweightPerKgCents: 2000,
    maxKg: 32,
  },
};

const AIRPORTS: Record<string, { country: string; schengen: boolean }> = {
  AMS: { country: "NL", schengen: true },
  EIN: { country: "NL", schengen: true },
  BCN: { country: "ES", schengen: true },
  LIS: { country: "PT", schengen: true },
  LHR: { country: "GB", schengen: false },
  DUB: { country: "IE", schengen: false },
  JFK: { country: "US", schengen: false },
  CUR: { country: "CW", schengen: false },
};

const LONG_HAUL = new Set(["US", "CW"]);

export function routeGroup(from: string, to: string): RouteGroup | undefined {
  const a = AIRPORTS[from];
  const b = AIRPORTS[to];
  if (!a || !b) return undefined;
  if (a.country === b.country) return "domestic";
  if (LONG_HAUL.has(a.country) || LONG_HAUL.has(b.country)) return "long-haul";
  return a.schengen && b.schengen ? "schengen" : "europe";
}

export type FxRates = { base: "EUR"; asOf: string; rates: Record<string, number> };

export let currentRates: FxRates = {
  base: "EUR",
  asOf: new Date().toISOString(),
  rates: { EUR: 1, USD: 1.085, GBP: 0.857, ANG: 1.94 },
};

export function setRates(next: FxRates) {
  currentRates = next;
}
