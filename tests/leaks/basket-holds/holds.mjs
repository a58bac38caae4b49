import * as stock from "./stock.mjs";

/** How long a cart keeps its units without checking out. */
export const HOLD_MS = 300;

export class HoldError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Reservations of stock by carts. A hold counts down from when it was placed; adding more of
 * the same SKU tops it up without extending it, while changing the quantity from the basket
 * page restarts the countdown. A hold that runs out gives its units back.
 */
export class HoldBook {
  #holds = new Map();
  #seq = 0;
  expired = 0;
  converted = 0;

  place(cart, sku, qty, customer) {
    const product = stock.product(sku);
    if (!product) throw new HoldError(404, `unknown SKU ${sku}`);
    if (qty > stock.available(sku)) throw new HoldError(409, `only ${stock.available(sku)} left`);
    const key = `${cart}:${sku}`;
    let hold = this.#holds.get(key);
    if (hold) {
      hold.qty += qty;
    } else {
      hold = {
        key,
        id: `hld_${++this.#seq}`,
        cart,
        sku,
        name: product.name,
        unitMinor: product.priceMinor,
        qty,
        customer,
        placedAt: new Date().toISOString(),
        expiresAt: 0,
        timer: null,
      };
      this.#holds.set(key, hold);
    }
    stock.hold(sku, qty);
    this.#arm(hold);
    return view(hold);
  }

  change(cart, sku, qty) {
    const hold = this.#holds.get(`${cart}:${sku}`);
    if (!hold) throw new HoldError(404, "nothing held for that line");
    const delta = qty - hold.qty;
    if (delta > stock.available(sku)) throw new HoldError(409, `only ${stock.available(sku)} left`);
    // a change on the basket page counts as activity: start the hold over
    clearTimeout(hold.timer);
    if (delta > 0) stock.hold(sku, delta);
    else stock.unhold(sku, -delta);
    hold.qty = qty;
    this.#arm(hold);
    return view(hold);
  }

  #arm(hold) {
    if (hold.timer) return; // already counting down
    hold.expiresAt = Date.now() + HOLD_MS;
    hold.timer = setTimeout(() => this.#expire(hold), HOLD_MS);
  }

  #expire(hold) {
    this.#holds.delete(hold.key);
    stock.unhold(hold.sku, hold.qty);
    this.expired++;
  }

  /** The cart's holds, in the order they were placed. */
  forCart(cart) {
    const out = [];
    for (const hold of this.#holds.values()) if (hold.cart === cart) out.push(hold);
    return out;
  }

  /** Turns a cart's holds into sold units at checkout. */
  convert(cart) {
    const lines = [];
    for (const [key, hold] of this.#holds) {
      if (hold.cart !== cart) continue;
      clearTimeout(hold.timer);
      this.#holds.delete(key);
      stock.sell(hold.sku, hold.qty);
      this.converted++;
      lines.push(view(hold));
    }
    return lines;
  }

  size() {
    return this.#holds.size;
  }
}

function view(hold) {
  return {
    id: hold.id,
    sku: hold.sku,
    name: hold.name,
    qty: hold.qty,
    unitMinor: hold.unitMinor,
    expiresAt: new Date(hold.expiresAt).toISOString(),
  };
}
