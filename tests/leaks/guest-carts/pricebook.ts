/**
 * The shop's live price book. Prices change during the day (supplier feeds, flash sales), and
 * open carts listen so their totals are right before checkout.
 */
export interface PriceChange {
  sku: string;
  cents: number;
  previous: number;
}

export type PriceListener = (change: PriceChange) => void;

export class PriceBook {
  #prices = new Map<string, { name: string; cents: number }>();
  #listeners = new Set<PriceListener>();

  constructor(items: [string, string, number][]) {
    for (const [sku, name, cents] of items) this.#prices.set(sku, { name, cents });
  }

  item(sku: string) {
    return this.#prices.get(sku);
  }

  subscribe(listener: PriceListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  update(sku: string, cents: number): number {
    const item = this.#prices.get(sku);
    if (!item || item.cents === cents) return 0;
    const change = { sku, cents, previous: item.cents };
    item.cents = cents;
    for (const listener of this.#listeners) listener(change);
    return this.#listeners.size;
  }
}

export const priceBook = new PriceBook([
  ["CHAIN-11S", "Shimano 11-speed chain", 3295],
  ["TUBE-700C", "Inner tube 700x25c", 695],
  ["PADS-DISC", "Disc brake pads (pair)", 1895],
  ["TYRE-GP5K", "Continental GP5000 28 mm", 6495],
]);
