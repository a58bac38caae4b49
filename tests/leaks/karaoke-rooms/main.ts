import { book, BookingError, cancelBooking, getBooking, inUse } from "./bookings.ts";
import { outbox, pending } from "./reminders.ts";
import { ROOM_TYPES } from "./rooms.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice(7)) : 8000;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [head, ref, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/reminders") {
    return Response.json({ ...pending(), sent: outbox.slice(-10) });
  }

  if (head === "rooms" && ref && action === "availability") {
    const type = ROOM_TYPES[ref];
    if (!type) return Response.json({ error: "unknown room type" }, { status: 404 });
    const date = url.searchParams.get("date") ?? new Date().toISOString().slice(0, 10);
    const slots = ["18:00", "19:00", "20:00", "21:00", "22:00"].map((start) => ({
      start,
      free: type.booths - inUse(ref, date, start),
    }));
    return Response.json({ room: type.name, date, slots });
  }
  if (url.pathname === "/bookings" && req.method === "POST") {
    return Response.json(book(await req.json()), { status: 201 });
  }
  if (head === "bookings" && ref && !action && req.method === "GET") {
    return Response.json(getBooking(ref));
  }
  if (head === "bookings" && ref && action === "cancel" && req.method === "POST") {
    return Response.json(cancelBooking(ref));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ hostname: "127.0.0.1", port }, async (req) => {
  try {
    return await handle(req);
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
