import { type Reservation, ShopError, type Stockroom } from "./stockroom.ts";

export interface Basket {
  id: string;
  customer: Reservation["customer"];
  /** Item ids (a Set since the double-tap on "Reserve" added items twice). */
  items: Set<string>;
  createdAt: number;
}

export class Baskets {
  readonly #open = new Map<string, Basket>();

  constructor(private readonly stock: Stockroom) {}

  add(basketId: string, itemId: string, customer: Reservation["customer"]) {
    let basket = this.#open.get(basketId);
    if (!basket) {
      basket = { id: basketId, customer, items: new Set(), createdAt: Date.now() };
      this.#open.set(basketId, basket);
    }
    this.stock.reserve(itemId, basketId, basket.customer);
    basket.items.add(itemId);
    return basket;
  }

  remove(basketId: string, itemId: string) {
    const basket = this.#need(basketId);
    if (!basket.items.delete(itemId)) throw new ShopError(404, `${itemId} is not in the basket`);
    this.stock.release(itemId);
    return basket;
  }

  /** Paid: the items are sold (to be collected in the branch), the reservations go, and so does the basket. */
  checkout(basketId: string) {
    const basket = this.#need(basketId);
    if (basket.items.size === 0) throw new ShopError(409, "the basket is empty");
    const totalPence = this.stock.sell(basket.items);
    this.stock.release(basket.items);
    this.#open.delete(basketId);
    return { basketId, items: basket.items.size, totalPence };
  }

  abandon(basketId: string) {
    const basket = this.#need(basketId);
    this.stock.release(basket.items);
    this.#open.delete(basketId);
  }

  get size() {
    return this.#open.size;
  }

  #need(basketId: string): Basket {
    const basket = this.#open.get(basketId);
    if (!basket) throw new ShopError(404, `no basket ${basketId}`);
    return basket;
  }
}
