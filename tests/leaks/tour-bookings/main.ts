import { IssueTracker } from "./issues.ts";
import { confirmHold, placeHold, seatsLeft, SupplierError, TOURS } from "./suppliers.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8740;

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const issues = new IssueTracker("#ops-alerts");

// The last bookings made, for the support desk's "did my booking go through?" lookups.
const recentBookings: { ref: string; tour: string; date: string; guests: number; at: string }[] =
  [];
const RECENT_KEPT = 50;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

async function readBody(req: Request): Promise<Record<string, unknown>> {
  try {
    const body = await req.json();
    return body && typeof body === "object" ? body : {};
  } catch {
    throw new HttpError(400, "body must be JSON");
  }
}

async function handle(req: Request, url: URL): Promise<Response> {
  const bookingRoute = /^\/tours\/([\w-]+)\/bookings$/.exec(url.pathname);
  if (bookingRoute && req.method === "POST") {
    const tour = TOURS[bookingRoute[1]];
    if (!tour) throw new HttpError(404, "no such tour");
    const body = await readBody(req);
    const date = String(body.date ?? "");
    const guests = Number(body.guests);
    const lead = body.lead as { name?: string; email?: string } | undefined;
    if (!ISO_DATE.test(date)) throw new HttpError(422, "date must be YYYY-MM-DD");
    if (!Number.isInteger(guests) || guests < 1 || guests > 10) {
      throw new HttpError(422, "guests must be 1 to 10");
    }
    if (!lead?.name || !lead?.email?.includes("@")) {
      throw new HttpError(422, "lead name and email are required");
    }
    const hold = await placeHold(tour, date, guests);
    const { supplierRef } = await confirmHold(tour, hold.holdId);
    const booking = {
      ref: supplierRef,
      tour: tour.id,
      date,
      guests,
      totalCents: tour.priceCents * guests,
      meetingPoint: tour.meetingPoint,
    };
    recentBookings.push({
      ref: supplierRef,
      tour: tour.id,
      date,
      guests,
      at: new Date().toISOString(),
    });
    if (recentBookings.length > RECENT_KEPT) recentBookings.shift();
    return Response.json(booking, { status: 201 });
  }

  const availabilityRoute = /^\/tours\/([\w-]+)\/availability$/.exec(url.pathname);
  if (availabilityRoute && req.method === "GET") {
    const tour = TOURS[availabilityRoute[1]];
    if (!tour) throw new HttpError(404, "no such tour");
    const date = url.searchParams.get("date") ?? new Date().toISOString().slice(0, 10);
    if (!ISO_DATE.test(date)) throw new HttpError(422, "date must be YYYY-MM-DD");
    return Response.json({
      tour: tour.id,
      date,
      seatsLeft: seatsLeft(tour, date),
      price: (tour.priceCents / 100).toFixed(2),
    });
  }

  if (url.pathname === "/ops/issues" && req.method === "GET") {
    return Response.json({ ...issues.stats(), issues: issues.top(20) });
  }

  const resolveRoute = /^\/ops\/issues\/([0-9a-f]{8})\/resolve$/.exec(url.pathname);
  if (resolveRoute && req.method === "POST") {
    return Response.json({ resolved: issues.resolve(resolveRoute[1]) });
  }

  if (url.pathname === "/bookings/recent" && req.method === "GET") {
    return Response.json(recentBookings.slice(-20));
  }

  throw new HttpError(404, "not found");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`tour-bookings on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof HttpError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    if (err instanceof SupplierError && err.status < 500) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    const error = err instanceof Error ? err : new Error(String(err));
    issues.capture(error, {
      route: `${req.method} ${url.pathname}`,
      requestId,
      tags: {
        supplier: err instanceof SupplierError ? err.supplier : "none",
        client: req.headers.get("x-client") ?? "web",
      },
    });
    const status = err instanceof SupplierError ? 502 : 500;
    return Response.json({ error: "the booking could not be completed", requestId }, { status });
  }
});
