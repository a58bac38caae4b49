// Vehicles of the depot: last position and the current job of each (a fixed fleet).
interface Position {
  vehicle: string;
  lat: number;
  lon: number;
  reportedBy: string;
  at: number;
}

const FLEET = Array.from({ length: 40 }, (_, n) => `V-${100 + n}`);
const positions = new Map<string, Position>();
const jobs = new Map<string, { job: string; assignedBy: string; at: number }>();

/** Vehicle ids from the drivers' app carry a trip suffix (V-104-7731): the vehicle is the prefix. */
function vehicleOf(id: string): string | undefined {
  const base = /^(V-\d{3})/.exec(id)?.[1];
  return base && FLEET.includes(base) ? base : undefined;
}

export function recordPosition(id: string, lat: number, lon: number, by: string) {
  const vehicle = vehicleOf(id) ?? "V-100";
  const position = { vehicle, lat, lon, reportedBy: by, at: Date.now() };
  positions.set(vehicle, position);
  return position;
}

export function positionOf(id: string): Position | undefined {
  const vehicle = vehicleOf(id);
  return vehicle ? positions.get(vehicle) : undefined;
}

export function assignJob(id: string, job: string, by: string) {
  const vehicle = vehicleOf(id);
  if (!vehicle || !job) return undefined;
  const entry = { job, assignedBy: by, at: Date.now() };
  jobs.set(vehicle, entry);
  return { vehicle, ...entry };
}

export function fleetSummary() {
  return FLEET.map((v) => ({
    vehicle: v,
    position: positions.get(v) ?? null,
    job: jobs.get(v) ?? null,
  }));
}
