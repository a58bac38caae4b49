import { append, type FieldChanges } from "./feed.ts";

export interface Product {
  sku: string;
  title: string;
  priceCents: number;
  stock: number;
  tags: string[];
}

const products = new Map<string, Product>(
  ["sku-7", "sku-12", "sku-31", "sku-44"].map((sku, n) => [sku, {
    sku,
    title: `Desk lamp model ${n + 1}`,
    priceCents: 2999 + n * 500,
    stock: 40,
    tags: ["lighting", "home-office"],
  }]),
);

const EDITABLE = ["title", "priceCents", "stock", "tags"] as const;

export function getProduct(sku: string): Product | undefined {
  return products.get(sku);
}

/** Applies the editable fields of `patch` and records the change in the feed. */
export function updateProduct(sku: string, patch: Record<string, unknown>, actor: string) {
  const product = products.get(sku);
  if (!product) return undefined;
  const fields: FieldChanges = {};
  const previous: FieldChanges = {};
  for (const key of EDITABLE) {
    if (!(key in patch) || patch[key] === product[key]) continue;
    previous[key] = product[key];
    fields[key] = patch[key];
    (product as unknown as Record<string, unknown>)[key] = patch[key];
  }
  if (Object.keys(fields).length === 0) return { product, change: null };
  return { product, change: append(sku, "update", fields, previous, actor) };
}
