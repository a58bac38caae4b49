"use strict";
const { memoize } = require("./memo.cjs");

// The price list (a database in production): unit prices in cents with volume breaks.
const priceList = {
  "COFFEE-1KG": { unit: 2450, breaks: [[5, 0.05], [20, 0.12]], vat: 0.09 },
  "FILTER-100": { unit: 399, breaks: [[10, 0.1]], vat: 0.21 },
  "MUG-STONE": { unit: 1250, breaks: [[6, 0.08], [24, 0.15]], vat: 0.21 },
  "GRINDER-HAND": { unit: 5900, breaks: [], vat: 0.21 },
};

// Contract discounts by customer tier.
const tiers = { retail: 0, trade: 0.1, wholesale: 0.18 };

function volumeDiscount(item, qty) {
  let rate = 0;
  for (const [from, off] of item.breaks) if (qty >= from) rate = off;
  return rate;
}

function computeLinePrice(tier, sku, qty) {
  const item = priceList[sku];
  if (!item) throw new Error(`unknown sku ${sku}`);
  const discount = Math.min(0.3, volumeDiscount(item, qty) + (tiers[tier] ?? 0));
  const net = Math.round(item.unit * qty * (1 - discount));
  const vat = Math.round(net * item.vat);
  return { sku, qty, unit: item.unit, discount, net, vat, gross: net + vat };
}

// Baskets repeat lines (the same SKU in several delivery slots), and quotes reprice the
// same lines again and again, so line prices are memoized for the customer's tier.
function priceBasket(basket) {
  const tier = basket.tier in tiers ? basket.tier : "retail";
  const linePrice = memoize((sku, qty) => computeLinePrice(tier, sku, qty));
  const lines = basket.lines.map((line) => linePrice(line.sku, Number(line.qty)));
  const totals = lines.reduce(
    (t, l) => ({ net: t.net + l.net, vat: t.vat + l.vat, gross: t.gross + l.gross }),
    { net: 0, vat: 0, gross: 0 },
  );
  return { customer: basket.customer, tier, lines, totals };
}

function setUnitPrice(sku, unit) {
  if (!priceList[sku]) return false;
  priceList[sku].unit = unit;
  return true;
}

module.exports = { priceBasket, setUnitPrice };
