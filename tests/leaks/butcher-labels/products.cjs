"use strict";

// PLU codes for the counter scales, prices per kg in pence.
const PRODUCTS = {
  2104: { name: "Beef rump steak", perKgPence: 2899, species: "beef", shelfDays: 5 },
  2110: { name: "Beef mince 15% fat", perKgPence: 1099, species: "beef", shelfDays: 2 },
  2203: { name: "Pork shoulder, boned & rolled", perKgPence: 899, species: "pork", shelfDays: 4 },
  2301: { name: "Lamb leg, bone in", perKgPence: 1649, species: "lamb", shelfDays: 5 },
  2405: { name: "Free-range chicken thighs", perKgPence: 749, species: "poultry", shelfDays: 3 },
};

// Today's carcass batches on the counter: beef labels must carry the traceability lines.
const BATCHES = {
  beef: {
    batch: "B25-1187",
    bornIn: "UK",
    rearedIn: "UK",
    slaughteredIn: "UK 2041",
    cutIn: "UK 4417",
  },
  pork: { batch: "P25-0932", origin: "UK", slaughteredIn: "UK 2203" },
  lamb: { batch: "L25-0451", origin: "UK", slaughteredIn: "UK 2041" },
  poultry: { batch: "C25-2210", origin: "UK", slaughteredIn: "UK 5512" },
};

function priceFor(plu, grams) {
  const product = PRODUCTS[plu];
  if (!product) return undefined;
  return {
    plu: Number(plu),
    ...product,
    grams,
    pricePence: Math.round((product.perKgPence * grams) / 1000),
    trace: BATCHES[product.species],
  };
}

function useByDate(days, from = new Date()) {
  const d = new Date(from);
  d.setDate(d.getDate() + days);
  return d.toISOString().slice(0, 10);
}

module.exports = { PRODUCTS, priceFor, useByDate };
