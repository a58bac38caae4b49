import { assign, broker, markDelivered, reportPosition, track, TrackingError } from "./tracking.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8440;

const ORDER = new URLPattern({ pathname: "/orders/:id/:action(assign|delivered|track)" });
const DRIVER_LOCATION = new URLPattern({ pathname: "/drivers/:id/location" });

async function readJson(req: Request): Promise<Record<string, unknown>> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body !== "object") throw new TrackingError(400, "expected a JSON object");
  return body as Record<string, unknown>;
}

function coordinate(value: unknown, limit: number, what: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || Math.abs(n) > limit) throw new TrackingError(422, `bad ${what}`);
  return n;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/internal/broker") return Response.json(broker.stats());

  const location = DRIVER_LOCATION.exec(url);
  if (location && req.method === "POST") {
    const body = await readJson(req);
    reportPosition(location.pathname.groups.id!, {
      lat: coordinate(body.lat, 90, "lat"),
      lng: coordinate(body.lng, 180, "lng"),
    });
    return new Response(null, { status: 204 });
  }

  const order = ORDER.exec(url);
  if (order) {
    const { id, action } = order.pathname.groups;
    if (!/^ORD-\d{1,12}$/.test(id!)) throw new TrackingError(422, "bad order id");
    if (action === "track" && req.method === "GET") {
      const since = Number(url.searchParams.get("since") ?? 0);
      const wait = Math.min(25_000, Number(url.searchParams.get("wait") ?? 20_000));
      const messages = await track(id!, since, wait);
      return Response.json({
        order: id,
        updates: messages.map((m) => ({ topic: m.topic, seq: m.seq, ...m.payload as object })),
        next: Math.max(since, ...messages.map((m) => m.publishedAt)),
      });
    }
    if (action === "assign" && req.method === "POST") {
      const body = await readJson(req);
      assign(id!, String(body.driverId ?? ""));
      return Response.json({ order: id, status: "assigned" }, { status: 201 });
    }
    if (action === "delivered" && req.method === "POST") {
      markDelivered(id!);
      return Response.json({ order: id, status: "delivered" });
    }
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`driver-tracking on http://${hostname}:${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof TrackingError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
