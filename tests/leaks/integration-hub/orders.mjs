// Orders as the checkout reports them. The shop database is the source of truth; this service
// only keeps the latest ones so that follow-up calls (payment, cancellation) can find them.

const KEPT = 64;
const orders = new Map();

export class OrderError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function addOrder(input) {
  if (typeof input.id !== "string" || !/^[\w-]{3,40}$/.test(input.id)) {
    throw new OrderError(400, "id is required");
  }
  if (!Array.isArray(input.lines) || input.lines.length === 0) {
    throw new OrderError(400, "an order needs lines");
  }
  if (orders.has(input.id)) throw new OrderError(409, `order ${input.id} exists`);
  const lines = input.lines.map((l) => ({
    sku: String(l.sku),
    name: String(l.name ?? l.sku),
    qty: Math.max(1, Number(l.qty) || 1),
    unitCents: Math.max(0, Number(l.unitCents) || 0),
  }));
  const order = {
    id: input.id,
    customer: {
      id: String(input.customer?.id ?? "guest"),
      email: String(input.customer?.email ?? ""),
      country: String(input.customer?.country ?? "NL"),
    },
    currency: String(input.currency ?? "EUR"),
    lines,
    totalCents: lines.reduce((sum, l) => sum + l.qty * l.unitCents, 0),
    status: "created",
    createdAt: new Date().toISOString(),
  };
  orders.set(order.id, order);
  if (orders.size > KEPT) orders.delete(orders.keys().next().value);
  return order;
}

export function getOrder(id) {
  const order = orders.get(id);
  if (!order) throw new OrderError(404, `no order ${id}`);
  return order;
}
