import type { Attributes, FlagDefinition } from "./vendor/flagkit/mod.ts";
import { flags } from "./flags.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

const ATTRIBUTES = ["org", "plan", "email", "arch", "country"];

function contextFrom(params: URLSearchParams): { key: string; attributes: Attributes } | null {
  const key = params.get("user");
  if (!key) return null;
  const attributes: Attributes = {};
  for (const name of ATTRIBUTES) {
    const value = params.get(name);
    if (value !== null) attributes[name] = value;
  }
  return { key, attributes };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });

  // GET /v1/flags?user=…&org=…: every flag for the portal's boot payload
  if (url.pathname === "/v1/flags" && req.method === "GET") {
    const ctx = contextFrom(url.searchParams);
    if (!ctx) return json({ error: "user is required" }, 400);
    const out: Record<string, unknown> = {};
    for (const key of flags.keys()) out[key] = flags.evaluate(key, ctx).value;
    return json(out);
  }

  // GET /v1/flags/:key?user=…: one flag, with the reason (the admin UI's "why" panel)
  if (parts[0] === "v1" && parts[1] === "flags" && parts[2] && req.method === "GET") {
    const ctx = contextFrom(url.searchParams);
    if (!ctx) return json({ error: "user is required" }, 400);
    if (!flags.definition(parts[2])) return json({ error: "no such flag" }, 404);
    return json(flags.evaluate(parts[2], ctx));
  }

  // PATCH /v1/flags/:key: rollout percentage or kill switch from the admin UI
  if (parts[0] === "v1" && parts[1] === "flags" && parts[2] && req.method === "PATCH") {
    const current = flags.definition(parts[2]);
    if (!current) return json({ error: "no such flag" }, 404);
    const change = await req.json();
    const next: FlagDefinition = { ...current };
    if (typeof change.enabled === "boolean") next.enabled = change.enabled;
    if (typeof change.percent === "number" && current.rollout) {
      next.rollout = { ...current.rollout, percent: Math.max(0, Math.min(100, change.percent)) };
    }
    flags.update(next);
    return json({ key: next.key, enabled: next.enabled ?? true, rollout: next.rollout ?? null });
  }

  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`flag service on :${port}`),
}, (req) =>
  handle(req).catch((err) => {
    console.error(err);
    return json({ error: "internal error" }, 500);
  }));
