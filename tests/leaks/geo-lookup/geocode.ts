import { TtlMap } from "./node_modules/ttl-map/index.js";
import { nearestPlace } from "./places.ts";

export interface Place {
  city: string;
  country: string;
  distanceKm: number;
  lat: number;
  lon: number;
  resolvedAt: string;
}

// Reverse lookups are expensive with the real provider; remember them for 15 minutes.
const lookups = new TtlMap({ ttl: 15 * 60_000 });

export function reverseGeocode(lat: number, lon: number): Place {
  const key = `${lat},${lon}`;
  const known = lookups.get(key) as Place | undefined;
  if (known) return known;
  const { city, country, distanceKm } = nearestPlace(lat, lon);
  const place = { city, country, distanceKm, lat, lon, resolvedAt: new Date().toISOString() };
  lookups.set(key, place);
  return place;
}
