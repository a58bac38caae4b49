// A stand-in for the Postgres client: same `query(sql, params)` shape, in-memory tables.
const customers = new Map(
  Array.from({ length: 50 }, (_, n) => [n + 1, {
    id: n + 1,
    name: `Customer ${n + 1}`,
    email: `customer${n + 1}@example.com`,
    tier: n % 5 === 0 ? "gold" : "standard",
  }]),
);
const orders = Array.from({ length: 400 }, (_, n) => ({
  id: 10_000 + n,
  customerId: (n % 50) + 1,
  totalCents: 1000 + (n * 37) % 9000,
  status: n % 7 === 0 ? "refunded" : "paid",
}));

export const db = {
  async query(sql, params = []) {
    await new Promise((resolve) => setImmediate(resolve));
    if (sql.startsWith("SELECT * FROM customers WHERE id")) {
      const row = customers.get(Number(params[0]));
      return { rows: row ? [row] : [] };
    }
    if (sql.startsWith("SELECT * FROM orders WHERE customer_id")) {
      return { rows: orders.filter((o) => o.customerId === Number(params[0])).slice(0, 10) };
    }
    throw new Error(`unsupported query: ${sql}`);
  },
};
