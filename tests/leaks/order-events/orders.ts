import { emit, on } from "./bus.ts";

export interface OrderLine {
  sku: string;
  qty: number;
  unitCents: number;
}

export interface Order {
  id: string;
  customer: string;
  lines: OrderLine[];
  totalCents: number;
  status: "awaiting_payment" | "paid";
  createdAt: string;
  paidAt?: string;
}

const RECENT = 50;
const orders = new Map<string, Order>();
let seq = 1000;

export function createOrder(customer: string, lines: OrderLine[]): Order {
  const order: Order = {
    id: `ord-${++seq}`,
    customer,
    lines,
    totalCents: lines.reduce((sum, l) => sum + l.qty * l.unitCents, 0),
    status: "awaiting_payment",
    createdAt: new Date().toISOString(),
  };
  orders.set(order.id, order);
  if (orders.size > RECENT) orders.delete(orders.keys().next().value!);

  // Mark the order paid as soon as its payment settles.
  const onSettled = (p: { orderId: string; amountCents: number }) => {
    if (p.orderId !== order.id) return;
    if (p.amountCents >= order.totalCents) {
      order.status = "paid";
      order.paidAt = new Date().toISOString();
    }
  };
  on("payment.settled", onSettled);

  emit("order.created", { orderId: order.id, customer });
  return order;
}

export function getOrder(id: string): Order | undefined {
  return orders.get(id);
}
