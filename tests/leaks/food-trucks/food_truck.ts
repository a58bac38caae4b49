import { type Order, Vendor, type Watcher } from "./vendor.ts";

/**
 * A truck moves between pitches: customers who ordered ahead also get its ETA, and a
 * collected order stops the ETA pings to that phone as well.
 */
export class FoodTruck extends Vendor {
  #watchers: Watcher[] = [];
  #etaPings = new Map<string, number>();
  pitch: string;
  etaMinutes = 0;

  constructor(id: string, name: string, pitch: string) {
    super(id, name);
    this.pitch = pitch;
  }

  moveTo(pitch: string, etaMinutes: number): void {
    this.pitch = pitch;
    this.etaMinutes = etaMinutes;
    this.broadcast((o) => {
      this.#etaPings.set(o.customer.phone, (this.#etaPings.get(o.customer.phone) ?? 0) + 1);
      return `${this.name} is on its way to ${pitch}, about ${etaMinutes} min (order ${o.id}).`;
    });
  }

  override unwatch(order: Order): void {
    this.#etaPings.delete(order.customer.phone);
    this.#watchers = this.#watchers.filter((w) => w.order !== order);
  }
}
