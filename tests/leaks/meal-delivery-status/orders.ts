/** Orders in progress, and a short history of the ones that are done. */
export type Kind = "placed" | "accepted" | "ready" | "picked_up" | "delivered" | "cancelled";

export interface Order {
  id: string;
  restaurant: string;
  customer: { name: string; device: string };
  items: { name: string; qty: number }[];
  status: Kind;
  timeline: { kind: Kind; at: string; note?: string }[];
}

const active = new Map<string, Order>();
const HISTORY = 30;
const history: { id: string; restaurant: string; status: Kind; minutes: number }[] = [];

export function openOrder(order: Order) {
  active.set(order.id, order);
}

export function findOrder(id: string): Order | undefined {
  return active.get(id);
}

export function closeOrder(order: Order) {
  active.delete(order.id);
  const first = Date.parse(order.timeline[0].at);
  const last = Date.parse(order.timeline[order.timeline.length - 1].at);
  history.push({
    id: order.id,
    restaurant: order.restaurant,
    status: order.status,
    minutes: Math.round((last - first) / 60_000),
  });
  if (history.length > HISTORY) history.shift();
}

export function finished(id: string) {
  return history.find((h) => h.id === id);
}

export function orderStats() {
  return { active: active.size, recent: history.slice(-5) };
}
