/** The wholesale catalogue the feeds are built from. */

export interface PriceTier {
  minQty: number;
  unitCents: number;
}

export interface ProductRow {
  sku: string;
  title: string;
  brand: string;
  category: string;
  listCents: number;
  costCents: number;
  vatRate: number;
  weightGrams: number;
  stock: number;
  tiers: PriceTier[];
}

export class Product {
  sku: string;
  title: string;
  brand: string;
  category: string;
  listCents: number;
  costCents: number;
  vatRate: number;
  weightGrams: number;
  stock: number;
  tiers: PriceTier[];

  constructor(row: ProductRow) {
    this.sku = row.sku;
    this.title = row.title;
    this.brand = row.brand;
    this.category = row.category;
    this.listCents = row.listCents;
    this.costCents = row.costCents;
    this.vatRate = row.vatRate;
    this.weightGrams = row.weightGrams;
    this.stock = row.stock;
    this.tiers = row.tiers.toSorted((a, b) => b.minQty - a.minQty);
  }

  /** Unit price for an order of `qty`, from the best tier the quantity reaches. */
  unitCentsAt(qty: number): number {
    const tier = this.tiers.find((t) => qty >= t.minQty);
    return tier ? tier.unitCents : this.listCents;
  }
}

const BRANDS = ["Makita", "Bosch", "Festool", "Hilti", "DeWalt"];
const CATEGORIES = ["drills", "saws", "sanders", "fixings", "safety"];

export const products: Product[] = Array.from({ length: 40 }, (_, n) => {
  const listCents = 1990 + ((n * 7919) % 48000);
  return new Product({
    sku: `WH-${String(3100 + n)}`,
    title: `${BRANDS[n % BRANDS.length]} ${CATEGORIES[n % CATEGORIES.length]} item ${n + 1}`,
    brand: BRANDS[n % BRANDS.length],
    category: CATEGORIES[n % CATEGORIES.length],
    listCents,
    costCents: Math.round(listCents * 0.58),
    vatRate: n % 5 === 3 ? 0.09 : 0.21,
    weightGrams: 250 + ((n * 331) % 4200),
    stock: (n * 37) % 260,
    tiers: [
      { minQty: 10, unitCents: Math.round(listCents * 0.94) },
      { minQty: 50, unitCents: Math.round(listCents * 0.88) },
      { minQty: 250, unitCents: Math.round(listCents * 0.8) },
    ],
  });
});

export function productsFor(brand: string | null, category: string | null): Product[] {
  return products.filter((p) =>
    (!brand || p.brand.toLowerCase() === brand.toLowerCase()) &&
    (!category || p.category === category)
  );
}
