import type { OrderEvent, OrderHub, Status } from "./hub.ts";

export interface Order {
  id: string;
  restaurant: string;
  customer: string;
  address: string;
  items: { name: string; qty: number }[];
  status: Status;
  placedAt: string;
}

const NOTES: Record<Status, string> = {
  placed: "Order sent to the restaurant",
  accepted: "The restaurant has accepted your order",
  cooking: "Your food is being prepared",
  "out-for-delivery": "Your rider is on the way",
  delivered: "Delivered - enjoy your meal",
  cancelled: "Order cancelled",
};

const NEXT: Record<Status, Status[]> = {
  placed: ["accepted", "cancelled"],
  accepted: ["cooking", "cancelled"],
  cooking: ["out-for-delivery"],
  "out-for-delivery": ["delivered"],
  delivered: [],
  cancelled: [],
};

export class OrderError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const open = new Map<string, Order>();
const completed: Order[] = [];

export function placeOrder(hub: OrderHub, body: Record<string, unknown>): Order {
  const id = String(body.id ?? "");
  if (!id) throw new OrderError(400, "order id required");
  if (open.has(id)) throw new OrderError(409, "order already placed");
  const order: Order = {
    id,
    restaurant: String(body.restaurant ?? ""),
    customer: String(body.customer ?? ""),
    address: String(body.address ?? ""),
    items: Array.isArray(body.items) ? body.items : [],
    status: "placed",
    placedAt: new Date().toISOString(),
  };
  open.set(id, order);
  hub.publish(eventFor(order));
  return order;
}

function eventFor(order: Order, rider?: OrderEvent["rider"]): OrderEvent {
  return {
    orderId: order.id,
    status: order.status,
    note: rider
      ? `${NOTES[order.status]}: ${rider.name}, about ${rider.etaMinutes} min`
      : NOTES[order.status],
    rider,
    at: new Date().toISOString(),
  };
}

export function advance(hub: OrderHub, id: string, body: Record<string, unknown>): Order {
  const order = open.get(id);
  if (!order) throw new OrderError(404, "no open order with that id");
  const status = String(body.status) as Status;
  if (!NEXT[order.status].includes(status)) {
    throw new OrderError(409, `cannot go from ${order.status} to ${status}`);
  }
  order.status = status;
  const rider = body.rider && typeof body.rider === "object"
    ? body.rider as OrderEvent["rider"]
    : undefined;
  hub.publish(eventFor(order, rider));
  if (status === "delivered" || status === "cancelled") {
    open.delete(id);
    completed.unshift(order);
    if (completed.length > 20) completed.pop();
  }
  return order;
}

export function getOrder(id: string): Order | undefined {
  return open.get(id) ?? completed.find((o) => o.id === id);
}
