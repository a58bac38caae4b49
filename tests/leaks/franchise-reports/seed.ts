import type { Driver } from "./db.ts";

export const FRANCHISES = [
  { id: "fr-utrecht", name: "Utrecht Centraal", currency: "EUR" },
  { id: "fr-delft", name: "Delft Markt", currency: "EUR" },
  { id: "fr-haarlem", name: "Haarlem Grote Houtstraat", currency: "EUR" },
];

const PRODUCTS: [string, string, number][] = [
  ["BAG-PLAIN", "Plain bagel", 245],
  ["BAG-SESAME", "Sesame bagel", 265],
  ["BAG-LOX", "Lox & cream cheese", 795],
  ["BAG-AVO", "Avocado smash", 725],
  ["COF-FLAT", "Flat white", 385],
  ["COF-OAT", "Oat latte", 420],
];

const CHANNELS = ["counter", "app", "delivery"];

/** The first week of March, as the nightly export leaves it in each franchise's schema. */
export function seed(driver: Driver) {
  FRANCHISES.forEach(({ id }, f) => {
    const rows = Array.from({ length: 7 * 24 }, (_, k) => {
      const [day, n] = [1 + Math.floor(k / 24), k % 24];
      const [sku, title, priceCents] = PRODUCTS[(n * 3 + day + f) % PRODUCTS.length];
      const quantity = 1 + ((n + day) % 3);
      return {
        ticket_id: `${id}-${day}-${Math.floor(n / 2)}`,
        business_date: `2025-03-0${day}`,
        channel: CHANNELS[(n + f) % CHANNELS.length],
        sku,
        title,
        quantity,
        net_cents: priceCents * quantity,
      };
    });
    driver.load(`franchise_${id.replace("-", "_")}.sales`, rows);
  });
}
