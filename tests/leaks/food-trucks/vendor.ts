export interface Order {
  id: string;
  customer: { name: string; phone: string };
  items: { code: string; qty: number }[];
  totalCents: number;
  status: "waiting" | "ready" | "collected";
  placedAt: string;
}

export interface Watcher {
  order: Order;
  notify: (message: string) => void;
  since: number;
}

/** A stall at the market: customers waiting for their order watch it for "ready" notices. */
export class Vendor {
  #watchers: Watcher[] = [];
  notices = 0;

  constructor(readonly id: string, readonly name: string) {}

  watch(order: Order, notify: (message: string) => void): void {
    this.#watchers.push({ order, notify, since: Date.now() });
  }

  unwatch(order: Order): void {
    this.#watchers = this.#watchers.filter((w) => w.order !== order);
  }

  /** Tells every waiting customer something (a delay, "your order is ready"). */
  broadcast(message: (order: Order) => string | null): void {
    for (const w of this.#watchers) {
      // Collected orders are skipped (a customer got a "ready" text after picking up once).
      if (w.order.status === "collected") continue;
      const text = message(w.order);
      if (text) {
        w.notify(text);
        this.notices++;
      }
    }
  }

  get waiting(): number {
    return this.#watchers.filter((w) => w.order.status !== "collected").length;
  }
}
