import http from "node:http";
import { MapLru } from "./node_modules/map-lru/index.js";
import { offsetMinutes, zoneAt, ZONES } from "./zones.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4943;

/** Lookups by position rounded to 4 decimals (about 10 m): delivery addresses repeat a lot. */
const zoneCache = new MapLru({ max: 256, ttl: 10 * 60_000 });
const counts = { lookups: 0, conversions: 0 };

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function lookup(lat, lng) {
  counts.lookups++;
  const key = `${lat.toFixed(4)},${lng.toFixed(4)}`;
  const hit = zoneCache.get(key);
  if (hit) return hit;
  const area = zoneAt(lat, lng);
  const result = {
    zone: area.zone,
    country: area.country,
    offsetMinutes: offsetMinutes(area.zone),
    position: { lat: Number(lat.toFixed(4)), lng: Number(lng.toFixed(4)) },
    resolvedAt: new Date().toISOString(),
  };
  zoneCache.set(key, result);
  return result;
}

function route(res, url) {
  const q = url.searchParams;
  if (url.pathname === "/zone") {
    const lat = Number(q.get("lat"));
    const lng = Number(q.get("lng"));
    if (!q.get("lat") || !q.get("lng") || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
      return send(res, 422, { error: "lat and lng required" });
    }
    return send(res, 200, lookup(lat, lng));
  }
  if (url.pathname === "/convert") {
    const at = new Date(q.get("at") ?? "");
    const zone = q.get("zone") ?? "";
    if (Number.isNaN(at.getTime()) || !ZONES.has(zone)) {
      return send(res, 422, { error: "at (ISO time) and a known zone required" });
    }
    counts.conversions++;
    const local = at.toLocaleString("sv-SE", { timeZone: zone }).replace(" ", "T");
    return send(res, 200, { zone, local, offsetMinutes: offsetMinutes(zone, at) });
  }
  if (url.pathname === "/status") {
    const { size, hits, misses } = zoneCache;
    return send(res, 200, { ...counts, cache: { size, hits, misses } });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    route(res, url);
  } catch (err) {
    send(res, 500, { error: String(err.message) });
  }
}).listen(port, "127.0.0.1", () => console.log(`timezone-lookup on 127.0.0.1:${port}`));
