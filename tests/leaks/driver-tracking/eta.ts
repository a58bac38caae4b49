/** Rough ETA from the driver's position to the drop-off (haversine, city speeds). */

export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_KM = 6371;
const CITY_KMH = 22;

export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

export function etaMinutes(from: LatLng, to: LatLng): number {
  // Streets are not straight lines: 1.4 is the usual detour factor for a grid city.
  return Math.max(1, Math.round((distanceKm(from, to) * 1.4 / CITY_KMH) * 60));
}
