import { checkReading, recentAlerts } from "./alerts.ts";
import { enqueue, rollupStats } from "./rollup.ts";
import { isSensor, rings } from "./sensors.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8855;

// Dashboard tiles per query (metric and window), kept a second, at most 32, least recently
// used out.
const tiles = new Map<string, { value: unknown; expiresAt: number }>();
const MAX_TILES = 32;
const TILE_MS = 1_000;

function tile(key: string, build: () => unknown) {
  const now = Date.now();
  let cached = tiles.get(key);
  tiles.delete(key);
  if (!cached || cached.expiresAt <= now) cached = { value: build(), expiresAt: now + TILE_MS };
  tiles.set(key, cached);
  if (tiles.size > MAX_TILES) tiles.delete(tiles.keys().next().value!);
  return cached.value;
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`greenhouse-climate on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  if (url.pathname === "/readings" && req.method === "POST") {
    const body = await req.json() as Record<string, number | string>;
    const sensor = String(body.sensor);
    if (!isSensor(sensor)) return Response.json({ error: "unknown sensor" }, { status: 404 });
    const reading = {
      at: Date.now(),
      temperature: Number(body.temperature),
      humidity: Number(body.humidity),
      co2: Number(body.co2),
    };
    rings.get(sensor)!.push(reading);
    enqueue(sensor, reading);
    const alerts = checkReading(sensor, reading);
    return Response.json({ stored: true, alerts: alerts.length }, { status: 201 });
  }

  const m = /^\/sensors\/([a-z0-9-]+)$/.exec(url.pathname);
  if (m && isSensor(m[1])) {
    const n = Math.min(Number(url.searchParams.get("last") ?? 10), 60);
    return Response.json({ sensor: m[1], readings: rings.get(m[1])!.latest(n) });
  }

  if (url.pathname === "/dashboard") {
    const metric = url.searchParams.get("metric") ?? "temperature";
    const minutes = url.searchParams.get("minutes") ?? "15";
    const view = tile(`${metric}:${minutes}`, () => ({
      metric,
      minutes: Number(minutes),
      builtAt: new Date().toISOString(),
      sensors: [...rings].map(([id, ring]) => ({
        id,
        values: ring.latest(15).map((r) => r[metric as "temperature"]),
      })),
    }));
    return Response.json({ view, alerts: recentAlerts().slice(0, 5), rollup: rollupStats() });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
