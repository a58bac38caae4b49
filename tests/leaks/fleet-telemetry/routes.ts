import { depotTotals, endTrip, runningFor, startTrip, TripError } from "./trips.ts";
import { cachedVins, lookupVin } from "./vin_cache.ts";

const TRIP_END = new URLPattern({ pathname: "/trips/:id/end" });
const VEHICLE = new URLPattern({ pathname: "/vehicles/:vin" });
const VIN = /^[A-HJ-NPR-Z0-9]{11,17}$/;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

async function body(req: Request): Promise<Record<string, unknown> | null> {
  const value = await req.json().catch(() => null);
  return value && typeof value === "object" ? value as Record<string, unknown> : null;
}

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/trips" && req.method === "POST") {
    const b = await body(req);
    if (
      !b || typeof b.id !== "string" || typeof b.vehicle !== "string" ||
      typeof b.depot !== "string" || typeof b.driver !== "string"
    ) {
      return json({ error: "id, vehicle, depot and driver are required" }, 400);
    }
    const trip = startTrip(b.id, b.vehicle, b.depot, b.driver);
    return json({ id: trip.id, startedAt: new Date(trip.startedAt).toISOString() }, 201);
  }

  const end = TRIP_END.exec(url);
  if (end && req.method === "POST") {
    const b = await body(req);
    const km = Number(b?.km);
    if (!Number.isFinite(km) || km < 0 || km > 2_000) return json({ error: "km is 0–2000" }, 400);
    return json(endTrip(end.pathname.groups.id ?? "", km));
  }

  const vehicle = VEHICLE.exec(url);
  if (vehicle && req.method === "GET") {
    const vin = (vehicle.pathname.groups.vin ?? "").toUpperCase();
    if (!VIN.test(vin)) return json({ error: "not a VIN" }, 400);
    const spec = lookupVin(vin);
    if (!spec) return json({ error: "unknown manufacturer" }, 404);
    return json({ ...spec, running: runningFor(vin).map((t) => t.id) });
  }

  if (url.pathname === "/depots") return json({ ...depotTotals(), cachedVins: cachedVins() });
  return json({ error: "not found" }, 404);
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    if (err instanceof TripError) return json({ error: err.message }, err.status);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
}
