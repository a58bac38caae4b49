import { Broker, type Message } from "./broker.ts";
import { etaMinutes, type LatLng } from "./eta.ts";

export class TrackingError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface OrderStatus {
  status: "assigned" | "picked_up" | "delivered";
  driverId: string;
  at: string;
}

export interface EtaUpdate {
  driverId: string;
  position: LatLng;
  etaMinutes: number;
}

interface Driver {
  id: string;
  name: string;
  vehicle: "bike" | "scooter" | "car";
  position?: LatLng;
  activeOrders: Set<string>;
}

/** Drop-off points come from the order service; a few fixed addresses stand in for it here. */
const DROPOFFS: LatLng[] = [
  { lat: 52.3731, lng: 4.8922 },
  { lat: 52.3584, lng: 4.8811 },
  { lat: 52.3667, lng: 4.9041 },
  { lat: 52.3792, lng: 4.9003 },
];

export const broker = new Broker();

const drivers = new Map<string, Driver>([
  ["drv-7", { id: "drv-7", name: "Sem", vehicle: "bike", activeOrders: new Set() }],
  ["drv-12", { id: "drv-12", name: "Noor", vehicle: "scooter", activeOrders: new Set() }],
  ["drv-31", { id: "drv-31", name: "Daan", vehicle: "car", activeOrders: new Set() }],
]);

export const topics = {
  status: (orderId: string) => `orders/${orderId}/status`,
  eta: (orderId: string) => `orders/${orderId}/eta`,
  driver: (driverId: string) => `drivers/${driverId}/location`,
};

function driver(id: string): Driver {
  const d = drivers.get(id);
  if (!d) throw new TrackingError(404, `no driver ${id}`);
  return d;
}

function dropoffOf(orderId: string): LatLng {
  let h = 0;
  for (const c of orderId) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return DROPOFFS[h % DROPOFFS.length];
}

function setStatus(orderId: string, status: OrderStatus["status"], driverId: string) {
  broker.publish<OrderStatus>(topics.status(orderId), {
    status,
    driverId,
    at: new Date().toISOString(),
  }, { retain: true });
}

export function assign(orderId: string, driverId: string) {
  const d = driver(driverId);
  if (d.activeOrders.size >= 12) throw new TrackingError(409, `${d.name} is at capacity`);
  d.activeOrders.add(orderId);
  setStatus(orderId, "assigned", d.id);
}

export function reportPosition(driverId: string, position: LatLng) {
  const d = driver(driverId);
  d.position = position;
  broker.publish(topics.driver(d.id), { ...position, vehicle: d.vehicle }, { retain: true });
  for (const orderId of d.activeOrders) {
    broker.publish<EtaUpdate>(topics.eta(orderId), {
      driverId: d.id,
      position,
      etaMinutes: etaMinutes(position, dropoffOf(orderId)),
    }, { retain: true });
  }
}

export function markDelivered(orderId: string) {
  const current = broker.retained<OrderStatus>(topics.status(orderId));
  if (!current) throw new TrackingError(404, `no order ${orderId}`);
  const d = driver(current.payload.driverId);
  if (!d.activeOrders.delete(orderId)) throw new TrackingError(409, `${orderId} is not active`);
  setStatus(orderId, "delivered", d.id);
}

/**
 * What the customer's tracking page polls: the latest status and ETA, waiting up to `waitMs`
 * for something newer than `since` when nothing is.
 */
export function track(orderId: string, since: number, waitMs: number): Promise<Message[]> {
  return new Promise((resolve) => {
    const seen: Message[] = [];
    let wake: (() => void) | undefined;
    const onMessage = (m: Message) => {
      if (m.publishedAt <= since) return;
      seen.push(m);
      wake?.();
    };
    const offStatus = broker.subscribe(topics.status(orderId), onMessage);
    const offEta = broker.subscribe(topics.eta(orderId), onMessage);
    const finish = () => {
      wake = undefined;
      offStatus();
      offEta();
      resolve(seen);
    };
    if (seen.length > 0 || waitMs <= 0) return finish();
    const timer = setTimeout(finish, waitMs);
    wake = () => {
      clearTimeout(timer);
      finish();
    };
  });
}
