import * as booking from "./booking.ts";
import { minutesByInterpreter, project, upcomingByClient } from "./projections.ts";
import { ConcurrencyError, type EventData, EventStore } from "./store.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const store = new EventStore();
store.subscribe(project);

type Decide = (s: booking.BookingState) => { type: string; data: EventData }[];

function execute(id: string, decide: Decide) {
  const history = store.read(`booking-${id}`);
  const state = booking.fold(history);
  const events = store.append(`booking-${id}`, history.length, decide(state));
  const after = booking.fold(store.read(`booking-${id}`));
  if (after.status === "completed" || after.status === "cancelled") store.archive(`booking-${id}`);
  return { ...after, events: events.map((e) => e.type) };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") {
    return Response.json({ ...store.stats(), minutes: Object.fromEntries(minutesByInterpreter) });
  }
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] === "clients" && parts[2] === "upcoming") {
    return Response.json(upcomingByClient.get(decodeURIComponent(parts[1])) ?? []);
  }
  if (parts[0] !== "bookings") return Response.json({ error: "not found" }, { status: 404 });
  if (parts.length === 1 && req.method === "POST") {
    const body = await req.json();
    const id = String(body.bookingId ?? "");
    return Response.json(execute(id, (s) => booking.request(s, body)), { status: 201 });
  }
  const id = decodeURIComponent(parts[1] ?? "");
  if (req.method !== "POST") return Response.json({ error: "not found" }, { status: 404 });
  const body = await req.json().catch(() => ({}));
  switch (parts[2]) {
    case "assign":
      return Response.json(execute(id, (s) => booking.assign(s, String(body.interpreter ?? ""))));
    case "complete":
      return Response.json(execute(id, (s) => booking.complete(s, Number(body.minutes ?? 0))));
    case "cancel":
      return Response.json(execute(id, (s) => booking.cancel(s, String(body.reason ?? "client"))));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ hostname: "127.0.0.1", port }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof booking.BookingError || err instanceof ConcurrencyError) {
      const status = err instanceof booking.BookingError ? err.status : 409;
      return Response.json({ error: err.message }, { status });
    }
    if (err instanceof SyntaxError) return Response.json({ error: "bad JSON" }, { status: 400 });
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
