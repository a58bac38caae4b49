import { HookBus } from "./hooks.mjs";
import { ShopError } from "./pipeline.mjs";

export const bus = new HookBus();

/** Stock per school:item:size; deliveries top it up (see server's restock timer). */
const FULL_SHELF = 100_000;
const stock = new Map();
const baskets = new Map();
const recentOrders = [];
const counters = { baskets: 0, orders: 0, cancelled: 0 };

export function stockOf(school, code, size) {
  const key = `${school.id}:${code}:${size}`;
  if (!stock.has(key)) stock.set(key, FULL_SHELF);
  return { key, left: stock.get(key) };
}

export function restock(amount) {
  for (const [key, left] of stock) stock.set(key, Math.min(FULL_SHELF, left + amount));
}

export function createBasket(school, parent, body) {
  const id = String(body.id ?? "");
  if (!/^[A-Za-z0-9-]{3,40}$/.test(id)) throw new ShopError(400, "bad basket id");
  if (baskets.has(id)) throw new ShopError(409, `basket ${id} exists`);
  const lines = [];
  for (const { code, size, qty } of body.lines ?? []) {
    const item = school.items[code];
    if (!item || !item.sizes.includes(size)) throw new ShopError(400, `no ${code} in ${size}`);
    if (qty > school.maxPerItem) {
      throw new ShopError(400, `at most ${school.maxPerItem} of ${code}`);
    }
    lines.push({ code, size, qty, name: item.name, cents: item.cents * qty });
  }
  const basket = { id, school: school.id, parent, pupil: body.pupil, lines, createdAt: Date.now() };
  baskets.set(id, basket);
  counters.baskets++;
  return basket;
}

/**
 * Checkout holds the stock while payment is taken; if a delivery count comes in meanwhile the
 * held lines are re-checked. The hook is taken off whatever happens.
 */
export async function checkout(school, basketId, payment) {
  const basket = baskets.get(basketId);
  if (!basket || basket.school !== school.id) throw new ShopError(404, `no basket ${basketId}`);
  const held = basket.lines.map((l) => ({ line: l, ...stockOf(school, l.code, l.size) }));
  const off = bus.on("stock:counted", ({ key, left }) => {
    for (const h of held) if (h.key === key) h.left = left;
  });
  try {
    await bus.emit("payment:started", { basket: basket.id, cents: total(basket) });
    if (payment?.method !== "card" && payment?.method !== "voucher") {
      throw new ShopError(402, "payment declined");
    }
    for (const h of held) {
      if (h.left < h.line.qty) throw new ShopError(409, `${h.line.name} (${h.line.size}) sold out`);
    }
    for (const h of held) {
      stock.set(h.key, stockOf(school, h.line.code, h.line.size).left - h.line.qty);
    }
  } finally {
    off();
  }
  baskets.delete(basketId);
  const order = {
    ref: `UO-${basket.id}`,
    school: school.id,
    pupil: basket.pupil,
    cents: total(basket),
  };
  recentOrders.unshift(order);
  if (recentOrders.length > 20) recentOrders.length = 20;
  counters.orders++;
  return order;
}

export function total(basket) {
  return basket.lines.reduce((s, l) => s + l.cents, 0);
}

export function getBasket(id) {
  return baskets.get(id);
}

export function stats() {
  return {
    ...counters,
    open: baskets.size,
    stockKeys: stock.size,
    recent: recentOrders.slice(0, 3),
  };
}
