// The product catalogue (a database in production): a few categories of outdoor gear.
export const products = new Map(
  [
    ["TENT-2P", "Ridgeline 2-person tent", 249.0, "tents", ["new", "lightweight"]],
    ["TENT-4P", "Basecamp 4-person tent", 389.0, "tents", ["family"]],
    ["TENT-UL", "Featherlite solo shelter", 319.0, "tents", ["lightweight"]],
    ["STOVE-MINI", "Pocket gas stove", 39.5, "cooking", []],
    ["POT-SET", "Titanium pot set", 74.0, "cooking", ["lightweight"]],
    ["MAT-XL", "Self-inflating mat XL", 89.0, "sleeping", ["bestseller"]],
    ["BAG-3S", "Three-season sleeping bag", 159.0, "sleeping", []],
  ].map(([sku, title, price, category, badges]) => [sku, { sku, title, price, category, badges }]),
);

export function inCategory(category) {
  return [...products.values()].filter((p) => p.category === category);
}

export function related(sku) {
  const product = products.get(sku);
  if (!product) return [];
  return inCategory(product.category).filter((p) => p.sku !== sku).slice(0, 2);
}
