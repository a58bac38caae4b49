import type { Lot } from "./auction.ts";

/** Guide prices per kg for the clock's starting price, by species and presentation. */
const GUIDE: Record<string, number> = {
  "SOL/GUT": 14.2,
  "PLE/GUT": 2.9,
  "TUR/WHL": 17.5,
  "COD/GUT": 5.1,
  "WHG/WHL": 1.8,
};

/**
 * Starting prices are worked out per lot object; the handhelds ask for a lot's guide price
 * several times while it is on the clock, so the answer is remembered for as long as the
 * lot object lives.
 */
const startCache = new WeakMap<Lot, { perKg: number; total: number }>();
let computed = 0;

export function startingPrice(lot: Lot) {
  let price = startCache.get(lot);
  if (!price) {
    computed++;
    const guide = GUIDE[`${lot.species}/${lot.presentation}`] ?? 3;
    const perKg = Math.round(guide * (lot.kg / lot.boxes > 30 ? 1.25 : 1.1) * 100) / 100;
    price = { perKg, total: Math.round(perKg * lot.kg * 100) / 100 };
    startCache.set(lot, price);
  }
  return price;
}

export function priceStats() {
  return { computed };
}
