import { calls, HEDGE_AFTER_MS, hedged, hedgeStats, latencyPercentile } from "./hedge.ts";
import { type Point, REPLICAS, type RouteResult } from "./replicas.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8750;

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const PROFILES = new Set(["car", "scooter", "bicycle"]);
// Time at the restaurant and at the door, added to the driving time.
const PICKUP_S = 240;
const DROPOFF_S = 120;

function parsePoint(raw: string | null, name: string): Point {
  const m = /^(-?\d{1,2}\.\d+),(-?\d{1,3}\.\d+)$/.exec(raw ?? "");
  if (!m) throw new HttpError(422, `${name} must be "lat,lon"`);
  return { lat: Number(m[1]), lon: Number(m[2]) };
}

function route(from: Point, to: Point, profile: string): Promise<RouteResult> {
  return hedged(
    "route",
    REPLICAS.map((replica) => ({
      name: replica.name,
      run: () => replica.route(from, to, profile),
    })),
  );
}

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/eta" && req.method === "GET") {
    const from = parsePoint(url.searchParams.get("from"), "from");
    const to = parsePoint(url.searchParams.get("to"), "to");
    const profile = url.searchParams.get("profile") ?? "scooter";
    if (!PROFILES.has(profile)) throw new HttpError(422, `unknown profile ${profile}`);
    const result = await route(from, to, profile);
    const seconds = PICKUP_S + result.durationS + DROPOFF_S;
    return Response.json({
      order: url.searchParams.get("order"),
      etaSeconds: seconds,
      arriveBy: new Date(Date.now() + seconds * 1000).toISOString(),
      distanceKm: Number((result.distanceM / 1000).toFixed(1)),
      engine: result.engine,
    });
  }

  if (url.pathname === "/debug/calls" && req.method === "GET") {
    return Response.json(
      [...calls.values()].slice(0, 20).map((c) => ({
        id: c.id,
        op: c.op,
        ageMs: Math.round(performance.now() - c.startedAt),
        attempts: c.attempts.map((a) => ({
          replica: a.replica,
          hedge: a.hedge,
          ms: a.ms,
          ok: a.ok,
        })),
      })),
    );
  }

  if (url.pathname === "/debug/hedging" && req.method === "GET") {
    return Response.json({
      ...hedgeStats,
      hedgeAfterMs: HEDGE_AFTER_MS,
      p50: latencyPercentile(0.5),
      p95: latencyPercentile(0.95),
    });
  }

  throw new HttpError(404, "not found");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`courier-eta on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof HttpError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "routing unavailable" }, { status: 502 });
  }
});
