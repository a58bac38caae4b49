// Plants and sundries, prices in cents (incl. VAT).
export const CATALOG = new Map([
  ["olive-tree-120", { name: "Olive tree, 120 cm", cents: 8995, category: "trees", bulky: true }],
  ["lavender-p17", { name: "Lavender, 17 cm pot", cents: 695, category: "perennials" }],
  ["hydrangea-p23", { name: "Hydrangea, 23 cm pot", cents: 1995, category: "shrubs" }],
  ["potting-soil-40", { name: "Potting soil, 40 l", cents: 899, category: "soil" }],
  ["terracotta-30", { name: "Terracotta pot, 30 cm", cents: 2450, category: "pots" }],
  ["tomato-plugs-6", { name: "Tomato plugs, 6 pack", cents: 495, category: "vegetables" }],
]);

export function linesFor(items) {
  const lines = [];
  for (const { sku, qty } of items ?? []) {
    const product = CATALOG.get(sku);
    if (!product || !Number.isInteger(qty) || qty < 1 || qty > 50) return undefined;
    lines.push({ sku, qty, name: product.name, unitCents: product.cents, ...product });
  }
  return lines.length ? lines : undefined;
}
