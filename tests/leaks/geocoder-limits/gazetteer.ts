export interface Place {
  id: string;
  name: string;
  region: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
}

export const PLACES: Place[] = [
  {
    id: "gb-edi",
    name: "Edinburgh",
    region: "Scotland",
    country: "GB",
    lat: 55.9533,
    lon: -3.1883,
    population: 506520,
  },
  {
    id: "gb-gla",
    name: "Glasgow",
    region: "Scotland",
    country: "GB",
    lat: 55.8642,
    lon: -4.2518,
    population: 635130,
  },
  {
    id: "gb-abd",
    name: "Aberdeen",
    region: "Scotland",
    country: "GB",
    lat: 57.1497,
    lon: -2.0943,
    population: 198590,
  },
  {
    id: "gb-inv",
    name: "Inverness",
    region: "Scotland",
    country: "GB",
    lat: 57.4778,
    lon: -4.2247,
    population: 47790,
  },
  {
    id: "gb-ncl",
    name: "Newcastle upon Tyne",
    region: "North East",
    country: "GB",
    lat: 54.9783,
    lon: -1.6178,
    population: 300196,
  },
  {
    id: "gb-yrk",
    name: "York",
    region: "Yorkshire",
    country: "GB",
    lat: 53.959,
    lon: -1.0815,
    population: 202821,
  },
  {
    id: "ie-dub",
    name: "Dublin",
    region: "Leinster",
    country: "IE",
    lat: 53.3498,
    lon: -6.2603,
    population: 592713,
  },
  {
    id: "ie-gwy",
    name: "Galway",
    region: "Connacht",
    country: "IE",
    lat: 53.2707,
    lon: -9.0568,
    population: 85910,
  },
];

const norm = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z ]/g, "").trim();

export function forward(q: string, limit = 3): Place[] {
  const needle = norm(q);
  if (!needle) return [];
  return PLACES.filter((p) => norm(p.name).startsWith(needle) || norm(p.region) === needle)
    .sort((a, b) => b.population - a.population)
    .slice(0, limit);
}

function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

export function reverse(lat: number, lon: number): { place: Place; distanceKm: number } | null {
  let best: { place: Place; distanceKm: number } | null = null;
  for (const place of PLACES) {
    const distanceKm = haversineKm(lat, lon, place.lat, place.lon);
    if (!best || distanceKm < best.distanceKm) best = { place, distanceKm };
  }
  return best && best.distanceKm < 250 ? best : null;
}
