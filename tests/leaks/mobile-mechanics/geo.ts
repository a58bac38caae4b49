const EARTH_RADIUS_KM = 6371;

export interface Point {
  lat: number;
  lng: number;
}

export function distanceKm(a: Point, b: Point): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

export function validPoint(p: Partial<Point> | undefined): p is Point {
  return !!p && typeof p.lat === "number" && typeof p.lng === "number" &&
    Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180;
}
