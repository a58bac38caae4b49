import { reporter } from "./reporting.ts";
import { award, pointsFor } from "./loyalty.ts";

export class BasketError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const TICKETS: Record<string, { name: string; pence: number; remaining: number }> = {
  "WKND-ADULT": { name: "Weekend adult", pence: 18950, remaining: 1_000_000 },
  "WKND-TEEN": { name: "Weekend 13-17", pence: 9500, remaining: 1_000_000 },
  "CAMP-PLUS": { name: "Camping plus", pence: 6500, remaining: 1_000_000 },
};

interface Line {
  sku: string;
  qty: number;
  pence: number;
}

interface Basket {
  id: string;
  email: string;
  lines: Line[];
  createdAt: number;
}

const baskets = new Map<string, Basket>();
const orders: { ref: string; email: string; totalPence: number; points: number }[] = [];
const ORDERS_SHOWN = 25;
let orderSeq = 1000;

export function addItem(basketId: string, email: string, sku: string, qty: number) {
  const ticket = TICKETS[sku];
  if (!ticket) throw new BasketError(404, `no ticket ${sku}`);
  if (!(qty > 0 && qty <= 8)) throw new BasketError(422, "between 1 and 8 tickets");
  let basket = baskets.get(basketId);
  if (!basket) {
    basket = { id: basketId, email, lines: [], createdAt: Date.now() };
    baskets.set(basketId, basket);
  }
  basket.lines.push({ sku, qty, pence: ticket.pence });
  reporter.addBreadcrumb({
    category: "basket",
    message: `added ${qty} × ${sku}`,
    data: { basket: basketId },
  });
  return { basket: basketId, lines: basket.lines.length, totalPence: total(basket) };
}

function total(b: Basket) {
  return b.lines.reduce((sum, l) => sum + l.qty * l.pence, 0);
}

export function checkout(basketId: string, payment: { method: string; last4: string }) {
  const basket = baskets.get(basketId);
  if (!basket) throw new BasketError(404, `no basket ${basketId}`);
  for (const line of basket.lines) {
    if (TICKETS[line.sku].remaining < line.qty) throw new BasketError(409, `${line.sku} sold out`);
  }
  for (const line of basket.lines) TICKETS[line.sku].remaining -= line.qty;
  baskets.delete(basketId);
  const totalPence = total(basket);
  reporter.addBreadcrumb({
    category: "payment",
    message: `authorised ${payment.method} ••${payment.last4}`,
    data: { basket: basketId, totalPence },
  });

  // loyalty points are nice to have: a failure there must not fail the order
  let points = 0;
  try {
    points = pointsFor(basket.email, totalPence);
    award(basket.email, points);
  } catch (err) {
    reporter.captureException(err, {
      level: "warning",
      tags: { area: "loyalty", basket: basketId },
      extra: { email: basket.email, totalPence },
    });
  }
  const ref = `FEST-${++orderSeq}`;
  orders.unshift({ ref, email: basket.email, totalPence, points });
  if (orders.length > ORDERS_SHOWN) orders.length = ORDERS_SHOWN;
  return { ref, totalPence, points };
}

export function recentOrders() {
  return orders.slice(0, 5);
}
