// Recent telemetry per van: a ring of the last 200 points each (the fleet is fixed).
interface Point {
  lat: number;
  lon: number;
  speedKmh?: number;
  fuelPct?: number;
  at: number;
  checkedAt?: string;
}

const RING = 200;
const rings = new Map<string, { points: Point[]; next: number }>();

export function record(van: string, reading: Omit<Point, "at">, authInfo: unknown) {
  let ring = rings.get(van);
  if (!ring) rings.set(van, ring = { points: [], next: 0 });
  const point: Point = {
    lat: reading.lat,
    lon: reading.lon,
    speedKmh: Number.isFinite(reading.speedKmh) ? reading.speedKmh : undefined,
    fuelPct: Number.isFinite(reading.fuelPct) ? reading.fuelPct : undefined,
    at: Date.now(),
    checkedAt: (authInfo as { checkedAt?: string } | undefined)?.checkedAt,
  };
  ring.points[ring.next] = point;
  ring.next = (ring.next + 1) % RING;
  return { van, accepted: true, at: point.at };
}

export function latest(van: string): Point | undefined {
  const ring = rings.get(van);
  if (!ring || ring.points.length === 0) return undefined;
  return ring.points[(ring.next + RING - 1) % RING] ?? ring.points[ring.points.length - 1];
}

export function trail(van: string, n: number): Point[] {
  const ring = rings.get(van);
  if (!ring) return [];
  const ordered = [...ring.points.slice(ring.next), ...ring.points.slice(0, ring.next)];
  return ordered.slice(-Math.max(1, Math.min(n, RING)));
}
