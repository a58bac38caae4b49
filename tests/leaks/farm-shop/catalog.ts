export interface Product {
  sku: string;
  name: string;
  category: string;
  priceCents: number;
  unit: string;
  farm: string;
}

const p = (
  sku: string,
  name: string,
  category: string,
  priceCents: number,
  unit: string,
  farm: string,
): Product => ({ sku, name, category, priceCents, unit, farm });

export const PRODUCTS: Product[] = [
  p("GOUDA-YOUNG", "Young gouda", "cheese", 1450, "kg", "Hoeve de Linde"),
  p("GOUDA-AGED-24", "Gouda aged 24 months", "cheese", 2690, "kg", "Hoeve de Linde"),
  p("GOAT-SOFT", "Soft goat cheese", "cheese", 495, "piece", "Geitenboerderij Ridder"),
  p("GOAT-ASH", "Ash-rolled goat cheese", "cheese", 625, "piece", "Geitenboerderij Ridder"),
  p("BOEREN-KOMIJN", "Farmhouse cumin cheese", "cheese", 1590, "kg", "Kaasboerderij Verhoef"),
  p("BLUE-MEADOW", "Meadow blue", "cheese", 2250, "kg", "Kaasboerderij Verhoef"),
  p("RAW-MILK-1L", "Raw milk", "dairy", 165, "litre", "Hoeve de Linde"),
  p("FARM-BUTTER-250", "Farm butter", "dairy", 395, "250 g", "Hoeve de Linde"),
  p("YOGHURT-FULL", "Full-fat yoghurt", "dairy", 245, "litre", "Zuivelhoeve"),
  p("QUARK-500", "Quark", "dairy", 285, "500 g", "Zuivelhoeve"),
  p("EGGS-10", "Free-range eggs", "eggs", 420, "10 pieces", "Pluimveehof"),
  p("DUCK-EGGS-6", "Duck eggs", "eggs", 475, "6 pieces", "Pluimveehof"),
];

export const bySku = new Map(PRODUCTS.map((product) => [product.sku, product]));

export function inCategory(category: string): Product[] {
  return PRODUCTS.filter((product) => product.category === category);
}

export function related(product: Product, count: number): Product[] {
  return inCategory(product.category).filter((other) => other.sku !== product.sku).slice(0, count);
}
