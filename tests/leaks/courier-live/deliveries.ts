import { TopicBus } from "./topics.ts";

export type Status = "placed" | "picked-up" | "delivered";
export interface Delivery {
  id: string;
  restaurant: string;
  customer: { name: string; phone: string; address: string };
  courier?: string;
  status: Status;
  placedAt: number;
  etaAt?: number;
  texts: string[];
  unsubscribe: (() => void)[];
}

export const bus = new TopicBus();
const deliveries = new Map<string, Delivery>();
const byStatus: Record<Status, number> = { "placed": 0, "picked-up": 0, "delivered": 0 };
const recent: { id: string; minutes: number }[] = [];

// The dispatch dashboard follows every order's status.
bus.subscribe("orders/+/status", (_topic, payload) => {
  byStatus[(payload as { status: Status }).status]++;
});

export function place(delivery: Delivery): void {
  deliveries.set(delivery.id, delivery);
  // The customer's text messages and the tracking page's ETA.
  delivery.unsubscribe.push(
    bus.subscribe(`orders/${delivery.id}/status`, (_topic, payload) => {
      const { status, courier } = payload as { status: Status; courier?: string };
      const who = courier ? ` by ${courier}` : "";
      delivery.texts.push(`${delivery.customer.name}, your order is ${status}${who}.`);
    }),
    bus.subscribe(`orders/${delivery.id}/eta`, (_topic, payload) => {
      delivery.etaAt = (payload as { etaAt: number }).etaAt;
    }),
  );
  bus.publish(`orders/${delivery.id}/status`, { status: "placed" });
}

export function find(id: string): Delivery | undefined {
  return deliveries.get(id);
}

export function pickUp(delivery: Delivery, courier: string, etaMinutes: number): void {
  delivery.courier = courier;
  delivery.status = "picked-up";
  bus.publish(`orders/${delivery.id}/status`, { status: "picked-up", courier });
  bus.publish(`orders/${delivery.id}/eta`, { etaAt: Date.now() + etaMinutes * 60_000 });
}

export function deliver(delivery: Delivery): void {
  delivery.status = "delivered";
  bus.publish(`orders/${delivery.id}/status`, { status: "delivered" });
  for (const unsubscribe of delivery.unsubscribe) unsubscribe();
  deliveries.delete(delivery.id);
  recent.push({ id: delivery.id, minutes: Math.round((Date.now() - delivery.placedAt) / 60_000) });
  if (recent.length > 40) recent.shift();
}

export function stats() {
  return { open: deliveries.size, byStatus, recent: recent.slice(-5), bus: bus.stats() };
}
