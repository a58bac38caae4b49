export interface Product {
  sku: string;
  title: string;
  description: string;
  priceCents: number;
  stock: number;
  updatedAt: string;
}

const SEED: Omit<Product, "updatedAt">[] = [
  {
    sku: "mug-01",
    title: "Stoneware mug",
    description: "A 350 ml stoneware mug with a matte glaze.",
    priceCents: 1299,
    stock: 40,
  },
  {
    sku: "tea-towel",
    title: "Linen tea towel",
    description: "Stonewashed linen, 50 × 70 cm.",
    priceCents: 1450,
    stock: 25,
  },
  {
    sku: "apron",
    title: "Canvas apron",
    description: "Heavy cotton canvas with leather straps.",
    priceCents: 3900,
    stock: 12,
  },
  {
    sku: "teapot",
    title: "Cast iron teapot",
    description: "0.8 l teapot with an enamelled interior.",
    priceCents: 5400,
    stock: 6,
  },
];

const products = new Map<string, Product>(
  SEED.map((p) => [p.sku, { ...p, updatedAt: new Date(0).toISOString() }]),
);

export function getProduct(sku: string): Product | undefined {
  return products.get(sku);
}

export function updateProduct(
  sku: string,
  patch: Partial<Pick<Product, "priceCents" | "stock">>,
): Product | undefined {
  const product = products.get(sku);
  if (!product) return undefined;
  if (patch.priceCents !== undefined) product.priceCents = patch.priceCents;
  if (patch.stock !== undefined) product.stock = patch.stock;
  product.updatedAt = new Date().toISOString();
  return product;
}
