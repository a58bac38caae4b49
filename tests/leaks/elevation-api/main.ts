import { elevationAt, profile } from "./terrain.ts";
import { summarise, TrafficWindow } from "./traffic.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8912;

const traffic = new TrafficWindow(1_000);

function routeOf(pathname: string): string {
  if (pathname.startsWith("/v1/elevation")) return "/v1/elevation";
  if (pathname.startsWith("/v1/profiles")) return "/v1/profiles";
  return "other";
}

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/v1/elevation" && req.method === "GET") {
    const lat = Number(url.searchParams.get("lat"));
    const lon = Number(url.searchParams.get("lon"));
    const elevation = elevationAt(lat, lon);
    if (elevation === undefined) {
      return Response.json({ error: "outside coverage" }, { status: 404 });
    }
    return Response.json({ lat, lon, elevation, unit: "m" });
  }
  if (url.pathname === "/v1/profiles" && req.method === "POST") {
    const { path } = await req.json() as { path: [number, number][] };
    if (!Array.isArray(path) || path.length < 2 || path.length > 500) {
      return Response.json({ error: "path: 2 to 500 [lat, lon] points" }, { status: 422 });
    }
    const result = profile(path);
    if (!result) return Response.json({ error: "path leaves coverage" }, { status: 404 });
    return Response.json(result);
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`elevation-api on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/status") return Response.json(summarise(traffic));

  const started = performance.now();
  let res: Response;
  try {
    res = await handle(req, url);
  } catch (err) {
    res = Response.json({ error: String(err) }, { status: 500 });
  }
  traffic.record({
    route: routeOf(url.pathname),
    method: req.method,
    status: res.status,
    ms: performance.now() - started,
    query: url.search,
    client: req.headers.get("user-agent") ?? "unknown",
  });
  return res;
});
