import { OpenHashMap } from "./vendor/open-hash/mod.ts";

export type Plan = "pay-as-you-go" | "day-pass" | "monthly";
export type Point = { lat: number; lng: number; at: number };
export interface Ride {
  id: string;
  scooterId: string;
  riderId: string;
  plan: Plan;
  startedAt: number;
  battery: number;
  path: Point[];
  meters: number;
}
export type RideSummary = Pick<Ride, "id" | "scooterId" | "meters"> & {
  minutes: number;
  fareCents: number;
};

const PRICES: Record<Plan, { unlockCents: number; perMinuteCents: number }> = {
  "pay-as-you-go": { unlockCents: 100, perMinuteCents: 25 },
  "day-pass": { unlockCents: 0, perMinuteCents: 0 },
  "monthly": { unlockCents: 0, perMinuteCents: 10 },
};
const MAX_RECENT = 30;

/** Rides in progress by id: looked up on every position ping from the scooters. */
export const activeRides = new OpenHashMap<Ride>();
const busyScooters = new Set<string>();
const recentRides: RideSummary[] = [];
const totals = { rides: 0, meters: 0, fareCents: 0 };

function metersBetween(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

export function startRide(
  { id, scooterId, riderId, plan, battery }: Omit<Ride, "startedAt" | "path" | "meters">,
  at: Point,
): Ride {
  if (busyScooters.has(scooterId)) {
    throw Object.assign(new Error(`scooter ${scooterId} is in use`), { status: 409 });
  }
  if (battery < 15) throw Object.assign(new Error("battery too low"), { status: 409 });
  const ride: Ride = {
    id,
    scooterId,
    riderId,
    plan,
    startedAt: at.at,
    battery,
    path: [at],
    meters: 0,
  };
  activeRides.set(id, ride);
  busyScooters.add(scooterId);
  return ride;
}

export function recordPosition(ride: Ride, at: Point): void {
  ride.meters += metersBetween(ride.path[ride.path.length - 1], at);
  ride.path.push(at);
}

export function endRide(ride: Ride, at: Point): RideSummary {
  recordPosition(ride, at);
  const minutes = Math.max(1, Math.ceil((at.at - ride.startedAt) / 60_000));
  const price = PRICES[ride.plan];
  const summary: RideSummary = {
    id: ride.id,
    scooterId: ride.scooterId,
    minutes,
    meters: Math.round(ride.meters),
    fareCents: price.unlockCents + minutes * price.perMinuteCents,
  };
  activeRides.delete(ride.id);
  busyScooters.delete(ride.scooterId);
  recentRides.push(summary);
  if (recentRides.length > MAX_RECENT) recentRides.shift();
  totals.rides++;
  totals.meters += summary.meters;
  totals.fareCents += summary.fareCents;
  return summary;
}

export function rideStats() {
  return { active: activeRides.size, totals, recent: recentRides.slice(-5) };
}
