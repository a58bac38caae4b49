import { book, BookingError, dayOf, findRooms } from "./rooms.ts";
import { countRequest, httpDuration, renderMetrics } from "./metrics.ts";

const AVAILABILITY = new URLPattern({ pathname: "/rooms/:id/availability" });

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

async function route(req: Request, url: URL): Promise<[string, Response]> {
  if (url.pathname === "/healthz") return ["/healthz", json({ ok: true })];
  if (url.pathname === "/metrics") {
    return [
      "/metrics",
      new Response(renderMetrics(), { headers: { "content-type": "text/plain" } }),
    ];
  }

  if (url.pathname === "/rooms" && req.method === "GET") {
    const capacity = Number(url.searchParams.get("capacity") ?? 1);
    if (!Number.isFinite(capacity) || capacity < 1) {
      return ["/rooms", json({ error: "capacity" }, 400)];
    }
    return ["/rooms", json({ rooms: findRooms(capacity) })];
  }

  if (url.pathname === "/bookings" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!body || typeof body !== "object") return ["/bookings", json({ error: "JSON body" }, 400)];
    return ["/bookings", json(book(body), 201)];
  }

  const availability = AVAILABILITY.exec(url);
  if (availability && req.method === "GET") {
    const date = url.searchParams.get("date") ?? new Date().toISOString().slice(0, 10);
    const day = dayOf(availability.pathname.groups.id ?? "", date);
    return [
      "/rooms/:id/availability",
      json({ date, taken: day.map(({ from, to }) => ({ from, to })) }),
    ];
  }

  return ["unmatched", json({ error: "not found" }, 404)];
}

export async function handle(req: Request): Promise<Response> {
  const started = performance.now();
  const url = new URL(req.url);
  let routeName = "unmatched";
  let response: Response;
  try {
    [routeName, response] = await route(req, url);
  } catch (err) {
    if (err instanceof BookingError) response = json({ error: err.message }, err.status);
    else {
      console.error(err);
      response = json({ error: "internal error" }, 500);
    }
  }
  countRequest(routeName, response.status);
  httpDuration.observe(performance.now() - started);
  return response;
}
