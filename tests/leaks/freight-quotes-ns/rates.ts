// Freight rating, kept as the namespace it was in the old TypeScript 1.x codebase.

// deno-lint-ignore no-namespace -- the rating module predates ES modules in this codebase
export namespace FreightRates {
  export interface Shipment {
    reference: string;
    origin: string;
    destination: string;
    pallets: number;
    weightKg: number;
    tailLift?: boolean;
  }

  export interface Quote {
    reference: string;
    lane: string;
    zone: number;
    base: number;
    weightCharge: number;
    surcharges: { name: string; amount: number }[];
    total: number;
    currency: "EUR";
    validUntil: string;
  }

  const ZONES: Record<string, number> = { NL: 1, BE: 1, LU: 1, DE: 2, FR: 2, AT: 3, IT: 3, PL: 3 };
  const BASE_PER_PALLET = [0, 62, 88, 131];
  const FUEL_SURCHARGE = 0.142;

  // Rating is cheap but the tariff lookups are not; identical shipments rate the same, so
  // quotes are kept by shipment.
  const quoteCache: Record<string, Quote> = {};
  let rated = 0;
  let hits = 0;

  function zoneOf(country: string): number {
    return ZONES[country.slice(0, 2).toUpperCase()] ?? 3;
  }

  export function quote(shipment: Shipment): Quote {
    const key = JSON.stringify(shipment);
    const cached = quoteCache[key];
    if (cached) {
      hits++;
      return cached;
    }
    const zone = Math.max(zoneOf(shipment.origin), zoneOf(shipment.destination));
    const base = BASE_PER_PALLET[zone] * shipment.pallets;
    const weightCharge = Math.max(0, shipment.weightKg - 400 * shipment.pallets) * 0.11;
    const surcharges = [{ name: "fuel", amount: +(base * FUEL_SURCHARGE).toFixed(2) }];
    if (shipment.tailLift) surcharges.push({ name: "tail lift", amount: 35 });
    const quote: Quote = {
      reference: shipment.reference,
      lane: `${shipment.origin} -> ${shipment.destination}`,
      zone,
      base,
      weightCharge: +weightCharge.toFixed(2),
      surcharges,
      total: +(base + weightCharge + surcharges.reduce((s, x) => s + x.amount, 0)).toFixed(2),
      currency: "EUR",
      validUntil: new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10),
    };
    quoteCache[key] = quote;
    rated++;
    return quote;
  }

  export function stats(): { rated: number; hits: number } {
    return { rated, hits };
  }
}
