import { currentTraceId, finishedSpans, span, withTrace } from "./tracing.ts";
import { observe, report } from "./latency.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8093;

interface Booking {
  id: string;
  room: string;
  guest: string;
  nights: number;
}

// The last 64 bookings looked up or made (the rest live in the booking system).
const recent = new Map<string, Booking>();
function remember(b: Booking) {
  recent.delete(b.id);
  recent.set(b.id, b);
  if (recent.size > 64) recent.delete(recent.keys().next().value!);
}

const ROUTES: [string, RegExp][] = [
  ["POST /bookings", /^\/bookings$/],
  ["GET /bookings/:id", /^\/bookings\/([\w-]+)$/],
  ["GET /debug/traces", /^\/debug\/traces$/],
  ["GET /debug/latency", /^\/debug\/latency$/],
];

async function handle(route: string, m: RegExpExecArray, req: Request, url: URL) {
  switch (route) {
    case "POST /bookings": {
      const body = await span("parse", () => req.json());
      const booking: Booking = {
        id: String(body.id),
        room: String(body.room ?? "standard"),
        guest: String(body.guest ?? "guest"),
        nights: Number(body.nights ?? 1),
      };
      await span("store", () => Promise.resolve(remember(booking)));
      return Response.json({ ...booking, trace: currentTraceId() }, { status: 201 });
    }
    case "GET /bookings/:id": {
      const booking = await span("lookup", () => Promise.resolve(recent.get(m[1])));
      return booking
        ? Response.json(booking)
        : Response.json({ error: "unknown" }, { status: 404 });
    }
    case "GET /debug/traces":
      return Response.json(finishedSpans.latest(Number(url.searchParams.get("n") ?? 20)));
    default:
      return Response.json(report());
  }
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const key = `${req.method} `;
  for (const [route, re] of ROUTES) {
    const m = route.startsWith(key) ? re.exec(url.pathname) : null;
    if (!m) continue;
    const started = performance.now();
    const res = await withTrace(route, () => handle(route, m, req, url));
    observe(route, performance.now() - started);
    return res;
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
