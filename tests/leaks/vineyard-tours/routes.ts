import { book, type BookingRequest, bookingStats, cancel } from "./bookings.ts";
import { findTour, listTours, toursOfEstate, type Trace } from "./tours.ts";

const ESTATE_TOURS = /^\/estates\/([^/]+)\/tours$/;
const TOUR_BOOKINGS = /^\/tours\/([\w-]+)\/bookings$/;
const TOUR = /^\/tours\/([\w-]+)$/;
const CANCEL = /^\/bookings\/([\w-]+)\/cancel$/;

let sequence = 0;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

function hex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))]
    .map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The request's ids for the logs: the edge proxy's request id and a W3C trace context. */
function traceOf(req: Request, route: string): Trace {
  return {
    route,
    requestId: req.headers.get("x-request-id") ?? `vt-${Date.now()}-${++sequence}`,
    traceparent: req.headers.get("traceparent") ?? `00-${hex(16)}-${hex(8)}-01`,
  };
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  if (url.pathname === "/tours" && req.method === "GET") {
    const page = Math.max(0, Number(url.searchParams.get("page") ?? 0) || 0);
    return json({ page, tours: await listTours(page, traceOf(req, "/tours")) });
  }

  const estate = ESTATE_TOURS.exec(url.pathname);
  if (estate && req.method === "GET") {
    const name = decodeURIComponent(estate[1]);
    return json({ estate: name, tours: await toursOfEstate(name, traceOf(req, "/estates")) });
  }

  const bookings = TOUR_BOOKINGS.exec(url.pathname);
  if (bookings && req.method === "POST") {
    const body = await req.json().catch(() => null) as BookingRequest | null;
    if (!body || !/^BK-\w+$/.test(body.id ?? "") || !(body.guests >= 1) || !body.email) {
      return json({ error: "id, guests and email are required" }, 422);
    }
    const result = book(bookings[1], body);
    return "error" in result ? json(result, 409) : json(result, 201);
  }

  const cancelled = CANCEL.exec(url.pathname);
  if (cancelled && req.method === "POST") {
    const booking = cancel(cancelled[1]);
    return booking ? json(booking) : json({ error: "no such booking" }, 404);
  }

  const tour = TOUR.exec(url.pathname);
  if (tour && req.method === "GET") {
    const row = await findTour(tour[1]);
    return row ? json(row) : json({ error: "no such tour" }, 404);
  }

  if (url.pathname === "/bookings/stats" && req.method === "GET") return json(bookingStats());
  return json({ error: "not found" }, 404);
}
