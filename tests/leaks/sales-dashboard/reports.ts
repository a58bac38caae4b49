import { type CustomerRow, type OrderRow, query, sql } from "./db.ts";

export function dailyRevenue(date: string) {
  const orders = query<OrderRow>(
    sql`SELECT total, channel FROM orders WHERE placed_at >= ${`${date}T00:00:00Z`} AND placed_at <= ${`${date}T23:59:59Z`}`,
  );
  const byChannel: Record<string, number> = {};
  let revenue = 0;
  for (const o of orders) {
    revenue += o.total;
    byChannel[o.channel] = (byChannel[o.channel] ?? 0) + o.total;
  }
  return {
    date,
    orders: orders.length,
    revenue: Math.round(revenue * 100) / 100,
    byChannel: Object.fromEntries(
      Object.entries(byChannel).map(([k, v]) => [k, Math.round(v * 100) / 100]),
    ),
  };
}

export function topCustomers(region: string, limit: number) {
  const orders = query<OrderRow>(
    sql`SELECT customer, total FROM orders WHERE region = ${region} ORDER BY total DESC LIMIT ${500}`,
  );
  const spend = new Map<string, number>();
  for (const o of orders) spend.set(o.customer, (spend.get(o.customer) ?? 0) + o.total);
  const ranked = [...spend].sort((a, b) => b[1] - a[1]).slice(0, limit);
  return ranked.map(([id, total]) => {
    const [customer] = query<CustomerRow>(sql`SELECT * FROM customers WHERE id = ${id}`);
    return { id, name: customer?.name, segment: customer?.segment, spend: Math.round(total) };
  });
}

export function customerOrders(id: string) {
  const [customer] = query<CustomerRow>(sql`SELECT * FROM customers WHERE id = ${id}`);
  if (!customer) return undefined;
  const orders = query<OrderRow>(
    sql`SELECT id, total, items, placed_at FROM orders WHERE customer = ${id} ORDER BY placed_at DESC LIMIT ${10}`,
  );
  return { ...customer, recent: orders };
}
