/** An offer as the consolidator's API returns it (expiry in epoch seconds). */
export interface Offer {
  offerId: string;
  carrier: string;
  flights: string[];
  departs: string;
  arrives: string;
  fareBasis: string;
  cabin: string;
  priceCents: number;
  currency: string;
  seatsLeft: number;
  negotiated: boolean;
  validUntil: number;
}

export interface SearchQuery {
  account: string;
  from: string;
  to: string;
  date: string;
  cabin: string;
}

const SCHEDULE = [
  {
    carrier: "BA",
    flights: ["BA478"],
    dep: "07:25",
    arr: "10:40",
    base: 11800,
    fareBasis: "OLOWEU",
  },
  {
    carrier: "VY",
    flights: ["VY7821"],
    dep: "09:55",
    arr: "13:05",
    base: 8900,
    fareBasis: "VYBASIC",
  },
  {
    carrier: "IB",
    flights: ["IB3167"],
    dep: "13:10",
    arr: "16:20",
    base: 12400,
    fareBasis: "KLOWEU",
  },
  {
    carrier: "LH",
    flights: ["LH901", "LH1128"],
    dep: "06:45",
    arr: "13:30",
    base: 15600,
    fareBasis: "LFLEX",
  },
];

// corporate deals by account: percentage off the carrier's public fare
const DEALS: Record<string, number> = { BA: 12, IB: 8, LH: 15 };
const OFFER_VALIDITY_S = 30 * 60;

let seq = 0;

/** The consolidator's availability search (answers from its own cache, so it's quick). */
export function searchConsolidator(q: SearchQuery): Promise<Offer[]> {
  const validUntil = Math.floor(Date.now() / 1000) + OFFER_VALIDITY_S;
  const multiplier = q.cabin === "business" ? 3.2 : q.cabin === "premium" ? 1.7 : 1;
  const offers = SCHEDULE.map((s) => {
    const deal = DEALS[s.carrier] ?? 0;
    return {
      offerId: `OF-${q.from}${q.to}-${(++seq).toString(36).toUpperCase()}`,
      carrier: s.carrier,
      flights: [...s.flights],
      departs: `${q.date}T${s.dep}:00`,
      arrives: `${q.date}T${s.arr}:00`,
      fareBasis: s.fareBasis,
      cabin: q.cabin,
      priceCents: Math.round(s.base * multiplier * (1 - deal / 100)),
      currency: "GBP",
      seatsLeft: 9 - (seq % 7),
      negotiated: deal > 0,
      validUntil,
    };
  });
  return Promise.resolve(offers);
}
