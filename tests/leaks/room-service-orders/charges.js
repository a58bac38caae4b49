"use strict";

const TRAY_CHARGE_CENTS = 500;
const VAT_PCT = 9;

/** Prices an order; warnings (allergens, unavailable items) go to `notices` if the caller wants them. */
function priceOrder(order, menu, notices = []) {
  const lines = [];
  for (const { code, qty } of order.items) {
    const item = menu.get(code);
    if (!item) {
      notices.push({ code: "UNAVAILABLE", item: code, text: `${code} is not served now` });
      continue;
    }
    const clash = item.allergens.filter((a) => order.allergies.includes(a));
    if (clash.length) {
      notices.push({
        code: "ALLERGEN",
        item: code,
        text: `${item.name} contains ${clash.join(", ")}`,
      });
    }
    lines.push({ code, name: item.name, qty, cents: item.cents * qty });
  }
  lines.push({ code: "TRAY", name: "Tray charge", qty: 1, cents: TRAY_CHARGE_CENTS });
  const net = lines.reduce((sum, line) => sum + line.cents, 0);
  return { lines, netCents: net, vatCents: Math.round((net * VAT_PCT) / 100) };
}

module.exports = { priceOrder };
