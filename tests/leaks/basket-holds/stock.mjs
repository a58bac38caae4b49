// On-hand stock per SKU for the web shop's own warehouse. "available" is what a cart can still
// hold; held units come back when a hold lapses and leave for good when an order ships.

const skus = new Map(
  [
    ["TEE-ORG-M", { name: "Organic tee, oat, M", priceMinor: 2900, onHand: 5000 }],
    ["TEE-ORG-L", { name: "Organic tee, oat, L", priceMinor: 2900, onHand: 5000 }],
    ["MUG-ENAMEL", { name: "Enamel camp mug", priceMinor: 1450, onHand: 8000 }],
    ["TOTE-CANVAS", { name: "Heavy canvas tote", priceMinor: 1800, onHand: 6000 }],
    ["CAP-WAXED", { name: "Waxed cotton cap", priceMinor: 3400, onHand: 3000 }],
  ].map(([sku, s]) => [sku, { sku, ...s, held: 0, sold: 0 }]),
);

export function product(sku) {
  return skus.get(sku);
}

export function available(sku) {
  const s = skus.get(sku);
  return s ? s.onHand - s.held - s.sold : 0;
}

export function hold(sku, qty) {
  skus.get(sku).held += qty;
}

export function unhold(sku, qty) {
  skus.get(sku).held -= qty;
}

/** Held units that were paid for. */
export function sell(sku, qty) {
  const s = skus.get(sku);
  s.held -= qty;
  s.sold += qty;
}

export function levels() {
  return [...skus.values()].map((s) => ({
    sku: s.sku,
    available: s.onHand - s.held - s.sold,
    held: s.held,
    sold: s.sold,
  }));
}
