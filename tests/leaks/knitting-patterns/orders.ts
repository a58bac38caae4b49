import { type Pattern, pattern } from "./catalog.ts";

export interface Order {
  ref: string;
  email: string;
  patterns: Pattern[];
  totalGbp: number;
  /** Download links not used yet, by pattern slug. */
  open: Set<string>;
  placedAt: number;
}

const RECENT = 30;
const LINK_TTL_MS = 24 * 3_600_000;

/** Paid orders keep their one-time download links until each is used (or a day has passed). */
export class OrderBook {
  #orders = new Map<string, Order>();
  #recent: { ref: string; totalGbp: number; patterns: number }[] = [];
  downloads = 0;

  place(ref: string, email: string, slugs: string[]): Order {
    if (this.#orders.has(ref)) throw new Error(`order ${ref} exists`);
    const patterns = slugs.map((s) => {
      const p = pattern(s);
      if (!p) throw new RangeError(`no pattern ${s}`);
      return p;
    });
    const order: Order = {
      ref,
      email,
      patterns,
      totalGbp: patterns.reduce((sum, p) => sum + p.priceGbp, 0),
      open: new Set(patterns.map((p) => p.slug)),
      placedAt: Date.now(),
    };
    this.#orders.set(ref, order);
    return order;
  }

  /** Uses the order's link for `slug`: the pattern, once. */
  download(ref: string, slug: string): Pattern | undefined {
    const order = this.#orders.get(ref);
    if (!order || !order.open.delete(slug)) return undefined;
    this.downloads++;
    if (order.open.size === 0) this.#close(order);
    return order.patterns.find((p) => p.slug === slug);
  }

  sweep(now = Date.now()) {
    for (const order of this.#orders.values()) {
      if (now - order.placedAt > LINK_TTL_MS) this.#close(order);
    }
  }

  #close(order: Order) {
    this.#orders.delete(order.ref);
    this.#recent.unshift({
      ref: order.ref,
      totalGbp: order.totalGbp,
      patterns: order.patterns.length,
    });
    if (this.#recent.length > RECENT) this.#recent.pop();
  }

  stats() {
    return { open: this.#orders.size, downloads: this.downloads, recent: this.#recent.slice(0, 5) };
  }
}
