import type { Lane } from "./lanes.ts";

export interface Surcharge {
  code: string;
  description: string;
  cents: number;
}

export interface Quote {
  lane: string;
  weightKg: number;
  baseCents: number;
  surcharges: Surcharge[];
  totalCents: number;
  currency: "EUR";
  quotedAt: string;
  expiresAt: number;
}

const QUOTE_TTL_MS = 10 * 60 * 1000;
const DIESEL_INDEX = 1.137;

// Quotes are expensive to build (the tariff tables are big), and most traffic is a handful of
// lanes and weight classes, so quotes are cached for their validity period.
const quoteCache = new Map<[string, string, number], Quote>();

function buildQuote(lane: Lane, weightKg: number): Quote {
  const baseCents = Math.round(lane.km * 42 + weightKg * lane.km * 0.35);
  const surcharges: Surcharge[] = [
    {
      code: "FSC",
      description: `Fuel surcharge at diesel index ${DIESEL_INDEX} for ${lane.km} km`,
      cents: Math.round(baseCents * (DIESEL_INDEX - 1)),
    },
    {
      code: "TOLL",
      description: `Road tolls ${lane.origin}→${lane.destination}, Euro VI tractor`,
      cents: Math.round(lane.km * 18.7),
    },
  ];
  if (lane.ferry) {
    surcharges.push({
      code: "FERRY",
      description: "Unaccompanied trailer crossing, standard sailing",
      cents: 21500,
    });
  }
  const totalCents = baseCents + surcharges.reduce((n, s) => n + s.cents, 0);
  return {
    lane: `${lane.origin}-${lane.destination}`,
    weightKg,
    baseCents,
    surcharges,
    totalCents,
    currency: "EUR",
    quotedAt: new Date().toISOString(),
    expiresAt: Date.now() + QUOTE_TTL_MS,
  };
}

export function quoteFor(lane: Lane, weightKg: number): Quote {
  const weightClass = Math.ceil(weightKg / 100) * 100;
  const key: [string, string, number] = [lane.origin, lane.destination, weightClass];
  const cached = quoteCache.get(key);
  if (cached && cached.expiresAt > Date.now()) return cached;
  const fresh = buildQuote(lane, weightClass);
  quoteCache.set(key, fresh);
  return fresh;
}
