// A small gazetteer of Benelux towns and the nearest-place search over it.

const PLACES = [
  ["Amsterdam", "NL", "Noord-Holland", 52.3728, 4.8936],
  ["Haarlem", "NL", "Noord-Holland", 52.3874, 4.6462],
  ["Zaandam", "NL", "Noord-Holland", 52.4389, 4.8258],
  ["Hoofddorp", "NL", "Noord-Holland", 52.3061, 4.6907],
  ["Amstelveen", "NL", "Noord-Holland", 52.3114, 4.8701],
  ["Utrecht", "NL", "Utrecht", 52.0907, 5.1214],
  ["Amersfoort", "NL", "Utrecht", 52.1561, 5.3878],
  ["Rotterdam", "NL", "Zuid-Holland", 51.9244, 4.4777],
  ["Den Haag", "NL", "Zuid-Holland", 52.0705, 4.3007],
  ["Leiden", "NL", "Zuid-Holland", 52.1601, 4.497],
  ["Delft", "NL", "Zuid-Holland", 52.0116, 4.3571],
  ["Eindhoven", "NL", "Noord-Brabant", 51.4416, 5.4697],
  ["Tilburg", "NL", "Noord-Brabant", 51.5555, 5.0913],
  ["Breda", "NL", "Noord-Brabant", 51.5719, 4.7683],
  ["Nijmegen", "NL", "Gelderland", 51.8126, 5.8372],
  ["Arnhem", "NL", "Gelderland", 51.9851, 5.8987],
  ["Groningen", "NL", "Groningen", 53.2194, 6.5665],
  ["Zwolle", "NL", "Overijssel", 52.5168, 6.083],
  ["Maastricht", "NL", "Limburg", 50.8514, 5.691],
  ["Antwerpen", "BE", "Antwerpen", 51.2194, 4.4025],
  ["Gent", "BE", "Oost-Vlaanderen", 51.0543, 3.7174],
  ["Brugge", "BE", "West-Vlaanderen", 51.2093, 3.2247],
  ["Brussel", "BE", "Brussel", 50.8503, 4.3517],
  ["Leuven", "BE", "Vlaams-Brabant", 50.8798, 4.7005],
  ["Luik", "BE", "Luik", 50.6326, 5.5797],
  ["Luxembourg", "LU", "Luxembourg", 49.6116, 6.1319],
].map(([name, country, region, lat, lon], n) => ({ id: n + 1, name, country, region, lat, lon }));

const toRad = (deg) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres. */
export function haversineKm(lat1, lon1, lat2, lon2) {
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** The nearest town and the next two, as the apps show them ("near Haarlem, Hoofddorp"). */
export async function reverseGeocode(lat, lon) {
  // The production gazetteer is a file on disk; the lookup yields like it does.
  await new Promise((resolve) => setImmediate(resolve));
  const ranked = PLACES.map((p) => ({ place: p, km: haversineKm(lat, lon, p.lat, p.lon) }))
    .sort((a, b) => a.km - b.km);
  const [best, ...rest] = ranked;
  return {
    query: { lat, lon },
    place: best.place.name,
    country: best.place.country,
    region: best.place.region,
    distanceKm: Math.round(best.km * 10) / 10,
    nearby: rest.slice(0, 2).map((r) => ({ name: r.place.name, km: Math.round(r.km) })),
    label: `${best.place.name}, ${best.place.region} (${best.place.country})`,
  };
}

export function placeById(id) {
  return PLACES.find((p) => p.id === id);
}
