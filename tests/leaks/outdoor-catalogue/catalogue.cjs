"use strict";

// The outdoor shop's catalogue: a fixed range here, with stock levels the warehouse pushes.
const PRODUCTS = new Map([
  ["TENT-2P", { sku: "TENT-2P", name: "Trailhead 2-person tent", priceCents: 24900, stock: 12 }],
  ["TENT-4P", { sku: "TENT-4P", name: "Basecamp 4-person tent", priceCents: 41900, stock: 4 }],
  ["BAG-M10", { sku: "BAG-M10", name: "Mummy sleeping bag -10°C", priceCents: 15900, stock: 9 }],
  ["MAT-SI", { sku: "MAT-SI", name: "Self-inflating mat", priceCents: 6900, stock: 31 }],
  ["STOVE-GAS", { sku: "STOVE-GAS", name: "Compact gas stove", priceCents: 4495, stock: 18 }],
  ["PACK-45", { sku: "PACK-45", name: "Ridge 45 L backpack", priceCents: 13900, stock: 7 }],
]);

const NAMES = {
  nl: { "TENT-2P": "Trailhead tweepersoonstent", "TENT-4P": "Basecamp vierpersoonstent" },
  de: { "TENT-2P": "Trailhead Zwei-Personen-Zelt", "TENT-4P": "Basecamp Vier-Personen-Zelt" },
};

function product(sku) {
  return PRODUCTS.get(sku);
}

function localName(p, locale) {
  return NAMES[locale]?.[p.sku] ?? p.name;
}

function setStock(sku, stock) {
  const p = PRODUCTS.get(sku);
  if (!p) return undefined;
  p.stock = stock;
  return p;
}

function search(query) {
  const words = query.toLowerCase().split(/\s+/).filter((w) => /^[a-z]{3,}$/.test(w));
  return [...PRODUCTS.values()].filter((p) =>
    words.some((w) => p.name.toLowerCase().includes(w) || p.sku.toLowerCase().includes(w))
  );
}

module.exports = { product, localName, setStock, search };
