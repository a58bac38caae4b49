/** A fake orders table (stands in for a SQL query). */

export interface OrderRow {
  id: number;
  customer: string;
  country: string;
  totalCents: number;
  status: "paid" | "refunded" | "shipped";
  createdAt: string;
}

const COUNTRIES = ["NL", "DE", "BE", "FR", "ES"];
const STATUSES: OrderRow["status"][] = ["paid", "shipped", "refunded"];

const table: OrderRow[] = Array.from({ length: 600 }, (_, n) => ({
  id: 50_000 + n,
  customer: `customer-${n % 97}`,
  country: COUNTRIES[n % COUNTRIES.length],
  totalCents: 1000 + ((n * 7919) % 40_000),
  status: STATUSES[n % STATUSES.length],
  createdAt: new Date(Date.UTC(2024, 0, 1) + n * 3_600_000).toISOString(),
}));

/** Rows matching the filter, as the export should show them (a fresh result set per query). */
export function queryOrders(filter: { country?: string; status?: string }): OrderRow[] {
  return table
    .filter((r) => !filter.country || r.country === filter.country)
    .filter((r) => !filter.status || r.status === filter.status)
    .map((r) => ({ ...r, customer: r.customer.toUpperCase() }));
}
