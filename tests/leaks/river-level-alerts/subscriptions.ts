import { monotonicNow } from "./clock.ts";
import { type Reading, stations } from "./stations.ts";

/**
 * Alert subscriptions hold a lease: the SMS gateway and the app renew it whenever they pick up
 * alerts, and a subscription nobody has picked up for LEASE_MS is dropped by the reaper.
 */
const LEASE_MS = 1_500;
const REAP_EVERY_MS = 250;
const MAX_QUEUED = 10;

interface Alert {
  text: string;
  levelM: number;
  at: string;
}

interface Subscription {
  id: string;
  station: string;
  contact: string;
  thresholdM: number;
  queue: Alert[];
  leaseUntil: number;
  createdAt: string;
}

const subscriptions = new Map<string, Subscription>();
let reaped = 0;

export function subscribe(body: Record<string, unknown>) {
  const id = String(body.id ?? crypto.randomUUID());
  const station = stations.get(String(body.station ?? ""));
  if (!station) throw new RangeError(`unknown station ${body.station}`);
  const sub: Subscription = {
    id,
    station: station.id,
    contact: String(body.contact ?? ""),
    thresholdM: Number(body.thresholdM ?? station.typicalHighM),
    queue: [],
    leaseUntil: Date.now() + LEASE_MS,
    createdAt: new Date().toISOString(),
  };
  subscriptions.set(sub.id, sub);
  return view(sub);
}

function view(sub: Subscription) {
  return {
    id: sub.id,
    station: sub.station,
    thresholdM: sub.thresholdM,
    queued: sub.queue.length,
    // shown to the user as "alerts paused after …"
    leaseUntil: new Date(sub.leaseUntil).toISOString(),
  };
}

export function publish(reading: Reading): number {
  const station = stations.get(reading.station)!;
  let matched = 0;
  for (const sub of subscriptions.values()) {
    if (sub.station !== reading.station || reading.levelM < sub.thresholdM) continue;
    matched++;
    sub.queue.push({
      text:
        `${station.name} (${station.river}) is at ${
          reading.levelM.toFixed(2)
        } m and ${reading.trend}` +
        ` - above your alert level of ${sub.thresholdM.toFixed(2)} m`,
      levelM: reading.levelM,
      at: reading.at,
    });
    if (sub.queue.length > MAX_QUEUED) sub.queue.shift();
  }
  return matched;
}

/** Hands over the queued alerts and renews the lease. */
export function collect(id: string) {
  const sub = subscriptions.get(id);
  if (!sub) return undefined;
  const alerts = sub.queue.splice(0);
  sub.leaseUntil = Date.now() + LEASE_MS;
  return { ...view(sub), alerts };
}

export function expire(id: string): boolean {
  reaped++;
  return subscriptions.delete(id);
}

function reap() {
  const now = monotonicNow();
  for (const [id, sub] of subscriptions) {
    if (sub.leaseUntil < now) expire(id);
  }
}

setInterval(reap, REAP_EVERY_MS);

export function stats() {
  return { subscriptions: subscriptions.size, reaped };
}
