"use strict";

class PricingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function priceLine(menu, line) {
  const item = menu.items[line.sku];
  if (!item) throw new PricingError(422, `${line.sku} is not on the menu`);
  const qty = Math.max(1, Math.floor(Number(line.qty) || 1));
  const mods = Array.isArray(line.mods) ? line.mods : [];
  let unit = item.price;
  for (const mod of mods) {
    if (!(mod in item.mods)) throw new PricingError(422, `${item.name} has no "${mod}" option`);
    unit += item.mods[mod];
  }
  return { sku: line.sku, name: item.name, qty, mods, unitPrice: unit, lineTotal: unit * qty };
}

/** Prices a kiosk basket: lines, meal deals, VAT (prices include it). */
function priceBasket(tenant, basket) {
  const menu = tenant.menu;
  if (!Array.isArray(basket.lines) || basket.lines.length === 0) {
    throw new PricingError(400, "the basket is empty");
  }
  const lines = basket.lines.map((l) => priceLine(menu, l));
  const skus = new Set(lines.map((l) => l.sku));
  const deals = menu.deals.filter((d) => d.needs.every((s) => skus.has(s)));
  const gross = lines.reduce((sum, l) => sum + l.lineTotal, 0);
  const discount = deals.reduce((sum, d) => sum + d.off, 0);
  const total = gross - discount;
  const vat = Math.round(total - total / (1 + menu.vatRate));
  const quote = {
    basketId: basket.basketId,
    tenant: tenant.id,
    kiosk: basket.kiosk,
    eatIn: Boolean(basket.eatIn),
    lines,
    deals: deals.map((d) => d.code),
    gross,
    discount,
    vat,
    total,
    currency: menu.currency,
    pricedAt: new Date().toISOString(),
  };
  return quote;
}

module.exports = { PricingError, priceBasket };
