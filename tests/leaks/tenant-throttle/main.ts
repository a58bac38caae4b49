import { RateLimiter } from "./limiter.ts";
import { listOrders, validateBulk } from "./orders.ts";
import { costOf, planFor } from "./plans.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const limiter = new RateLimiter();

function tooMany(retryAfterMs: number): Response {
  return Response.json(
    { error: "rate limited", retryAfterMs },
    { status: 429, headers: { "retry-after": String(Math.ceil(retryAfterMs / 1000)) } },
  );
}

async function api(req: Request, url: URL, apiKey: string, ip: string): Promise<Response> {
  const plan = planFor(apiKey);
  if (!plan) return Response.json({ error: "unknown API key" }, { status: 401 });

  // Usage is free: clients call it to find out why they are being limited.
  if (url.pathname === "/v1/usage") {
    const bucket = limiter.peek(apiKey);
    return Response.json({
      plan: plan.name,
      remaining: bucket ? Math.floor(bucket.tokens) : plan.capacity,
      blockedForMs: bucket ? Math.max(0, bucket.blockedUntil - Date.now()) : 0,
      strikes: bucket?.strikes ?? 0,
      lastRejection: bucket?.lastRejection ?? null,
    });
  }

  let payload: { items?: unknown[] } = {};
  if (req.method !== "GET") {
    try {
      payload = await req.json();
    } catch {
      return Response.json({ error: "bad JSON" }, { status: 400 });
    }
  }
  const items = Array.isArray(payload.items) ? payload.items : [];
  const decision = limiter.take(apiKey, plan, costOf(req.method, url.pathname, items.length), {
    route: `${req.method} ${url.pathname}`,
    ip,
    userAgent: req.headers.get("user-agent") ?? "",
  });
  if (!decision.allowed) return tooMany(decision.retryAfterMs);
  const headers = { "x-ratelimit-remaining": String(decision.remaining) };

  if (url.pathname === "/v1/orders" && req.method === "GET") {
    const limit = Number(url.searchParams.get("limit") ?? 20);
    const status = url.searchParams.get("status") ?? undefined;
    return Response.json({ data: listOrders(limit, status) }, { headers });
  }
  if (url.pathname === "/v1/orders/bulk" && req.method === "POST") {
    return Response.json(validateBulk(items), { status: 202, headers });
  }
  return Response.json({ error: "not found" }, { status: 404, headers });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen() {} }, (req, info) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/admin/limiter") {
    return Response.json({ buckets: limiter.size, ...limiter.stats });
  }
  if (!url.pathname.startsWith("/v1/")) {
    return Response.json({ error: "not found" }, { status: 404 });
  }
  const apiKey = req.headers.get("x-api-key");
  if (!apiKey) return Response.json({ error: "missing x-api-key" }, { status: 401 });
  return api(req, url, apiKey, (info.remoteAddr as Deno.NetAddr).hostname);
});
