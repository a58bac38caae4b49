import { activeRides, endRide, type Plan, recordPosition, rideStats, startRide } from "./rides.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8841;

const PLANS = new Set<Plan>(["pay-as-you-go", "day-pass", "monthly"]);
const RIDE = /^\/rides\/([0-9a-f-]{8,40})\/(position|end)$/;
const json = (body: unknown, status = 200) => Response.json(body, { status });

function pointFrom(b: Record<string, unknown>) {
  const lat = Number(b.lat);
  const lng = Number(b.lng);
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    throw Object.assign(new Error("lat and lng required"), { status: 422 });
  }
  return { lat, lng, at: Date.now() };
}

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/rides" && req.method === "POST") {
    const b = await req.json();
    const id = String(b.ride ?? "");
    const plan = String(b.plan ?? "pay-as-you-go") as Plan;
    if (!/^[0-9a-f-]{8,40}$/.test(id) || !b.scooter || !b.rider || !PLANS.has(plan)) {
      return json({ error: "ride, scooter, rider and plan required" }, 422);
    }
    if (activeRides.get(id)) return json({ error: "ride already started" }, 409);
    const ride = startRide(
      {
        id,
        scooterId: String(b.scooter),
        riderId: String(b.rider),
        plan,
        battery: Number(b.battery),
      },
      pointFrom(b),
    );
    return json({ ride: ride.id, scooter: ride.scooterId, unlocked: true }, 201);
  }
  const m = RIDE.exec(url.pathname);
  if (m) {
    const ride = activeRides.get(m[1]);
    if (!ride) return json({ error: "no such ride" }, 404);
    if (m[2] === "position" && req.method === "POST") {
      recordPosition(ride, pointFrom(await req.json()));
      return json({ ride: ride.id, meters: Math.round(ride.meters) });
    }
    if (m[2] === "end" && req.method === "POST") {
      return json(endRide(ride, pointFrom(await req.json())));
    }
  }
  if (url.pathname === "/status") {
    return json(rideStats());
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`scooter-rides on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    const status = (err as { status?: number }).status ?? 400;
    return json({ error: String((err as Error).message ?? err) }, status);
  }
});
