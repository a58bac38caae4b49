import { castArray, groupCount } from "./vendor/collections.ts";

/** A donated item on the rails (each one unique: a second-hand shop has no stock counts). */
export interface Item {
  id: string;
  title: string;
  category: string;
  condition: string;
  pricePence: number;
  branch: string;
  description: string;
  giftAid: boolean;
  listedAt: number;
}

export interface Reservation {
  itemId: string;
  basketId: string;
  customer: { name: string; email: string; phone?: string };
  branch: string;
  item: Item;
  reservedAt: number;
  collectBy: number;
}

const COLLECT_WITHIN_MS = 48 * 3600_000;

export class ShopError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/**
 * Items listed online, and the ones reserved in a basket (so two customers cannot buy the same
 * coat). A sold item leaves the listing and goes to the sold ledger.
 */
export class Stockroom {
  readonly #listed = new Map<string, Item>();
  readonly #reserved = new Map<string, Reservation>();
  readonly #sold: { id: string; pricePence: number; giftAid: boolean; at: number }[] = [];

  list(item: Omit<Item, "listedAt">): Item {
    if (this.#listed.has(item.id)) throw new ShopError(409, `${item.id} is already listed`);
    const listed = { ...item, listedAt: Date.now() };
    this.#listed.set(item.id, listed);
    return listed;
  }

  reserve(itemId: string, basketId: string, customer: Reservation["customer"]): Reservation {
    const item = this.#listed.get(itemId);
    if (!item) throw new ShopError(404, `${itemId} is not on the rails`);
    const held = this.#reserved.get(itemId);
    if (held && held.basketId !== basketId) {
      throw new ShopError(409, `${item.title} is in someone else's basket`);
    }
    const now = Date.now();
    const reservation: Reservation = {
      itemId,
      basketId,
      customer,
      branch: item.branch,
      item,
      reservedAt: now,
      collectBy: now + COLLECT_WITHIN_MS,
    };
    this.#reserved.set(itemId, reservation);
    return reservation;
  }

  /** Takes one item, or a basket's items, off reservation. */
  release(itemIds: string | Iterable<string>) {
    for (const id of castArray(itemIds)) this.#reserved.delete(id);
  }

  /** The items leave the listing; the ledger keeps the sale (the last 200 for the till report). */
  sell(itemIds: Iterable<string>) {
    let total = 0;
    for (const id of itemIds) {
      const item = this.#listed.get(id);
      if (!item) continue;
      this.#listed.delete(id);
      total += item.pricePence;
      this.#sold.push({ id, pricePence: item.pricePence, giftAid: item.giftAid, at: Date.now() });
    }
    if (this.#sold.length > 200) this.#sold.splice(0, this.#sold.length - 200);
    return total;
  }

  isReserved(itemId: string) {
    return this.#reserved.has(itemId);
  }

  rails(category?: string) {
    return [...this.#listed.values()]
      .filter((item) => !category || item.category === category)
      .map((item) => ({ ...item, reserved: this.#reserved.has(item.id) }));
  }

  summary() {
    return {
      listed: this.#listed.size,
      byCategory: groupCount(this.#listed.values(), (item) => item.category),
      soldToday: this.#sold.length,
    };
  }
}
