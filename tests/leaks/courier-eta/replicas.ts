// The routing engine runs as a few replicas behind us (no load balancer in between: we pick).
// Long routes are slow on a replica whose contraction-hierarchy cache is cold for the region,
// which is most of the time for the primary. The sandbox replicas below answer with the same
// shape as the engine and the latency profile we measured in production.

export interface Point {
  lat: number;
  lon: number;
}

export interface RouteLeg {
  from: string;
  to: string;
  distanceM: number;
  durationS: number;
  instruction: string;
}

export interface RouteResult {
  distanceM: number;
  durationS: number;
  legs: RouteLeg[];
  polyline: string;
  engine: string;
  dataVersion: string;
}

export interface Replica {
  name: string;
  route(from: Point, to: Point, profile: string): Promise<RouteResult>;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function haversineM(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

const STREETS = [
  "Damrak",
  "Rokin",
  "Weesperstraat",
  "A10 Ring",
  "A2",
  "Waterlinieweg",
  "Catharijnesingel",
];

function encodePolyline(from: Point, to: Point, steps: number): string {
  let out = "";
  for (let i = 0; i <= steps; i++) {
    const lat = from.lat + ((to.lat - from.lat) * i) / steps;
    const lon = from.lon + ((to.lon - from.lon) * i) / steps;
    out += `${lat.toFixed(5)},${lon.toFixed(5)};`;
  }
  return out;
}

function compute(from: Point, to: Point, profile: string, engine: string): RouteResult {
  const straight = haversineM(from, to);
  const distanceM = Math.round(straight * 1.32);
  const speed = profile === "bicycle" ? 4.6 : profile === "scooter" ? 8.3 : 11.1;
  const legsCount = Math.min(6, 2 + Math.floor(distanceM / 8000));
  const legs: RouteLeg[] = [];
  for (let i = 0; i < legsCount; i++) {
    const share = Math.round(distanceM / legsCount);
    legs.push({
      from: STREETS[i % STREETS.length],
      to: STREETS[(i + 1) % STREETS.length],
      distanceM: share,
      durationS: Math.round(share / speed),
      instruction: `Continue on ${STREETS[(i + 1) % STREETS.length]} for ${
        (share / 1000).toFixed(1)
      } km`,
    });
  }
  return {
    distanceM,
    durationS: Math.round(distanceM / speed),
    legs,
    polyline: encodePolyline(from, to, 12),
    engine,
    dataVersion: "osm-2025-04-28",
  };
}

function replica(name: string, latencyFor: (meters: number) => number): Replica {
  return {
    name,
    async route(from, to, profile) {
      await delay(latencyFor(haversineM(from, to)));
      return compute(from, to, profile, name);
    },
  };
}

export const REPLICAS: Replica[] = [
  replica("routing-a", (m) => (m > 20_000 ? 40 : 3)),
  replica("routing-b", () => 2),
];
