import { map } from "nanostores";

/** Current shelf price per SKU in cents, moved by the pricing engine's feed. */
export const $catalogPrices = map<Record<string, number>>({
  "OAT-1KG": 289,
  "ESPRESSO-500": 849,
  "OLIVE-OIL-750": 1199,
  "PASTA-FUSILLI": 159,
  "TOMATO-PASSATA": 119,
  "PARMESAN-200": 459,
  "BASIL-POT": 229,
  "SPARKLING-6X": 399,
});

export const SKUS = Object.keys($catalogPrices.get());

let tick = 0;

/** The feed: every few hundred ms one SKU's price moves a little (promotions, supplier cost). */
export function startPriceFeed(intervalMs = 250) {
  return setInterval(() => {
    tick++;
    const sku = SKUS[tick % SKUS.length];
    const current = $catalogPrices.get()[sku];
    const step = tick % 3 === 0 ? -5 : 5;
    $catalogPrices.setKey(sku, Math.max(49, current + step));
  }, intervalMs);
}
