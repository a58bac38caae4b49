import { publicLimiter } from "./limiter.ts";
import { departures, lineStops } from "./timetable.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8842;

/** Kiosks and partners with a key are not limited (they have their own quota upstream). */
const PARTNER_KEYS = new Set([
  "kiosk-rijksmuseum-02",
  "kiosk-centraal-11",
  "widget-ns-reisplanner",
]);

/** The address of the client behind the load balancer (first entry of X-Forwarded-For). */
function clientAddress(req: Request, info: Deno.ServeHandlerInfo<Deno.NetAddr>): string {
  const forwarded = req.headers.get("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0].trim();
  return info.remoteAddr.hostname;
}

function route(url: URL): Response {
  const stop = /^\/stops\/([\w-]+)\/departures$/.exec(url.pathname);
  if (stop) {
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 6) || 6, 20);
    return Response.json({ stop: stop[1], departures: departures(stop[1], limit) });
  }
  const line = /^\/lines\/([\w-]+)\/stops$/.exec(url.pathname);
  if (line) {
    const found = lineStops(line[1]);
    return found ? Response.json(found) : Response.json({ error: "no such line" }, { status: 404 });
  }
  if (url.pathname === "/internal/limits") return Response.json(publicLimiter.busiest(10));
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`transit-departures on http://${hostname}:${port}`),
}, (req, info) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (!PARTNER_KEYS.has(req.headers.get("x-api-key") ?? "")) {
    const client = clientAddress(req, info);
    const verdict = publicLimiter.hit(client, url.pathname, req.headers.get("user-agent") ?? "");
    if (!verdict.allowed) {
      return Response.json({ error: "too many requests" }, {
        status: 429,
        headers: { "retry-after": String(Math.ceil((verdict.resetAt - Date.now()) / 1000)) },
      });
    }
  }
  try {
    return route(url);
  } catch (err) {
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
