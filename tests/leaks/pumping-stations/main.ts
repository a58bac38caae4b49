import { alarmStats, stopWatch, watchLevel } from "./alarms.ts";
import { currentView, ingest, overview, type Reading, StationError } from "./stations.ts";
import { complete, raise, workOrderStats } from "./workorders.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  try {
    if (url.pathname === "/stations") {
      return Response.json({
        stations: overview(),
        alarms: alarmStats(),
        orders: workOrderStats(),
      });
    }
    if (parts[0] === "stations" && parts[1] && parts[2] === "telemetry" && req.method === "POST") {
      const reading = ingest(parts[1], await req.json() as Omit<Reading, "station">);
      return Response.json({ station: reading.station, levelM: reading.levelM }, { status: 202 });
    }
    if (parts[0] === "stations" && parts[1] && parts[2] === "live") {
      return Response.json(await currentView(parts[1]));
    }
    if (url.pathname === "/watches" && req.method === "POST") {
      const watch = watchLevel(await req.json());
      return Response.json({ id: watch.id }, { status: 201 });
    }
    if (parts[0] === "watches" && parts[1] && parts[2] === "stop" && req.method === "POST") {
      stopWatch(parts[1]);
      return new Response(null, { status: 204 });
    }
    if (url.pathname === "/workorders" && req.method === "POST") {
      const order = raise(await req.json());
      return Response.json({ id: order.key.id, status: order.status }, { status: 201 });
    }
    if (parts[0] === "workorders" && parts[1] && parts[2] === "complete" && req.method === "POST") {
      const body = await req.json() as { note: string };
      return Response.json(complete(parts[1], body.note));
    }
  } catch (err) {
    if (err instanceof StationError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    throw err;
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`pumping stations on :${port}`) },
  handle,
);
