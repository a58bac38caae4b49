import { buyers, PollThrottle } from "./buyers.ts";
import { recordPrice } from "./price_charts.ts";
import { VersionedStore } from "./store.ts";

export const SPECIES: Record<string, { name: string; minCentsPerKg: number }> = {
  SOL: { name: "Sole (tong)", minCentsPerKg: 1450 },
  PLE: { name: "Plaice (schol)", minCentsPerKg: 210 },
  TUR: { name: "Turbot (tarbot)", minCentsPerKg: 1900 },
  COD: { name: "Cod (kabeljauw)", minCentsPerKg: 520 },
};

export interface Lot {
  readonly id: string;
  readonly landing: string;
  readonly vessel: string;
  readonly species: string;
  readonly sizeClass: number;
  readonly freshness: "E" | "A" | "B";
  readonly crates: number;
  readonly kg: number;
  readonly status: "on-clock" | "sold";
  readonly buyer?: string;
  readonly centsPerKg?: number;
}

export class AuctionError extends Error {
  constructor(message: string, readonly status = 422) {
    super(message);
  }
}

const lots = new VersionedStore<Lot>((lot) => lot.species);
const landings = new Map<string, { id: string; vessel: string; open: number; landedAt: string }>();
const throttle = new PollThrottle();
const sales: { lot: string; buyer: string; centsPerKg: number; kg: number }[] = [];
const MAX_SALES = 50;
export const totals = { landings: 0, lots: 0, sold: 0, turnoverCents: 0 };

export interface LandingRequest {
  id?: string;
  vessel?: string;
  lots?: {
    species: string;
    sizeClass: number;
    freshness: "E" | "A" | "B";
    crates: number;
    kg: number;
  }[];
}

export function land(body: LandingRequest): Lot[] {
  if (!/^LD-\d+$/.test(body.id ?? "") || !body.vessel) {
    throw new AuctionError("landing id and vessel");
  }
  if (landings.has(body.id!)) throw new AuctionError(`${body.id} already landed`, 409);
  const incoming = body.lots ?? [];
  if (incoming.length === 0 || incoming.some((l) => !(l.species in SPECIES) || !(l.kg > 0))) {
    throw new AuctionError("lots need a known species and a weight");
  }
  landings.set(body.id!, {
    id: body.id!,
    vessel: body.vessel,
    open: incoming.length,
    landedAt: new Date().toISOString(),
  });
  totals.landings++;
  return incoming.map((l, k) => {
    const lot: Lot = {
      id: `${body.id}-${k + 1}`,
      landing: body.id!,
      vessel: body.vessel!,
      species: l.species,
      sizeClass: l.sizeClass,
      freshness: l.freshness,
      crates: l.crates,
      kg: l.kg,
      status: "on-clock",
    };
    lots.insert(lot);
    totals.lots++;
    return lot;
  });
}

export function onClock(species: string, terminal: string): Lot[] {
  if (!throttle.allow(terminal)) throw new AuctionError("polling too often", 429);
  return lots.byKey(species).filter((lot) => lot.status === "on-clock");
}

/** A buyer stops the clock at a price: the lot is sold and leaves the floor with its crates. */
export function bid(lotId: string, buyerId: string, centsPerKg: number): Lot {
  const buyer = buyers.get(buyerId);
  if (!buyer) throw new AuctionError(`unknown buyer ${buyerId}`, 403);
  const lot = lots.get(lotId);
  if (!lot || lot.status !== "on-clock") {
    throw new AuctionError(`${lotId} is not on the clock`, 404);
  }
  if (centsPerKg < SPECIES[lot.species].minCentsPerKg) throw new AuctionError("below the minimum");
  const sold = lots.update(lotId, (current) => ({
    ...current,
    status: "sold",
    buyer: buyerId,
    centsPerKg,
  }));
  const amount = Math.round(sold.kg * centsPerKg);
  totals.sold++;
  totals.turnoverCents += amount;
  recordPrice(sold.species, centsPerKg);
  sales.push({ lot: sold.id, buyer: buyerId, centsPerKg, kg: sold.kg });
  if (sales.length > MAX_SALES) sales.shift();
  // Sold lots are loaded straight onto the buyer's truck.
  lots.remove(lotId);
  const landing = landings.get(sold.landing);
  if (landing && --landing.open === 0) landings.delete(landing.id);
  return sold;
}

export function board() {
  return {
    lotsOnFloor: lots.size,
    landingsOpen: landings.size,
    totals,
    lastSales: sales.slice(-8),
  };
}
