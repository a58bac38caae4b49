import { reaction, toJS } from "mobx";
import { format } from "date-fns";
import { DispatchBoard, type Stop, type TripStatus } from "./dispatch.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const board = new DispatchBoard("LDS-2");
const gauges = { activeTrips: 0, freeVans: board.vans.length };

// Keep the gauges the depot screen polls in step with the board.
reaction(
  () => [board.activeTrips.length, board.freeVans.length] as const,
  ([active, free]) => {
    gauges.activeTrips = active;
    gauges.freeVans = free;
  },
);

const STATUSES: TripStatus[] = ["assigned", "en_route", "completed", "cancelled"];

function json(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });

  if (url.pathname === "/board" && req.method === "GET") {
    return json({
      depot: board.depot,
      day: format(Date.now(), "EEEE d MMMM yyyy"),
      ...gauges,
      completedToday: board.completedToday,
      cancelledToday: board.cancelledToday,
      minutesOnRoad: board.minutesOnRoad,
      vans: toJS(board.vans),
    });
  }

  if (url.pathname === "/trips" && req.method === "POST") {
    const body = await req.json().catch(() => ({})) as { tripId?: string; stops?: Stop[] };
    if (!body.tripId || !Array.isArray(body.stops) || body.stops.length === 0) {
      return json({ error: "tripId and stops are required" }, 400);
    }
    const stops = body.stops.map((s) => ({
      postcode: String(s.postcode).toUpperCase(),
      parcels: Math.max(1, Number(s.parcels) || 1),
    }));
    const trip = board.assignTrip(body.tripId, stops);
    if (!trip) return json({ error: "no van can take that load" }, 409);
    return json({ id: trip.id, van: trip.vanId, driver: trip.driver, status: trip.status }, 201);
  }

  // POST /trips/:id/status {"status": "en_route" | "completed" | "cancelled", "note"?}
  if (parts[0] === "trips" && parts[2] === "status" && req.method === "POST") {
    const body = await req.json().catch(() => ({})) as { status?: TripStatus; note?: string };
    if (!body.status || !STATUSES.includes(body.status)) {
      return json({ error: `status must be one of ${STATUSES.join(", ")}` }, 400);
    }
    const trip = board.updateStatus(parts[1], body.status, body.note);
    if (!trip) return json({ error: "no such trip" }, 404);
    return json({ id: trip.id, status: trip.status, events: trip.events.length });
  }

  if (parts[0] === "trips" && parts.length === 2 && req.method === "GET") {
    const trip = board.trips.get(parts[1]);
    return trip ? json(toJS(trip)) : json({ error: "no such trip" }, 404);
  }

  return json({ error: "not found" }, 404);
}

Deno.serve({ hostname: "127.0.0.1", port, onListen: () => {} }, handle);
