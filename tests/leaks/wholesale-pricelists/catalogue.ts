/** The cash-and-carry assortment and each store's price adjustments (in cents, excl. VAT). */

export interface Product {
  sku: string;
  name: string;
  unit: string;
  vatPct: number;
  baseCents: number;
  category: string;
}

export interface Store {
  id: string;
  city: string;
  adjustPct: number;
  promotions: Record<string, number>;
}

const PRODUCTS: Product[] = [
  ["8711200100012", "Basmati rice 10 kg", "bag", 9, 1895, "dry goods"],
  ["8711200100029", "Sunflower oil 10 l", "jerrycan", 9, 2249, "dry goods"],
  ["8711200100036", "Plain flour type 405, 25 kg", "sack", 9, 1725, "dry goods"],
  ["8711200100043", "Tomato passata 6 x 2.5 kg", "tray", 9, 1680, "dry goods"],
  ["8711200100050", "Espresso beans 6 x 1 kg", "box", 9, 9450, "coffee"],
  ["8711200100067", "Whole milk 12 x 1 l", "crate", 9, 1188, "chilled"],
  ["8711200100074", "Gouda 48+ wheel, 12 kg", "wheel", 9, 11880, "chilled"],
  ["8711200100081", "Unsalted butter 10 x 500 g", "box", 9, 3190, "chilled"],
  ["8711200100098", "Free-range eggs, 180", "tray", 9, 3420, "chilled"],
  ["8711200100104", "Chicken thigh fillet 5 kg", "box", 9, 3975, "frozen"],
  ["8711200100111", "French fries 9 mm, 4 x 2.5 kg", "box", 9, 1549, "frozen"],
  ["8711200100128", "Dish detergent 5 l", "can", 21, 1275, "cleaning"],
  ["8711200100135", "Nitrile gloves M, 10 x 100", "box", 21, 4590, "cleaning"],
  ["8711200100142", "Takeaway boxes 750 ml, 300", "box", 21, 3899, "packaging"],
  ["8711200100159", "Paper napkins 2-ply, 2000", "pack", 21, 1850, "packaging"],
  ["8711200100166", "Sparkling water 24 x 33 cl", "tray", 9, 1044, "drinks"],
  ["8711200100173", "Cola 24 x 33 cl", "tray", 9, 1896, "drinks"],
  ["8711200100180", "House red wine 6 x 75 cl", "box", 21, 3570, "drinks"],
].map(([sku, name, unit, vatPct, baseCents, category]) => ({
  sku,
  name,
  unit,
  vatPct,
  baseCents,
  category,
} as Product));

const STORES = new Map<string, Store>([
  ["utrecht-cruisweg", { id: "utrecht-cruisweg", city: "Utrecht", adjustPct: 0, promotions: {} }],
  ["zwolle-marslanden", {
    id: "zwolle-marslanden",
    city: "Zwolle",
    adjustPct: 2,
    promotions: { "8711200100050": 10 },
  }],
  ["breda-hazeldonk", { id: "breda-hazeldonk", city: "Breda", adjustPct: -1, promotions: {} }],
]);

export function findStore(id: string): Store | undefined {
  return STORES.get(id);
}

export function assortment(): readonly Product[] {
  return PRODUCTS;
}

export function setBasePrice(sku: string, cents: number): Product | undefined {
  const product = PRODUCTS.find((p) => p.sku === sku);
  if (product) product.baseCents = cents;
  return product;
}
