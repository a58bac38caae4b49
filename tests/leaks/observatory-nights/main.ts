import { cancel, confirm, recentBookings } from "./bookings.ts";
import { placeHold } from "./holds.ts";
import { findNight, seatsLeft } from "./nights.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const NIGHT = /^\/nights\/([\d-]+)$/;
const HOLDS = /^\/nights\/([\d-]+)\/holds$/;
const CONFIRM = /^\/holds\/([\w-]+)\/confirm$/;
const CANCEL = /^\/bookings\/([\w-]+)\/cancel$/;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  const holds = HOLDS.exec(url.pathname);
  if (holds && req.method === "POST") {
    const night = findNight(holds[1]);
    if (!night) return Response.json({ error: "no such night" }, { status: 404 });
    const body = await req.json();
    const seats = Number(body.seats);
    if (!/^H-[\w-]+$/.test(body.id ?? "") || !(seats >= 1 && seats <= 8) || !body.visitor?.email) {
      return Response.json({ error: "id, seats (1–8) and visitor.email" }, { status: 422 });
    }
    const hold = placeHold(night, { id: body.id, night: night.date, seats, visitor: body.visitor });
    if (!hold) return Response.json({ error: "not enough seats left" }, { status: 409 });
    return Response.json(hold, { status: 201 });
  }

  const confirming = CONFIRM.exec(url.pathname);
  if (confirming && req.method === "POST") {
    const booking = confirm(confirming[1]);
    if (!booking) return Response.json({ error: "hold expired" }, { status: 410 });
    return Response.json(booking, { status: 201 });
  }

  const cancelling = CANCEL.exec(url.pathname);
  if (cancelling && req.method === "POST") {
    const refund = cancel(cancelling[1]);
    return refund ? Response.json(refund) : Response.json({ error: "no booking" }, { status: 404 });
  }

  const night = NIGHT.exec(url.pathname);
  if (night && req.method === "GET") {
    const found = findNight(night[1]);
    if (!found) return Response.json({ error: "no such night" }, { status: 404 });
    return Response.json({ ...found, seatsLeft: seatsLeft(found), recent: recentBookings() });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ hostname: "127.0.0.1", port }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof SyntaxError) return Response.json({ error: "bad JSON" }, { status: 400 });
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
