import { priceBook, type PriceChange } from "./pricebook.ts";

export interface Line {
  sku: string;
  name: string;
  qty: number;
  unitCents: number;
}

export class Cart {
  readonly lines = new Map<string, Line>();
  readonly createdAt = Date.now();
  notices: string[] = [];
  #unsubscribe: () => void;

  constructor(
    readonly id: string,
    public owner: string | undefined,
    // Where the visit came from, for the marketing attribution on the order.
    readonly origin: { userAgent: string; referrer: string },
  ) {
    this.#unsubscribe = priceBook.subscribe((change) => this.#reprice(change));
  }

  add(sku: string, qty: number): Line {
    const item = priceBook.item(sku);
    if (!item) throw Object.assign(new Error(`unknown sku ${sku}`), { status: 422 });
    const line = this.lines.get(sku) ?? { sku, name: item.name, qty: 0, unitCents: item.cents };
    line.qty += qty;
    this.lines.set(sku, line);
    return line;
  }

  /** Login: the lines of the anonymous cart join the customer's own cart. */
  absorb(other: Cart) {
    for (const line of other.lines.values()) this.add(line.sku, line.qty);
  }

  get totalCents(): number {
    let total = 0;
    for (const line of this.lines.values()) total += line.qty * line.unitCents;
    return total;
  }

  #reprice(change: PriceChange) {
    const line = this.lines.get(change.sku);
    if (!line) return;
    line.unitCents = change.cents;
    this.notices = [`${line.name} is now € ${(change.cents / 100).toFixed(2)}`];
  }

  /** Checkout or expiry: the cart stops following the price book. */
  close() {
    this.#unsubscribe();
  }
}
