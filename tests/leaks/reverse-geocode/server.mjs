import http from "node:http";
import pino from "pino";
import { createCache } from "cache-manager";
import { placeById, reverseGeocode } from "./gazetteer.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const logger = pino({
  level: process.env.LOG_LEVEL ?? "warn",
  base: { service: "reverse-geocode" },
});

// Answers only change when the gazetteer does (on deploy), so they are cached without a ttl.
export const cache = createCache();

const stats = { requests: 0, lookups: 0, started: new Date().toISOString() };

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "max-age=300" });
  res.end(JSON.stringify(body));
}

function coordinate(params, name, limit) {
  const value = Number(params.get(name));
  if (!params.has(name) || !Number.isFinite(value) || Math.abs(value) > limit) {
    throw Object.assign(new Error(`${name} must be a number within ±${limit}`), { status: 400 });
  }
  return value;
}

async function reverse(params) {
  const lat = coordinate(params, "lat", 90);
  const lon = coordinate(params, "lon", 180);
  const result = await cache.wrap(`reverse:${lat},${lon}`, () => {
    stats.lookups++;
    return reverseGeocode(lat, lon);
  });
  logger.debug({ lat, lon, place: result.place }, "reverse geocoded");
  return result;
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://geo.local");
  stats.requests++;
  try {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (url.pathname === "/reverse") return send(res, 200, await reverse(url.searchParams));
    const place = /^\/places\/(\d+)$/.exec(url.pathname);
    if (place) {
      const found = placeById(Number(place[1]));
      return found ? send(res, 200, found) : send(res, 404, { error: "no such place" });
    }
    if (url.pathname === "/stats") return send(res, 200, stats);
    send(res, 404, { error: "not found" });
  } catch (error) {
    if (!error.status) logger.error({ err: error, path: url.pathname }, "request failed");
    send(res, error.status ?? 500, { error: error.message });
  }
});

server.listen(port, "127.0.0.1", () => {
  logger.warn(`reverse-geocode on http://127.0.0.1:${port}`);
});
