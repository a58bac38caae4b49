/** What a depot hires out: van classes and the extras that go with them. */
export interface CatalogueItem {
  sku: string;
  kind: "vehicle" | "extra";
  title: string;
  dailyPence: number;
  /** Months (1–12) the item is offered in; all year when absent. */
  season?: number[];
}

export const CATALOGUE: CatalogueItem[] = [
  {
    sku: "SWB-VAN",
    kind: "vehicle",
    title: "Short wheelbase van (Transit Custom)",
    dailyPence: 6900,
  },
  { sku: "LWB-VAN", kind: "vehicle", title: "Long wheelbase van (Transit 350)", dailyPence: 8400 },
  { sku: "LUTON", kind: "vehicle", title: "Luton box van with tail lift", dailyPence: 10900 },
  { sku: "sat-nav", kind: "extra", title: "Sat nav with truck routing", dailyPence: 800 },
  { sku: "trolley", kind: "extra", title: "Sack truck", dailyPence: 500 },
  { sku: "blankets", kind: "extra", title: "Removal blankets (x12)", dailyPence: 600 },
  { sku: "child-seat", kind: "extra", title: "Child seat (group 1)", dailyPence: 900 },
  {
    sku: "snow-chains",
    kind: "extra",
    title: "Snow chains",
    dailyPence: 700,
    season: [11, 12, 1, 2, 3],
  },
];

const BY_SKU = new Map(CATALOGUE.map((item) => [item.sku, item]));

export function item(sku: string): CatalogueItem | undefined {
  return BY_SKU.get(sku);
}

export function inSeason(entry: CatalogueItem, month: number): boolean {
  return !entry.season || entry.season.includes(month);
}
