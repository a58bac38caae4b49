import { recentDepartures, startFeeMeter } from "./fees.ts";
import { type BerthEvent, BERTHS, board, record } from "./harbour.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8957;

startFeeMeter();

function parseEvent(body: Record<string, unknown>): BerthEvent | string {
  const berth = String(body.berth ?? "");
  if (!BERTHS.has(berth)) return "unknown berth";
  if (body.status !== "occupied" && body.status !== "free") return "status: occupied or free";
  const event: BerthEvent = {
    berth,
    pontoon: berth[0],
    status: body.status,
    sensor: String(body.sensor ?? `ultrasonic-${berth}`),
    battery: Number(body.battery ?? 100),
    at: Date.now(),
  };
  const v = body.vessel as Record<string, unknown> | undefined;
  if (event.status === "occupied" && v) {
    if (typeof v.name !== "string" || !(Number(v.lengthM) > 0)) return "vessel: name, lengthM";
    event.vessel = {
      name: v.name,
      lengthM: Number(v.lengthM),
      flag: String(v.flag ?? "NL"),
      mmsi: String(v.mmsi ?? ""),
    };
  }
  return event;
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`marina-berths on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/sensors/events" && req.method === "POST") {
    const event = parseEvent(await req.json());
    if (typeof event === "string") return Response.json({ error: event }, { status: 422 });
    record(event);
    return new Response(null, { status: 202 });
  }
  if (url.pathname === "/board") return Response.json(board());
  if (url.pathname === "/departures") return Response.json(recentDepartures());
  return Response.json({ error: "not found" }, { status: 404 });
});
