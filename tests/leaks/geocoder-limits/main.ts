import { forward, reverse } from "./gazetteer.ts";
import { hit, limiterStats, usage } from "./limiter.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

let served = 0;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

function apiKeyOf(req: Request, url: URL): string | null {
  return req.headers.get("x-api-key") ?? url.searchParams.get("key");
}

function handleApi(req: Request, url: URL): Response {
  const key = apiKeyOf(req, url);
  if (!key) return json(401, { error: "missing api key" });

  if (url.pathname === "/v1/usage") return json(200, usage(key));

  const decision = hit(key, url.pathname + url.search);
  const rateHeaders = {
    "x-ratelimit-limit": String(decision.limit),
    "x-ratelimit-remaining": String(decision.remaining),
    "x-ratelimit-reset": String(decision.reset),
  };
  if (!decision.allowed) {
    return json(429, { error: "rate limit exceeded" }, {
      ...rateHeaders,
      "retry-after": String(Math.max(1, decision.reset - Math.floor(Date.now() / 1000))),
    });
  }
  served++;

  if (url.pathname === "/v1/geocode") {
    const q = url.searchParams.get("q") ?? "";
    const results = forward(q, Number(url.searchParams.get("limit") ?? 3));
    return json(200, { query: q, results }, rateHeaders);
  }
  if (url.pathname === "/v1/reverse") {
    const lat = Number(url.searchParams.get("lat"));
    const lon = Number(url.searchParams.get("lon"));
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
      return json(400, { error: "lat and lon are required" }, rateHeaders);
    }
    const found = reverse(lat, lon);
    return found
      ? json(
        200,
        { ...found.place, distanceKm: Math.round(found.distanceKm * 10) / 10 },
        rateHeaders,
      )
      : json(404, { error: "nothing nearby" }, rateHeaders);
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, { served, ...limiterStats() });
  if (url.pathname.startsWith("/v1/")) return handleApi(req, url);
  return json(404, { error: "not found" });
});
