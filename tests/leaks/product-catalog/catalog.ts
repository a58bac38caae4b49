export interface Product {
  sku: string;
  name: string;
  category: string;
  priceCents: number;
  inStock: boolean;
}

const CATEGORIES = ["garden", "kitchen", "office", "outdoor"];
const PAGE_SIZE = 8;

const products: Product[] = Array.from({ length: 160 }, (_, n) => ({
  sku: `P-${String(n).padStart(5, "0")}`,
  name: `${CATEGORIES[n % 4]} item ${n}`,
  category: CATEGORIES[n % 4],
  priceCents: 499 + ((n * 131) % 9000),
  inStock: n % 7 !== 0,
}));

export function listProducts(category: string, page: number) {
  const matching = category === "all" ? products : products.filter((p) => p.category === category);
  const items = matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return { category, page, pages: Math.ceil(matching.length / PAGE_SIZE), items };
}
