"use strict";

function validateCart(cartId, body) {
  if (!body || !Array.isArray(body.lines) || body.lines.length === 0) {
    const err = new Error(`cart ${cartId} has no lines`);
    err.status = 400;
    throw err;
  }
  if (!body.shipTo || typeof body.shipTo.country !== "string") {
    const err = new Error("shipTo.country is required");
    err.status = 400;
    throw err;
  }
  return {
    cartId,
    currency: body.currency ?? "EUR",
    shipTo: {
      country: body.shipTo.country,
      region: body.shipTo.region,
      postcode: body.shipTo.postcode,
    },
    lines: body.lines.map((l) => ({
      sku: String(l.sku),
      category: String(l.category ?? "general"),
      unitCents: Number(l.unitCents),
      qty: Number(l.qty ?? 1),
    })),
  };
}

function createCartRoutes({ taxEngine }) {
  return {
    async tax(cartId, body) {
      const cart = validateCart(cartId, body);
      return { cartId, ...(await taxEngine.calculate(cart)) };
    },

    async checkoutPreview(cartId, body) {
      const cart = validateCart(cartId, body);
      const tax = await taxEngine.calculate(cart);
      const netCents = cart.lines.reduce((sum, l) => sum + l.unitCents * l.qty, 0);
      const shippingCents = netCents >= 5000 ? 0 : 495;
      return {
        cartId,
        netCents,
        taxCents: tax.taxCents,
        shippingCents,
        totalCents: netCents + tax.taxCents + shippingCents,
        currency: cart.currency,
      };
    },
  };
}

module.exports = { createCartRoutes, validateCart };
