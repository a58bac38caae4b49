import { memoize } from "./vendor/memo/mod.ts";

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface TravelEstimate {
  from: GeoPoint;
  to: GeoPoint;
  km: number;
  minutes: number;
  departAt: string;
  band: "off-peak" | "peak" | "school-run";
  legs: { road: string; km: number }[];
}

const EARTH_KM = 6371;
const ROAD_FACTOR = 1.32;

function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

function bandAt(hour: number): TravelEstimate["band"] {
  if (hour === 8 || hour === 15) return "school-run";
  if (hour === 7 || hour === 9 || hour === 16 || hour === 17) return "peak";
  return "off-peak";
}

const SPEED_KMH = { "off-peak": 42, peak: 27, "school-run": 24 };

function estimate(from: GeoPoint, to: GeoPoint, departAt: Date): TravelEstimate {
  const km = Math.round(haversineKm(from, to) * ROAD_FACTOR * 10) / 10;
  const band = bandAt(departAt.getUTCHours());
  const estimate: TravelEstimate = {
    from,
    to,
    km,
    minutes: Math.ceil((km / SPEED_KMH[band]) * 60) + 5,
    departAt: departAt.toISOString(),
    band,
    legs: km > 15
      ? [{ road: "A-road", km: km * 0.7 }, { road: "local", km: km * 0.3 }]
      : [{ road: "local", km }],
  };
  return estimate;
}

/** Road times change with the traffic band, so estimates go stale after a quarter of an hour. */
export const travelTime = memoize(estimate, {
  ttlMs: 15 * 60_000,
  key: (from, to, departAt) =>
    `${from.lat.toFixed(4)},${from.lon.toFixed(4)}>${to.lat.toFixed(4)},${to.lon.toFixed(4)}@${
      departAt.toISOString().slice(0, 13)
    }`,
});
