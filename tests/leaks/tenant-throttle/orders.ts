/** The orders API behind the limiter (read-mostly sample data for the sandbox plan). */

export interface Order {
  id: string;
  customer: string;
  total: number;
  currency: string;
  status: "paid" | "shipped" | "refunded";
}

const CUSTOMERS = ["Hallam & Reeve", "Okafor Studio", "Lindqvist AB", "Marchetti SRL", "Byrne Ltd"];
const STATUSES: Order["status"][] = ["paid", "shipped", "refunded"];

const ORDERS: Order[] = Array.from({ length: 40 }, (_, n) => ({
  id: `ord_${String(10_000 + n)}`,
  customer: CUSTOMERS[n % CUSTOMERS.length],
  total: 1999 + n * 137,
  currency: "EUR",
  status: STATUSES[n % STATUSES.length],
}));

export function listOrders(limit: number, status?: string): Order[] {
  return ORDERS.filter((o) => !status || o.status === status).slice(0, Math.min(limit, 50));
}

export function validateBulk(items: unknown[]): { valid: number; errors: string[] } {
  const errors: string[] = [];
  items.forEach((item, n) => {
    const o = item as Partial<Order>;
    if (!o.customer) errors.push(`items[${n}]: customer is required`);
    if (typeof o.total !== "number" || o.total <= 0) errors.push(`items[${n}]: bad total`);
  });
  return { valid: items.length - errors.length, errors };
}
