import { assortment, type Store } from "./catalogue.ts";

export interface PriceLine {
  sku: string;
  name: string;
  unit: string;
  category: string;
  netCents: number;
  vatPct: number;
  grossCents: number;
  promoPct?: number;
}

export interface PriceListDocument {
  format: "pricelist/v3";
  store: string;
  city: string;
  currency: "EUR";
  build: number;
  generatedAt: string;
  lines: PriceLine[];
}

let builds = 0;

/** The price list a store's tills and shelf-label printers load (the build number goes in their log). */
export function buildPriceList(store: Store): PriceListDocument {
  const lines = assortment().map((p) => {
    const promoPct = store.promotions[p.sku];
    const adjusted = p.baseCents * (1 + store.adjustPct / 100) * (1 - (promoPct ?? 0) / 100);
    const netCents = Math.round(adjusted);
    const line: PriceLine = {
      sku: p.sku,
      name: p.name,
      unit: p.unit,
      category: p.category,
      netCents,
      vatPct: p.vatPct,
      grossCents: Math.round(netCents * (1 + p.vatPct / 100)),
    };
    if (promoPct) line.promoPct = promoPct;
    return line;
  });
  return {
    format: "pricelist/v3",
    store: store.id,
    city: store.city,
    currency: "EUR",
    build: ++builds,
    generatedAt: new Date().toISOString(),
    lines,
  };
}
