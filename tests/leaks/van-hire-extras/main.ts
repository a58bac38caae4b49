import { DepotInventory, HireError } from "./inventory.ts";
import { type Booking, type BookingRequest, reserve } from "./bookings.ts";
import { CATALOGUE } from "./catalogue.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const depots = new Map([
  [
    "LHR",
    new DepotInventory("LHR", {
      "SWB-VAN": 30,
      "LWB-VAN": 24,
      LUTON: 12,
      "sat-nav": 40,
      trolley: 30,
      blankets: 60,
      "child-seat": 10,
      "snow-chains": 8,
    }),
  ],
  [
    "BRS",
    new DepotInventory("BRS", {
      "SWB-VAN": 12,
      "LWB-VAN": 10,
      LUTON: 6,
      "sat-nav": 15,
      trolley: 12,
    }),
  ],
]);
const bookings = new Map<string, Booking>();
const recent: { ref: string; outcome: string; at: number }[] = [];
const stats = { reserved: 0, refused: 0, hires: 0, returns: 0 };

function note(ref: string, outcome: string) {
  recent.unshift({ ref, outcome, at: Date.now() });
  if (recent.length > 30) recent.length = 30;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/catalogue") return Response.json(CATALOGUE);
  if (url.pathname === "/stats") return Response.json({ ...stats, open: bookings.size, recent });

  if (parts[0] === "depots" && parts[2] === "plan") {
    const depot = depots.get(parts[1]);
    return depot
      ? Response.json(depot.plan())
      : Response.json({ error: "no such depot" }, { status: 404 });
  }

  if (parts[0] === "bookings" && parts.length === 1 && req.method === "POST") {
    const body = await req.json() as BookingRequest & { depot: string };
    const depot = depots.get(body.depot);
    if (!depot) return Response.json({ error: "no such depot" }, { status: 404 });
    try {
      const booking = await reserve(depot, body);
      bookings.set(booking.ref, booking);
      stats.reserved++;
      note(booking.ref, "reserved");
      return Response.json({ ref: booking.ref, quotePence: booking.quotePence }, { status: 201 });
    } catch (err) {
      if (!(err instanceof HireError)) throw err;
      stats.refused++;
      note(body.ref, `refused: ${err.message}`);
      return Response.json({ error: err.message }, { status: err.status });
    }
  }

  if (parts[0] === "bookings" && parts[1] && req.method === "POST") {
    const booking = bookings.get(parts[1]);
    if (!booking) return Response.json({ error: "no such booking" }, { status: 404 });
    const depot = depots.get(booking.depot)!;
    if (parts[2] === "collect" && booking.status === "reserved") {
      depot.startHire(booking.holds);
      booking.status = "on-hire";
      stats.hires++;
      return Response.json({ ref: booking.ref, status: booking.status });
    }
    if (parts[2] === "return" && booking.status === "on-hire") {
      depot.endHire(booking.holds);
      bookings.delete(booking.ref);
      stats.returns++;
      note(booking.ref, "returned");
      return Response.json({ ref: booking.ref, status: "returned" });
    }
    if (parts[2] === "cancel" && booking.status === "reserved") {
      for (const hold of booking.holds) depot.release(hold.id);
      bookings.delete(booking.ref);
      note(booking.ref, "cancelled");
      return Response.json({ ref: booking.ref, status: "cancelled" });
    }
    return Response.json({ error: `cannot ${parts[2]} a ${booking.status} booking` }, {
      status: 409,
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`van hire on :${port}`) },
  handle,
);
