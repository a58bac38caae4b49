import { SlidingWindowLimiter } from "./limiter.ts";
import { departuresFor, linesAt, STOPS } from "./departures.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

// Public departure boards (station screens, apps, scrapers): 10 requests a second per client.
const limiter = new SlidingWindowLimiter({ limit: 10, windowSeconds: 1, sweepEveryMs: 500 });

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** The caller's address: the first hop of x-forwarded-for (we sit behind the edge proxy). */
function clientOf(req: Request, info: Deno.ServeHandlerInfo): string {
  const forwarded = req.headers.get("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0].trim();
  const addr = info.remoteAddr as Deno.Addr;
  return "hostname" in addr ? addr.hostname : "unknown";
}

function route(url: URL): Response {
  const match = /^\/stops\/([a-z]+)(\/departures)?$/.exec(url.pathname);
  if (!match) return json(404, { error: "not found" });
  const [, stop, departures] = match;
  if (!(stop in STOPS)) return json(404, { error: `unknown stop ${stop}` });
  if (!departures) return json(200, { id: stop, name: STOPS[stop], lines: linesAt(stop) });
  const count = Math.min(20, Number(url.searchParams.get("count") ?? 6));
  return json(200, { stop: STOPS[stop], departures: departuresFor(stop, new Date(), count) });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, (req, info) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, limiter.stats());

  const decision = limiter.check(clientOf(req, info));
  const headers = {
    "x-ratelimit-limit": String(decision.limit),
    "x-ratelimit-remaining": String(decision.remaining),
  };
  if (!decision.allowed) {
    return json(429, { error: "slow down" }, {
      ...headers,
      "retry-after": String(decision.retryAfterSeconds),
    });
  }
  const res = route(url);
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
});
