"use strict";

// The shared catalogue: base prices in euro cents, before a storefront's markup.

const PRODUCTS = [
  { sku: "TUL-RED-10", name: "Red tulips, 10 bulbs", eurCents: 595, weightGrams: 250 },
  { sku: "TUL-MIX-25", name: "Tulip mix, 25 bulbs", eurCents: 1295, weightGrams: 600 },
  {
    sku: "NAR-TETE-20",
    name: "Narcissus 'Tête-à-Tête', 20 bulbs",
    eurCents: 795,
    weightGrams: 400,
  },
  { sku: "ALL-GLOBE-5", name: "Allium 'Globemaster', 5 bulbs", eurCents: 1495, weightGrams: 450 },
  {
    sku: "BULB-KIT",
    name: "Planting kit with dibber and gloves",
    eurCents: 2450,
    weightGrams: 900,
  },
];

const bySku = new Map(PRODUCTS.map((p) => [p.sku, p]));

function findProduct(sku) {
  return bySku.get(String(sku ?? "").trim().toUpperCase());
}

module.exports = { PRODUCTS, findProduct };
