export interface Trip {
  id: string;
  vehicle: string;
  depot: string;
  driver: string;
  startedAt: number;
}

export interface TripEvent {
  kind: "started" | "ended";
  depot: string;
  km: number;
}

const DEPOTS = new Set(["ams", "rtm", "ein"]);
const MAX_RECENT = 100;

const openTrips = new Map<string, Trip>();
const tripsByVehicle = new Map<string, Trip[]>();
const recentTrips: { id: string; vehicle: string; km: number; minutes: number }[] = [];
const kmByDepot: Record<string, number> = { ams: 0, rtm: 0, ein: 0 };

let emit!: (event: TripEvent) => void;
/** Trip events for the depot dashboard; the reader below folds them into per-depot totals. */
const tripEvents = new ReadableStream<TripEvent>({
  start(controller) {
    emit = (event) => controller.enqueue(event);
  },
});

(async () => {
  for await (const event of tripEvents) {
    if (event.kind === "ended") kmByDepot[event.depot] += event.km;
  }
})();

export class TripError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function startTrip(id: string, vehicle: string, depot: string, driver: string): Trip {
  if (!DEPOTS.has(depot)) throw new TripError(400, `unknown depot ${depot}`);
  if (openTrips.has(id)) throw new TripError(409, `trip ${id} is already running`);
  const trip: Trip = { id, vehicle, depot, driver, startedAt: Date.now() };
  openTrips.set(id, trip);
  const forVehicle = tripsByVehicle.get(vehicle);
  if (forVehicle) forVehicle.push(trip);
  else tripsByVehicle.set(vehicle, [trip]);
  emit({ kind: "started", depot, km: 0 });
  return trip;
}

export function endTrip(id: string, km: number) {
  const trip = openTrips.get(id);
  if (!trip) throw new TripError(404, `no running trip ${id}`);
  openTrips.delete(id);
  const forVehicle = tripsByVehicle.get(trip.vehicle) ?? [];
  const index = forVehicle.indexOf(trip);
  if (index !== -1) forVehicle.splice(index, 1);
  if (forVehicle.length === 0) tripsByVehicle.delete(trip.vehicle);

  const summary = {
    id,
    vehicle: trip.vehicle,
    km,
    minutes: Math.round((Date.now() - trip.startedAt) / 60_000),
  };
  recentTrips.push(summary);
  while (recentTrips.length > MAX_RECENT) recentTrips.shift();
  emit({ kind: "ended", depot: trip.depot, km });
  return summary;
}

export function runningFor(vehicle: string): Trip[] {
  return tripsByVehicle.get(vehicle) ?? [];
}

export function depotTotals() {
  return { ...kmByDepot, running: openTrips.size, recent: recentTrips.slice(-10) };
}
