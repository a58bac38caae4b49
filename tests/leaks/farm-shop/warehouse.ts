/**
 * The warehouse's stock feed: current levels per SKU and a push of every change, as the
 * warehouse system's websocket delivers them (simulated in process here).
 */

export type StockListener = (level: number, sku: string) => void;

export interface Watcher {
  id: string;
  sku: string;
  onChange: StockListener;
  since: number;
  source: string;
}

export class StockFeed {
  #levels = new Map<string, number>();
  #watchers = new Map<string, Watcher[]>();
  #seq = 0;
  updates = 0;

  constructor(initial: Record<string, number>) {
    for (const [sku, level] of Object.entries(initial)) this.#levels.set(sku, level);
  }

  current(sku: string): number {
    return this.#levels.get(sku) ?? 0;
  }

  watch(sku: string, onChange: StockListener, source = "storefront"): Watcher {
    const watcher: Watcher = { id: `w-${++this.#seq}`, sku, onChange, since: Date.now(), source };
    const list = this.#watchers.get(sku) ?? [];
    list.push(watcher);
    this.#watchers.set(sku, list);
    return watcher;
  }

  unwatch(watcher: Watcher): void {
    const list = this.#watchers.get(watcher.sku);
    if (!list) return;
    const at = list.indexOf(watcher);
    if (at !== -1) list.splice(at, 1);
    if (list.length === 0) this.#watchers.delete(watcher.sku);
  }

  /** A change pushed by the warehouse (a delivery booked in, a pick, a stock count). */
  publish(sku: string, level: number): number {
    this.#levels.set(sku, level);
    this.updates++;
    const list = this.#watchers.get(sku) ?? [];
    for (const watcher of list) watcher.onChange(level, sku);
    return list.length;
  }

  stats() {
    return { skus: this.#levels.size, watchedSkus: this.#watchers.size, updates: this.updates };
  }
}
