/** Hire kit at the Polzeath desk, with day rates in pence. */
export interface Kit {
  sku: string;
  name: string;
  kind: "wetsuit" | "board" | "boots" | "gloves" | "hood";
  sizes: string[];
  dayRate: number;
  deposit: number;
}

export const KIT: Kit[] = [
  {
    sku: "WS-53-W",
    name: "Winter wetsuit 5/3mm",
    kind: "wetsuit",
    sizes: ["XS", "S", "M", "L", "XL", "K10", "K12"],
    dayRate: 1200,
    deposit: 5000,
  },
  {
    sku: "WS-32-S",
    name: "Summer wetsuit 3/2mm",
    kind: "wetsuit",
    sizes: ["XS", "S", "M", "L", "XL", "K8", "K10", "K12"],
    dayRate: 900,
    deposit: 4000,
  },
  {
    sku: "SB-8FT",
    name: "Foam surfboard 8ft",
    kind: "board",
    sizes: ["8ft"],
    dayRate: 1500,
    deposit: 10000,
  },
  {
    sku: "SB-7FT",
    name: "Foam surfboard 7ft",
    kind: "board",
    sizes: ["7ft"],
    dayRate: 1400,
    deposit: 10000,
  },
  {
    sku: "BB-42",
    name: "Bodyboard 42in",
    kind: "board",
    sizes: ["42in"],
    dayRate: 600,
    deposit: 3000,
  },
  {
    sku: "BT-5MM",
    name: "Boots 5mm",
    kind: "boots",
    sizes: ["4", "5", "6", "7", "8", "9", "10", "11", "12"],
    dayRate: 300,
    deposit: 1000,
  },
  {
    sku: "GL-3MM",
    name: "Gloves 3mm",
    kind: "gloves",
    sizes: ["S", "M", "L"],
    dayRate: 250,
    deposit: 800,
  },
  {
    sku: "HD-2MM",
    name: "Hood 2mm",
    kind: "hood",
    sizes: ["S", "M", "L"],
    dayRate: 200,
    deposit: 800,
  },
];

export const BY_SKU = new Map(KIT.map((k) => [k.sku, k]));

/** Multi-day discount: the third day onwards is half price, a week is charged as five days. */
export function chargeableDays(days: number): number {
  if (days >= 7) return 5 + (days - 7) * 0.5;
  if (days <= 2) return days;
  return 2 + (days - 2) * 0.5;
}
