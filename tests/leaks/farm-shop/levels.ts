import type { StockFeed } from "./warehouse.ts";

/**
 * The storefront's local copy of stock levels, so product and category pages do not ask the
 * warehouse on every view: the first read of a SKU takes the current level and subscribes to
 * its changes.
 */
export class StockLevels {
  #levels = new Map<string, number>();
  #feed: StockFeed;
  hits = 0;
  misses = 0;

  constructor(feed: StockFeed) {
    this.#feed = feed;
  }

  level(sku: string): number {
    const known = this.#levels.get(sku);
    if (known) {
      this.hits++;
      return known;
    }
    this.misses++;
    const level = this.#feed.current(sku);
    this.#levels.set(sku, level);
    this.#feed.watch(sku, (next) => this.#levels.set(sku, next));
    return level;
  }

  badge(sku: string): { level: number; label: string } {
    const level = this.level(sku);
    if (level === 0) return { level, label: "sold out" };
    if (level < 5) return { level, label: `only ${level} left` };
    return { level, label: "in stock" };
  }
}
