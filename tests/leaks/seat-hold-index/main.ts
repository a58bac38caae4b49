import { cabinSeats, seatInfo } from "./cabin.ts";
import { HoldError, SeatHolds } from "./holds.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const holds = new SeatHolds();
const sweeper: ReturnType<typeof setInterval> = setInterval(() => holds.expire(), 250);
Deno.unrefTimer(sweeper);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

const SEATMAP = /^\/flights\/([^/]+)\/(\d{4}-\d{2}-\d{2})\/seatmap$/;
const HOLD = /^\/flights\/([^/]+)\/(\d{4}-\d{2}-\d{2})\/seats\/([^/]+)\/hold$/;
const RELEASE = /^\/bookings\/([A-Za-z0-9]+)\/seat-holds\/release$/;

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const path = url.pathname;
  if (path === "/healthz") return json(200, { ok: true, pending: holds.pending() });

  let m = SEATMAP.exec(path);
  if (m && req.method === "GET") {
    const [, flight, date] = m;
    const seats = cabinSeats().map((s) => {
      const info = seatInfo(s)!;
      return {
        seat: s,
        zone: info.zone,
        fee: info.priceCents,
        free: !holds.isHeld(flight, date, s),
      };
    });
    return json(200, { flight, date, seats });
  }

  m = HOLD.exec(path);
  if (m && req.method === "POST") {
    const [, flight, date, seat] = m;
    let body: { pnr?: string; passenger?: string; frequentFlyer?: string };
    try {
      body = await req.json();
    } catch {
      throw new HoldError(400, "invalid JSON");
    }
    const hold = holds.hold(flight, date, seat, {
      name: body.passenger ?? "",
      pnr: body.pnr ?? "",
      frequentFlyer: body.frequentFlyer,
    }, req.headers.get("x-channel") ?? "web");
    return json(201, {
      id: hold.id,
      flight: hold.flight,
      seat: hold.seat.seat,
      fee: hold.priceCents,
      currency: hold.currency,
      expiresAt: new Date(hold.expiresAt).toISOString(),
    });
  }

  m = RELEASE.exec(path);
  if (m && req.method === "POST") {
    const flight = url.searchParams.get("flight");
    if (!flight) throw new HoldError(400, "flight required");
    const released = holds.release(m[1], flight);
    return json(200, { released: released ? released.seat.seat : null });
  }

  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof HoldError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
