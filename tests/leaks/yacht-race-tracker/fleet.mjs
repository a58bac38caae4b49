// Boats entered in today's races and the latest fix from each tracker.
export const entries = new Map([
  ["GBR-2841", { sail: "GBR-2841", name: "Jackdaw", class: "J/70", helm: "R. Pryce" }],
  ["GBR-1966", { sail: "GBR-1966", name: "Halcyon", class: "J/70", helm: "M. Osei" }],
  ["FRA-1077", { sail: "FRA-1077", name: "Petit Mistral", class: "J/70", helm: "C. Arnaud" }],
  ["NED-880", { sail: "NED-880", name: "Zeewolf", class: "J/70", helm: "J. de Vries" }],
  ["IRL-512", { sail: "IRL-512", name: "Curlew", class: "J/70", helm: "A. Byrne" }],
]);

const latest = new Map();

// Windward mark for race 3 (Hill Head)
const MARK = { lat: 50.8121, lon: -1.2546 };

export class FixError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function recordFix(body) {
  const boat = entries.get(String(body.boat ?? ""));
  if (!boat) throw new FixError(404, `no entry with sail number ${body.boat}`);
  const lat = Number(body.lat);
  const lon = Number(body.lon);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new FixError(400, "lat/lon required");
  const fix = {
    boat: boat.sail,
    lat,
    lon,
    sog: Number(body.sog ?? 0),
    cog: Number(body.cog ?? 0),
    at: body.at ?? new Date().toISOString(),
  };
  latest.set(boat.sail, fix);
  return fix;
}

function distanceNm(a, b) {
  const dLat = (b.lat - a.lat) * 60;
  const dLon = (b.lon - a.lon) * 60 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dLat, dLon);
}

export function leaderboard() {
  return [...latest.values()]
    .map((fix) => ({
      ...entries.get(fix.boat),
      toMarkNm: Number(distanceNm(fix, MARK).toFixed(3)),
      sog: fix.sog,
      at: fix.at,
    }))
    .sort((a, b) => a.toMarkNm - b.toMarkNm);
}
