import {
  BookingError,
  changeSegment,
  completeBooking,
  createBooking,
  getBooking,
  openBookings,
  ScheduleChange,
  scheduleChanges,
} from "./bookings.ts";
import { member } from "./loyalty.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function body<T>(req: Request): Promise<T> {
  try {
    return await req.json() as T;
  } catch {
    throw new BookingError(400, "invalid JSON");
  }
}

async function route(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return json(200, { ok: true, open: openBookings() });

  if (pathname === "/bookings" && req.method === "POST") {
    const booking = createBooking(await body(req));
    return json(201, { pnr: booking.pnr, segments: booking.segments });
  }
  let m = /^\/bookings\/(\w+)$/.exec(pathname);
  if (m && req.method === "GET") {
    const { onScheduleChange: _, ...booking } = getBooking(m[1]);
    return json(200, booking);
  }
  if (m && req.method === "PATCH") return json(200, changeSegment(m[1], await body(req)));

  m = /^\/bookings\/(\w+)\/complete$/.exec(pathname);
  if (m && req.method === "POST") return json(200, completeBooking(m[1]));

  if (pathname === "/schedule-changes" && req.method === "POST") {
    const change = await body<{ flight?: string; departs?: string }>(req);
    if (!change.flight || !change.departs) throw new BookingError(400, "flight and departs");
    scheduleChanges.dispatchEvent(new ScheduleChange(change.flight, change.departs));
    return json(202, { ok: true });
  }

  m = /^\/members\/([\w-]+)$/.exec(pathname);
  if (m && req.method === "GET") {
    const found = member(m[1]);
    return found ? json(200, found) : json(404, { error: "no such member" });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof BookingError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
