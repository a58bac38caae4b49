// Stand-ins for the three supplier APIs a trip is booked with. Each call takes a few ms, as a
// remote call would; a supplier keeps counts per product, not per booking.
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let sequence = 0;
const confirmation = (prefix) => `${prefix}-${(++sequence).toString(36).toUpperCase()}`;

function supplier(name, prefix, catalogue) {
  const held = new Map(Object.keys(catalogue).map((product) => [product, 0]));
  return {
    name,
    async reserve(product, quantity) {
      await delay(1);
      const item = catalogue[product];
      if (!item) throw new SupplierError(name, `unknown product ${product}`);
      if (!item.available) throw new SupplierError(name, `${product} is sold out`);
      held.set(product, held.get(product) + quantity);
      return { supplier: name, product, quantity, code: confirmation(prefix), price: item.price };
    },
    async release(reservation) {
      await delay(1);
      held.set(
        reservation.product,
        Math.max(0, held.get(reservation.product) - reservation.quantity),
      );
    },
    stats: () => Object.fromEntries(held),
  };
}

export class SupplierError extends Error {
  constructor(supplierName, message) {
    super(`${supplierName}: ${message}`);
    this.supplier = supplierName;
  }
}

export const airline = supplier("airline", "FL", {
  KL1001: { price: 189, available: true },
  KL1775: { price: 142, available: true },
});
export const hotels = supplier("hotels", "HT", {
  "ams-canal": { price: 135, available: true },
  "ams-zuid": { price: 98, available: true },
});
export const cars = supplier("cars", "CR", {
  compact: { price: 41, available: true },
  estate: { price: 58, available: true },
  van: { price: 95, available: false },
});
