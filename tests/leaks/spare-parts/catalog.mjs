// Car parts catalogue: the parts a garage chain stocks, with the vehicles each fits. Loaded
// from the supplier's feed at startup; price and stock change all day through PATCH.

export const parts = new Map();

const SEED = [
  {
    sku: "BOS-0986494524",
    name: "Brake pad set, front axle",
    brand: "Bosch",
    category: "brakes",
    fits: ["VW Golf VII", "Audi A3 8V", "Skoda Octavia III"],
    priceCents: 4895,
    stock: 14,
  },
  {
    sku: "ATE-24012201",
    name: "Brake disc, vented, 288 mm",
    brand: "ATE",
    category: "brakes",
    fits: ["VW Golf VII", "Seat Leon III"],
    priceCents: 3650,
    stock: 8,
  },
  {
    sku: "MAN-C27009",
    name: "Air filter element",
    brand: "Mann-Filter",
    category: "filters",
    fits: ["Toyota Yaris III", "Toyota Auris II"],
    priceCents: 1295,
    stock: 31,
  },
  {
    sku: "NGK-BKR6E",
    name: "Spark plug, nickel",
    brand: "NGK",
    category: "ignition",
    fits: ["Opel Corsa D", "Renault Clio III", "Peugeot 207"],
    priceCents: 495,
    stock: 120,
  },
  {
    sku: "VAL-574395",
    name: "Wiper blade set, flat, 650/400 mm",
    brand: "Valeo",
    category: "wipers",
    fits: ["Ford Focus III", "Volvo V40"],
    priceCents: 2495,
    stock: 22,
  },
  {
    sku: "SKF-VKBA3643",
    name: "Wheel bearing kit, rear",
    brand: "SKF",
    category: "suspension",
    fits: ["Renault Clio III", "Renault Megane III"],
    priceCents: 6890,
    stock: 5,
  },
];

export function loadSeed() {
  for (const part of SEED) parts.set(part.sku, { ...part, updatedAt: new Date().toISOString() });
  return [...parts.values()];
}

const EDITABLE = ["priceCents", "stock", "name", "fits", "category"];

/** Applies a partial update; returns the new part, or null when the SKU is unknown. */
export function updatePart(sku, changes) {
  const current = parts.get(sku);
  if (!current) return null;
  const next = { ...current, updatedAt: new Date().toISOString() };
  for (const key of EDITABLE) if (key in changes) next[key] = changes[key];
  if (!Number.isInteger(next.priceCents) || next.priceCents < 0) {
    throw Object.assign(new Error("priceCents must be a non-negative integer"), { status: 400 });
  }
  if (!Number.isInteger(next.stock) || next.stock < 0) {
    throw Object.assign(new Error("stock must be a non-negative integer"), { status: 400 });
  }
  parts.set(sku, next);
  return next;
}

export function discontinue(sku) {
  const part = parts.get(sku);
  if (part) parts.delete(sku);
  return part ?? null;
}
