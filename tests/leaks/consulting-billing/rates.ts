export interface Client {
  id: string;
  name: string;
  country: string;
  discountPct: number;
  projectRates: Record<string, number>;
}

export const CONSULTANTS: Record<string, { name: string; role: string }> = {
  "a.devries": { name: "Anouk de Vries", role: "principal" },
  "j.okafor": { name: "James Okafor", role: "senior" },
  "l.moreau": { name: "Lea Moreau", role: "consultant" },
};

/** Hourly rates in EUR by role. */
export const RATE_CARD: Record<string, number> = { principal: 185, senior: 145, consultant: 110 };

export const VAT_BY_COUNTRY: Record<string, number> = { NL: 0.21, BE: 0.21, DE: 0.19 };

export const CLIENTS = new Map<string, Client>([
  ["northwind", {
    id: "northwind",
    name: "Northwind Traders B.V.",
    country: "NL",
    discountPct: 5,
    projectRates: { "erp-migration": 160 },
  }],
  ["globex", {
    id: "globex",
    name: "Globex GmbH",
    country: "DE",
    discountPct: 0,
    projectRates: {},
  }],
]);
