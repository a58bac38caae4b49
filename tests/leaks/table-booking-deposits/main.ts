import { awaiting, Booking, recent, stats } from "./bookings.ts";
import { depositPaid } from "./payments.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const notFound = () => Response.json({ error: "not found" }, { status: 404 });

async function route(req: Request, url: URL): Promise<Response> {
  if (req.method === "POST" && url.pathname === "/bookings") {
    const body = await req.json();
    const partySize = Number(body.partySize);
    if (typeof body.id !== "string" || !(partySize >= 1 && partySize <= 12)) {
      return Response.json({ error: "id and partySize (1-12) are required" }, { status: 400 });
    }
    if (awaiting.has(body.id) || recent.has(body.id)) {
      return Response.json({ error: `booking ${body.id} exists` }, { status: 409 });
    }
    const booking = new Booking(
      body.id,
      String(body.guest ?? ""),
      partySize,
      String(body.slot ?? ""),
      String(body.notes ?? ""),
    );
    awaiting.set(booking.id, booking);
    return Response.json(booking.view(), { status: 201 });
  }
  if (req.method === "POST" && url.pathname === "/webhooks/psp") {
    const body = await req.json();
    if (body.type !== "deposit.paid") return Response.json({ ignored: body.type });
    const fresh = depositPaid({
      bookingId: String(body.bookingId),
      amount: Number(body.amount),
      pspReference: String(body.pspReference),
    });
    return Response.json({ received: true, duplicate: !fresh });
  }
  const action = /^\/bookings\/([\w-]+)\/(reminders|cancel)$/.exec(url.pathname);
  if (req.method === "POST" && action) {
    const booking = awaiting.get(action[1]);
    if (!booking) return Response.json({ error: "no booking awaiting a deposit" }, { status: 409 });
    if (action[2] === "reminders") booking.remind();
    else booking.cancel();
    return Response.json(booking.view());
  }
  const one = /^\/bookings\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "GET" && one) {
    const view = awaiting.get(one[1])?.view() ?? recent.get(one[1]);
    return view ? Response.json(view) : notFound();
  }
  if (req.method === "GET" && url.pathname === "/admin/stats") return Response.json(stats());
  return notFound();
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    return Response.json({ error: (err as Error).message }, { status: 400 });
  }
});
