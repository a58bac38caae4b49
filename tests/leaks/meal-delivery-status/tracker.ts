/**
 * Follows each order's events on the bus: keeps its timeline and tells the customer's phone.
 * The order is let go once it is delivered or cancelled.
 */
import { bus } from "./bus.ts";
import { closeOrder, type Kind, type Order } from "./orders.ts";
import { push } from "./push.ts";

export interface OrderEvent {
  at: string;
  note?: string;
}

const MESSAGES: Record<Kind, string> = {
  placed: "We've sent your order to the restaurant",
  accepted: "The restaurant is preparing your food",
  ready: "Your food is ready and waiting for a courier",
  picked_up: "Your courier is on the way",
  delivered: "Enjoy your meal!",
  cancelled: "Your order was cancelled",
};

export function watch(order: Order) {
  const pattern = `order.${order.id}.*`;
  const onEvent = (topic: string, event: OrderEvent) => {
    const kind = topic.slice(topic.lastIndexOf(".") + 1) as Kind;
    order.status = kind;
    order.timeline.push({ kind, at: event.at, note: event.note });
    push({ device: order.customer.device, title: order.restaurant, body: MESSAGES[kind] });
    if (kind === "delivered" || kind === "cancelled") {
      bus.off(pattern, onEvent);
      closeOrder(order);
    }
  };
  bus.on(pattern, onEvent);
}
