import { memoize } from "./memo.ts";

export type CustomerGroup = "retail" | "pro" | "education";
export type Currency = "EUR" | "GBP" | "SEK";

export interface PriceTier {
  minQty: number;
  unitCents: number;
}

export interface Product {
  sku: string;
  title: string;
  tiers: Record<CustomerGroup, PriceTier[]>;
  weightGrams: number;
}

const FX: Record<Currency, number> = { EUR: 1, GBP: 0.855, SEK: 11.42 };

function tiers(base: number): Record<CustomerGroup, PriceTier[]> {
  return {
    retail: [{ minQty: 1, unitCents: base }, { minQty: 5, unitCents: Math.round(base * 0.95) }],
    pro: [
      { minQty: 1, unitCents: Math.round(base * 0.88) },
      { minQty: 3, unitCents: Math.round(base * 0.84) },
      { minQty: 10, unitCents: Math.round(base * 0.8) },
    ],
    education: [{ minQty: 1, unitCents: Math.round(base * 0.75) }],
  };
}

let products: Product[] = [];
export let priceListVersion = "";

export function loadPriceList(version: string): void {
  products = [
    { sku: "CAM-X100", title: "X100 mirrorless body", tiers: tiers(129_900), weightGrams: 520 },
    { sku: "LENS-35", title: "35mm f/1.8 prime", tiers: tiers(44_900), weightGrams: 210 },
    { sku: "LENS-70200", title: "70-200mm f/4 zoom", tiers: tiers(119_900), weightGrams: 780 },
    { sku: "SD-128", title: "SD card 128 GB V60", tiers: tiers(5_490), weightGrams: 2 },
    { sku: "BAT-NP", title: "Spare battery NP-W235", tiers: tiers(7_900), weightGrams: 80 },
    { sku: "BAG-SLING", title: "Sling bag 10L", tiers: tiers(8_990), weightGrams: 640 },
    { sku: "TRIPOD-TR", title: "Travel tripod carbon", tiers: tiers(24_900), weightGrams: 1_250 },
    { sku: "FILTER-ND", title: "ND filter kit 67mm", tiers: tiers(9_900), weightGrams: 90 },
  ];
  priceListVersion = version;
}

/** Catalogue lookups by SKU; the catalogue is small and fixed between reloads. */
export const productBySku = memoize((sku: string): Product | undefined =>
  products.find((p) => p.sku === sku)
);

export function unitPriceCents(
  product: Product,
  group: CustomerGroup,
  qty: number,
  currency: Currency,
): number {
  let unit = product.tiers[group][0].unitCents;
  for (const tier of product.tiers[group]) if (qty >= tier.minQty) unit = tier.unitCents;
  return Math.round(unit * FX[currency]);
}

export function isCurrency(value: string): value is Currency {
  return value in FX;
}

export function isGroup(value: string): value is CustomerGroup {
  return value === "retail" || value === "pro" || value === "education";
}
