import { EventEmitter } from "node:events";

const COURIERS = ["bike-01", "bike-02", "van-07", "van-09", "cargo-bike-3"];
const ZONE_REBALANCE_MS = 60_000;

/** Assignment events for the whole process; requests wait on it for their courier. */
export const dispatcher = new EventEmitter();
dispatcher.setMaxListeners(100);

const zoneTimers = new Map();
const zoneLoad = new Map();
let next = 0;

function rebalance(zone) {
  zoneLoad.set(zone, Math.max(0, (zoneLoad.get(zone) ?? 0) - 5));
}

/** Asks for a courier; the answer arrives later as an "assigned" event. */
export function requestCourier(delivery) {
  if (!zoneTimers.has(delivery.zone)) {
    zoneTimers.set(delivery.zone, setInterval(() => rebalance(delivery.zone), ZONE_REBALANCE_MS));
  }
  zoneLoad.set(delivery.zone, (zoneLoad.get(delivery.zone) ?? 0) + 1);
  setImmediate(() => {
    const courier = COURIERS[next++ % COURIERS.length];
    dispatcher.emit("assigned", { deliveryId: delivery.id, courier, etaMin: 12 + (next % 20) });
  });
}

export function stopTimers() {
  for (const t of zoneTimers.values()) clearInterval(t);
  zoneTimers.clear();
}
