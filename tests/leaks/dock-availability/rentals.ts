import { type CapacityDetail, stations } from "./stations.ts";

export class RentalError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Rental {
  id: string;
  member: string;
  bike: string;
  from: string;
  startedAt: number;
}

const RECENT_LIMIT = 30;
const LIVE_MAP_FLUSH_MS = 25;

const openRentals = new Map<string, Rental>();
const recentTrips: { id: string; from: string; to: string; minutes: number }[] = [];
/** Latest capacity per station for the live map, sent in one batch. */
const liveMapPending = new Map<string, CapacityDetail>();
let liveMapTimer: ReturnType<typeof setTimeout> | undefined;

stations.addEventListener("capacity", (event) => {
  const detail = (event as CustomEvent<CapacityDetail>).detail;
  liveMapPending.set(detail.station, detail);
  if (liveMapTimer === undefined) liveMapTimer = setTimeout(flushLiveMap, LIVE_MAP_FLUSH_MS);
});

function flushLiveMap() {
  liveMapTimer = undefined;
  liveMapPending.clear(); // (sent to the map tiles service in production)
}

/** The dock needs a moment to unlock; a station going offline meanwhile cancels the rental. */
async function unlockDock(stationId: string): Promise<void> {
  let cancelled = false;
  const onCapacity = (event: Event) => {
    const { station } = (event as CustomEvent<CapacityDetail>).detail;
    if (station === stationId && !stations.get(stationId)!.online) cancelled = true;
  };
  stations.addEventListener("capacity", onCapacity, { capture: true });
  try {
    await new Promise((resolve) => setTimeout(resolve, 2));
  } finally {
    stations.removeEventListener("capacity", onCapacity, { capture: true });
  }
  if (cancelled) throw new RentalError(409, `station ${stationId} went offline`);
}

export async function startRental(
  id: string,
  body: { station: string; member: string; bike: string },
) {
  const station = stations.get(body.station);
  if (!station) throw new RentalError(404, `no station ${body.station}`);
  if (openRentals.has(id)) throw new RentalError(409, `rental ${id} exists`);
  if (station.bikes === 0) throw new RentalError(409, `no bikes at ${station.name}`);
  await unlockDock(station.id);
  stations.adjust(station.id, -1);
  const rental = {
    id,
    member: body.member,
    bike: body.bike,
    from: station.id,
    startedAt: Date.now(),
  };
  openRentals.set(id, rental);
  return rental;
}

export function endRental(id: string, stationId: string) {
  const rental = openRentals.get(id);
  if (!rental) throw new RentalError(404, `no open rental ${id}`);
  const station = stations.get(stationId);
  if (!station) throw new RentalError(404, `no station ${stationId}`);
  if (station.bikes >= station.docks) throw new RentalError(409, `no free dock at ${station.name}`);
  stations.adjust(station.id, 1);
  openRentals.delete(id);
  const trip = {
    id,
    from: rental.from,
    to: station.id,
    minutes: Math.ceil((Date.now() - rental.startedAt) / 60_000),
  };
  recentTrips.unshift(trip);
  if (recentTrips.length > RECENT_LIMIT) recentTrips.pop();
  return trip;
}

export function recent(n: number) {
  return { open: openRentals.size, trips: recentTrips.slice(0, n) };
}
