import { type FlagDefinition, FlagStore } from "./flags.ts";
import { Lru } from "./lru.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const DEFAULTS = [
  { key: "new-search", rollout: 10, enabled: true, note: "default" },
  { key: "one-click-reorder", rollout: 50, enabled: true, note: "default" },
  { key: "holiday-theme", rollout: 0, enabled: false, note: "default" },
];

const store = new FlagStore(DEFAULTS);
/** Per user and store revision; old revisions age out with everything else. */
const evaluations = new Lru<
  string,
  { user: string; revision: number; flags: Record<string, boolean> }
>(
  100,
);

function bucket(user: string, flag: string): number {
  let h = 0x811c9dc5;
  const text = `${flag}/${user}`;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 100;
}

function evaluate(user: string) {
  const key = `${user}#${store.revision}`;
  const hit = evaluations.get(key);
  if (hit) return hit;
  const flags: Record<string, boolean> = {};
  for (const def of store.all()) {
    flags[def.key] = def.enabled && bucket(user, def.key) < def.rollout;
  }
  const result = { user, revision: store.revision, flags };
  evaluations.set(key, result);
  return result;
}

async function route(req: Request, url: URL): Promise<Response> {
  if (req.method === "GET" && url.pathname === "/flags") {
    return Response.json(evaluate(url.searchParams.get("user") ?? "anonymous"));
  }
  if (req.method === "GET" && url.pathname === "/flags/watch") {
    const ms = Math.min(Number(url.searchParams.get("timeout") ?? 1000), 5000);
    const change: FlagDefinition | null = await store.nextChange(ms);
    return change ? Response.json(change) : new Response(null, { status: 304 });
  }
  const admin = /^\/admin\/flags\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "POST" && admin) {
    const body = await req.json() as { rollout: number; note?: string };
    const def = store.publish(
      admin[1],
      body.rollout,
      body.note ?? "",
      req.headers.get("x-user") ?? "ops",
    );
    return def ? Response.json(def) : Response.json({ error: "no such flag" }, { status: 404 });
  }
  if (req.method === "POST" && url.pathname === "/admin/reload") {
    store.load(DEFAULTS);
    return Response.json({ revision: store.revision, flags: store.all() });
  }
  if (req.method === "GET" && url.pathname === "/admin/audit") {
    return Response.json({ entries: store.audit(), cached: evaluations.size });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    return Response.json({ error: String((err as Error).message) }, { status: 400 });
  }
});
