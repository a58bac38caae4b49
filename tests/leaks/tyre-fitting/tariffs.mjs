import { supplierBus } from "./bus.mjs";

/** Purchase prices per tyre (cents) from the wholesaler's latest price file. */
const purchase = new Map([
  ["Michelin Primacy 4 205/55 R16", 8140],
  ["Michelin CrossClimate 2 225/45 R17", 11420],
  ["Continental PremiumContact 7 205/55 R16", 7890],
  ["Vredestein Quatrac 195/65 R15", 6120],
  ["Hankook Kinergy 4S2 215/60 R16", 6840],
]);

export const SERVICES = {
  fitting: 1250,
  balancing: 800,
  "valve-replacement": 350,
  disposal: 300,
  "wheel-alignment": 5995,
  "tpms-reset": 1500,
};

const MARGIN = 1.32;

export function tyrePriceCents(tyre) {
  const cost = purchase.get(`${tyre.brand} ${tyre.model} ${tyre.size}`);
  return cost === undefined ? undefined : Math.round((cost * MARGIN) / 50) * 50;
}

/** A new price file for a brand: every price of the brand moves by `changePct`. */
export function applyPriceFile(brand, changePct, file) {
  const changed = [];
  for (const [name, cents] of purchase) {
    if (!name.startsWith(`${brand} `)) continue;
    purchase.set(name, Math.round(cents * (1 + changePct / 100)));
    changed.push(name);
  }
  supplierBus.emit("tariff", { brand, changePct, file, changed, at: new Date().toISOString() });
  return changed;
}
