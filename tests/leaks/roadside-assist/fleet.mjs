/** The tow trucks and service vans on shift, with where they were last seen. */

const TRUCKS = [
  { id: "TT-01", kind: "flatbed", driver: "Henk Visser", base: { lat: 52.09, lng: 5.12 } },
  { id: "TT-02", kind: "flatbed", driver: "Yusuf Demir", base: { lat: 52.37, lng: 4.9 } },
  { id: "TT-03", kind: "wheel-lift", driver: "Els de Graaf", base: { lat: 51.92, lng: 4.48 } },
  { id: "SV-11", kind: "service-van", driver: "Ravi Ramdin", base: { lat: 52.16, lng: 4.49 } },
  { id: "SV-12", kind: "service-van", driver: "Joost Kramer", base: { lat: 51.44, lng: 5.47 } },
  { id: "SV-13", kind: "service-van", driver: "Ayla Bakker", base: { lat: 52.22, lng: 6.89 } },
];

const trucks = new Map(TRUCKS.map((t) => [t.id, { ...t, jobs: 0, lastSeen: t.base }]));

function distanceKm(a, b) {
  const dLat = (a.lat - b.lat) * 111;
  const dLng = (a.lng - b.lng) * 111 * Math.cos((a.lat * Math.PI) / 180);
  return Math.sqrt(dLat * dLat + dLng * dLng);
}

/** The nearest truck that can handle the problem (a flat tyre needs no flatbed). */
export function nearestTruck(location, problem) {
  const needsTow = problem === "collision" || problem === "engine" || problem === "ev-battery";
  let best;
  for (const truck of trucks.values()) {
    if (needsTow && truck.kind === "service-van") continue;
    const km = distanceKm(location, truck.lastSeen);
    if (!best || km < best.km) best = { truck, km };
  }
  return best;
}

export function truckMoved(id, location) {
  const truck = trucks.get(id);
  if (truck) truck.lastSeen = location;
}

export function fleetStatus() {
  return [...trucks.values()].map(({ id, kind, driver, jobs }) => ({ id, kind, driver, jobs }));
}
