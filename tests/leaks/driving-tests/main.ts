import { notify, outbox } from "./notices.ts";
import { BookingError, cancel, confirm, hold, summary } from "./slots.ts";
import { slotReleased, waitForSlot } from "./waitlist.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.replace("--port=", "")) : 8000;

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [head, id, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/outbox") return Response.json(outbox.slice(-20));

  if (head === "centres" && id && req.method === "GET" && !action) {
    return Response.json(summary(id));
  }
  if (head === "centres" && id && action === "released" && req.method === "GET") {
    const wait = Math.min(Number(url.searchParams.get("wait") ?? 1000), 5000);
    const slot = await waitForSlot(id, wait, req.signal);
    return slot ? Response.json(slot) : new Response(null, { status: 204 });
  }
  if (head === "centres" && id && action === "holds" && req.method === "POST") {
    const h = hold(id, await req.json(), slotReleased);
    return Response.json({ ref: h.ref, slot: h.slot, expiresAt: h.expiresAt }, { status: 201 });
  }
  if (head === "holds" && id && action === "confirm" && req.method === "POST") {
    const slot = confirm(id);
    notify(slot.bookedFor!, slot, "Driving test booked");
    return Response.json(slot);
  }
  if (head === "bookings" && id && action === "cancel" && req.method === "POST") {
    const slot = cancel(id);
    slotReleased(slot);
    return Response.json({ ...slot, cancelled: true });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ hostname: "127.0.0.1", port }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof BookingError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    if (err instanceof SyntaxError) {
      return Response.json({ error: "invalid JSON" }, { status: 400 });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
