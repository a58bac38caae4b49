import { Mutex, Semaphore } from "async-mutex";
import type { Span } from "@opentelemetry/api";
import { withSpan } from "./telemetry.ts";

interface Line {
  sku: string;
  qty: number;
  priceCents: number;
}

interface Basket {
  id: string;
  lines: Line[];
  lock: Mutex;
  updatedAt: number;
}

const PRICES: Record<string, number> = {
  "tea-earl": 650,
  "tea-sencha": 890,
  "mug-blue": 1450,
  "pot-glass": 2995,
};
const stock = new Map<string, number>(Object.keys(PRICES).map((sku) => [sku, 1_000_000]));
const stockLock = new Mutex();
// The payment provider allows four calls at a time per merchant.
const paymentSlots = new Semaphore(4);

const baskets = new Map<string, Basket>();
const recentOrders: { order: string; totalCents: number; at: string }[] = [];
let orderNo = 1;

function basketFor(id: string): Basket {
  let b = baskets.get(id);
  if (!b) {
    b = { id, lines: [], lock: new Mutex(), updatedAt: Date.now() };
    baskets.set(id, b);
  }
  return b;
}

export function addItem(parent: Span, basketId: string, sku: string, qty: number) {
  if (!(sku in PRICES)) return Promise.resolve({ status: 404, body: { error: "unknown sku" } });
  const basket = basketFor(basketId);
  return basket.lock.runExclusive(() =>
    withSpan("basket.add", parent, { "basket.id": basketId, sku, qty }, async () => {
      await new Promise((r) => setTimeout(r, 1));
      const line = basket.lines.find((l) => l.sku === sku);
      if (line) line.qty += qty;
      else basket.lines.push({ sku, qty, priceCents: PRICES[sku] });
      basket.updatedAt = Date.now();
      return { status: 200, body: { basket: basketId, lines: basket.lines } };
    })
  );
}

export async function checkout(parent: Span, basketId: string) {
  const basket = baskets.get(basketId);
  if (!basket || basket.lines.length === 0) return { status: 404, body: { error: "empty basket" } };
  return await basket.lock.runExclusive(async () => {
    const totalCents = basket.lines.reduce((s, l) => s + l.qty * l.priceCents, 0);
    await withSpan(
      "stock.reserve",
      parent,
      { lines: basket.lines.length },
      () =>
        stockLock.runExclusive(() => {
          for (const l of basket.lines) stock.set(l.sku, stock.get(l.sku)! - l.qty);
        }),
    );
    await withSpan(
      "payment.capture",
      parent,
      { amount: totalCents },
      () => paymentSlots.runExclusive(() => new Promise((r) => setTimeout(r, 2))),
    );
    baskets.delete(basketId);
    const order = `ORD-${orderNo++}`;
    recentOrders.unshift({ order, totalCents, at: new Date().toISOString() });
    recentOrders.length = Math.min(recentOrders.length, 50);
    return { status: 201, body: { order, totalCents } };
  });
}

export function shopStats() {
  return {
    openBaskets: baskets.size,
    stock: Object.fromEntries(stock),
    recentOrders: recentOrders.slice(0, 5),
  };
}
