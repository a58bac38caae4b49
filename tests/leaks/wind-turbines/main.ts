import { evaluate, stateFor } from "./alarms.ts";
import { fleet, FleetError, getTurbine, ingest, summary } from "./fleet.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/fleet") {
    return Response.json([...fleet.values()].map((t) => ({ ...summary(t), window: undefined })));
  }

  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] !== "turbines" || !parts[1]) {
    return Response.json({ error: "not found" }, { status: 404 });
  }
  const turbine = getTurbine(decodeURIComponent(parts[1]));
  if (!parts[2] && req.method === "GET") return Response.json(summary(turbine));
  if (parts[2] === "readings" && req.method === "POST") {
    const body = await req.json();
    const readings = ingest(turbine, body.samples);
    const alarms = evaluate(turbine, readings);
    turbine.state = stateFor(turbine, readings);
    return Response.json({ accepted: readings.length, state: turbine.state, alarms }, {
      status: 202,
    });
  }
  if (parts[2] === "readings" && req.method === "GET") {
    const last = Math.min(Number(url.searchParams.get("last") ?? 12) || 12, 144);
    return Response.json(turbine.window.latest(last));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ hostname: "127.0.0.1", port }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof FleetError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    if (err instanceof SyntaxError) return Response.json({ error: "bad JSON" }, { status: 400 });
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
