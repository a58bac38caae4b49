import { AnomalyTracker, type Reading } from "./tracker.ts";
import { routeFor } from "./routes.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const tracker = new AnomalyTracker();

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/readings" && req.method === "POST") {
    const reading = await req.json() as Reading;
    if (typeof reading.sensor !== "string" || typeof reading.fill !== "number") {
      return json({ error: "sensor and fill are required" }, 400);
    }
    const anomalies = tracker.record(reading);
    return json({ accepted: true, anomalies, route: routeFor(reading.sensor, reading.fill) }, 202);
  }
  if (url.pathname === "/anomalies") {
    return json(tracker.anomalies(Number(url.searchParams.get("limit") ?? 20)));
  }
  const m = url.pathname.match(/^\/sensors\/([^/]+)$/);
  if (m && req.method === "GET") {
    const state = tracker.sensor(decodeURIComponent(m[1]));
    return state ? json(state) : json({ error: "unknown sensor" }, 404);
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof SyntaxError) return json({ error: "bad JSON" }, 400);
    return json({ error: String(err) }, 500);
  }
});
console.log(`bin sensors on :${port}`);
