import { enqueue } from "./outbox.ts";

export interface OrderLine {
  sku: string;
  qty: number;
  unitCents: number;
}

export interface Order {
  id: string;
  customer: string;
  lines: OrderLine[];
  status: "placed" | "paid" | "shipped";
  version: number;
  totalCents: number;
}

const orders = new Map<string, Order>();

function record(order: Order, type: string) {
  enqueue({
    aggregateId: order.id,
    version: order.version,
    type,
    final: order.status === "shipped",
    payload: structuredClone(order),
  });
  order.version++;
}

export function placeOrder(id: string, customer: string, lines: OrderLine[]): Order {
  const totalCents = lines.reduce((sum, l) => sum + l.qty * l.unitCents, 0);
  const order: Order = { id, customer, lines, status: "placed", version: 0, totalCents };
  orders.set(id, order);
  record(order, "order.placed");
  return order;
}

export function advance(id: string, to: "paid" | "shipped"): Order | undefined {
  const order = orders.get(id);
  if (!order) return undefined;
  order.status = to;
  record(order, `order.${to}`);
  if (to === "shipped") orders.delete(id);
  return order;
}
