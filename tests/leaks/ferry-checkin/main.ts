import { assignLane, board, laneStatus, recentCheckins } from "./lanes.ts";
import { manifestStats, reportBoarding } from "./manifest.ts";
import { bookingCacheStats, lookupBooking } from "./reservations.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8744;

const SAILINGS = ["S-0730", "S-0930", "S-1230", "S-1530"];
const boarded: Record<string, number> = Object.fromEntries(SAILINGS.map((s) => [s, 0]));

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/checkins" && req.method === "POST") {
    const b = await req.json();
    if (!SAILINGS.includes(b.sailing)) return json({ error: "unknown sailing" }, 422);
    const booking = await lookupBooking(String(b.reference), b.sailing);
    const waiting = assignLane(booking, String(b.plate ?? "").toUpperCase());
    if (!waiting) return json({ error: "quay full, wait at the barrier" }, 409);
    return json({ reference: waiting.reference, lane: waiting.lane }, 201);
  }
  const m = /^\/checkins\/([\w-]+)\/board$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const w = board(m[1]);
    if (!w) return json({ error: "not checked in" }, 404);
    const booking = await lookupBooking(w.reference, w.sailing);
    boarded[w.sailing]++;
    reportBoarding({
      sailing: w.sailing,
      reference: w.reference,
      vehicle: `${booking.vehicle.kind} ${w.plate}`,
      passengers: booking.passengers,
      lane: w.lane,
      at: new Date().toISOString(),
    });
    return json({ reference: w.reference, boarded: true });
  }
  if (url.pathname === "/quay") {
    return json({ lanes: laneStatus(), recent: recentCheckins(10), boarded });
  }
  if (url.pathname === "/status") {
    return json({ bookings: bookingCacheStats(), manifest: manifestStats() });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`ferry-checkin on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  return await handle(req, url);
});
