const PLACES = [
  { city: "Amsterdam", country: "NL", lat: 52.37, lon: 4.9 },
  { city: "Rotterdam", country: "NL", lat: 51.92, lon: 4.48 },
  { city: "Utrecht", country: "NL", lat: 52.09, lon: 5.12 },
  { city: "Antwerp", country: "BE", lat: 51.22, lon: 4.4 },
  { city: "Cologne", country: "DE", lat: 50.94, lon: 6.96 },
  { city: "Hamburg", country: "DE", lat: 53.55, lon: 9.99 },
];

function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}

export function nearestPlace(lat: number, lon: number) {
  let best = PLACES[0];
  let bestKm = Infinity;
  for (const place of PLACES) {
    const km = haversineKm(lat, lon, place.lat, place.lon);
    if (km < bestKm) [best, bestKm] = [place, km];
  }
  return { city: best.city, country: best.country, distanceKm: Math.round(bestKm * 10) / 10 };
}
