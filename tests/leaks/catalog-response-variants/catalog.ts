/** The catalogue and its prices (a database in production). */
export interface Item {
  sku: string;
  name: string;
  category: string;
  priceCents: number;
  stock: number;
}

const items: Item[] = [
  {
    sku: "TENT-2P",
    name: "Ridgeline 2-person tent",
    category: "tents",
    priceCents: 24900,
    stock: 14,
  },
  {
    sku: "TENT-4P",
    name: "Basecamp 4-person tent",
    category: "tents",
    priceCents: 38900,
    stock: 6,
  },
  {
    sku: "TENT-UL",
    name: "Featherlite solo shelter",
    category: "tents",
    priceCents: 31900,
    stock: 3,
  },
  { sku: "STOVE-MINI", name: "Pocket gas stove", category: "cooking", priceCents: 3950, stock: 40 },
  { sku: "POT-SET", name: "Titanium pot set", category: "cooking", priceCents: 7400, stock: 22 },
];

export let priceVersion = 1;

export function listCategory(category: string): Item[] {
  return items.filter((i) => i.category === category);
}

export function setPrice(sku: string, priceCents: number): Item | undefined {
  const item = items.find((i) => i.sku === sku);
  if (!item) return undefined;
  item.priceCents = priceCents;
  priceVersion++;
  return item;
}
