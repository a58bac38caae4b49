"use strict";

const { randomUUID } = require("node:crypto");

const PRICES = { "SKU-1": 1299, "SKU-2": 4500, "SKU-3": 250, "SKU-4": 9900 };

class OrderError extends Error {
  constructor(message) {
    super(message);
    this.status = 422;
  }
}

/** Prices and validates an order; the order itself goes to the fulfilment queue (not kept here). */
function placeOrder(tenant, input) {
  if (!Array.isArray(input.items) || input.items.length === 0) {
    throw new OrderError("items must be a non-empty array");
  }
  const lines = input.items.map(({ sku, qty }) => {
    const price = PRICES[sku];
    if (price === undefined) throw new OrderError(`unknown sku ${sku}`);
    const quantity = Math.max(1, Math.floor(Number(qty) || 1));
    return { sku, qty: quantity, unitCents: price, totalCents: price * quantity };
  });
  return {
    id: `ord_${randomUUID()}`,
    tenant,
    customer: String(input.customer ?? "guest"),
    lines,
    totalCents: lines.reduce((sum, l) => sum + l.totalCents, 0),
    currency: "EUR",
    placedAt: new Date().toISOString(),
  };
}

module.exports = { placeOrder, OrderError };
