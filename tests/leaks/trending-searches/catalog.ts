export interface Product {
  sku: string;
  title: string;
  brand: string;
  priceCents: number;
}

export const PRODUCTS: Product[] = [
  { sku: "TNT-2P", title: "Trail tent 2 person", brand: "Fjellstad", priceCents: 18900 },
  { sku: "TNT-4P", title: "Family tent 4 person", brand: "Fjellstad", priceCents: 32900 },
  { sku: "BAG-0C", title: "Sleeping bag comfort 0C", brand: "Nordvik", priceCents: 11900 },
  { sku: "BAG-M8", title: "Sleeping bag mummy -8C", brand: "Nordvik", priceCents: 16900 },
  { sku: "STV-GAS", title: "Gas stove compact", brand: "Brennr", priceCents: 4490 },
  { sku: "PAD-AIR", title: "Air sleeping pad", brand: "Nordvik", priceCents: 7990 },
  { sku: "LMP-HD", title: "Head lamp 400 lumen", brand: "Lumo", priceCents: 3490 },
  { sku: "PCK-45", title: "Hiking pack 45 litre", brand: "Fjellstad", priceCents: 14900 },
];

/** Lower case, accents folded, punctuation to spaces, whitespace collapsed. */
export function normalise(query: string): string {
  return query
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function search(query: string): Product[] {
  const words = normalise(query).split(" ").filter(Boolean);
  return PRODUCTS.filter((p) => {
    const hay = normalise(`${p.title} ${p.brand} ${p.sku}`);
    return words.every((w) => hay.includes(w));
  });
}
