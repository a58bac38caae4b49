import { listen } from "./bus.ts";
import { PRODUCTS } from "./catalogue.ts";
import type { Order } from "./orders.ts";

/** Oven load per bake day, kept current from order events (a fixed week ahead). */
export class ProductionPlanner {
  #minutes = new Map<string, number>();
  #pieces = new Map<string, Record<string, number>>();

  @listen("order.placed")
  onPlaced(order: Order) {
    this.#apply(order, +1);
  }

  @listen("order.delivered")
  onDelivered(order: Order) {
    this.#apply(order, -1);
  }

  #apply(order: Order, sign: 1 | -1) {
    const minutes = order.lines.reduce(
      (sum, l) => sum + PRODUCTS[l.product].ovenMinutes * Math.ceil(l.qty / 24),
      0,
    );
    const day = order.bakeDay;
    const total = (this.#minutes.get(day) ?? 0) + sign * minutes;
    const pieces = this.#pieces.get(day) ?? {};
    for (const l of order.lines) pieces[l.product] = (pieces[l.product] ?? 0) + sign * l.qty;
    if (total <= 0) {
      this.#minutes.delete(day);
      this.#pieces.delete(day);
    } else {
      this.#minutes.set(day, total);
      this.#pieces.set(day, pieces);
    }
  }

  plan() {
    return [...this.#minutes].map(([day, minutes]) => ({
      day,
      ovenMinutes: minutes,
      pieces: this.#pieces.get(day),
    }));
  }
}

/** Deliveries per route for the drivers' screen: the last 40 only. */
export class DeliveryBoard {
  readonly #recent: { order: string; cafe: string; at: number }[] = [];

  @listen("order.delivered")
  onDelivered(order: Order) {
    this.#recent.unshift({ order: order.id, cafe: order.cafe, at: Date.now() });
    if (this.#recent.length > 40) this.#recent.pop();
  }

  recent(n: number) {
    return this.#recent.slice(0, n);
  }
}
