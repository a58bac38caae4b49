import { CacheMiss, metrics, restore } from "./lookup.ts";
import { save, usage } from "./storage.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/** Caches are scoped to a repository and branch, as the runner's token says. */
function scopeOf(req: Request): string | null {
  const repo = req.headers.get("x-repository");
  const ref = req.headers.get("x-ref") ?? "refs/heads/main";
  return repo ? `${repo}@${ref}` : null;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") return json({ ...metrics, ...usage() });

  if (url.pathname === "/_apis/artifactcache/caches" && req.method === "POST") {
    const scope = scopeOf(req);
    if (!scope) return json({ message: "x-repository header is required" }, 401);
    const body = await req.json();
    if (typeof body.key !== "string" || typeof body.version !== "string") {
      return json({ message: "key and version are required" }, 400);
    }
    const entry = save(
      scope,
      body.key,
      body.version,
      Array.isArray(body.paths) ? body.paths.map(String) : [],
      String(body.archive ?? ""),
    );
    return json({ cacheId: entry.id, size: entry.size }, 201);
  }

  if (url.pathname === "/_apis/artifactcache/cache" && req.method === "GET") {
    const scope = scopeOf(req);
    if (!scope) return json({ message: "x-repository header is required" }, 401);
    const keys = (url.searchParams.get("keys") ?? "").split(",").filter(Boolean);
    const version = url.searchParams.get("version") ?? "";
    if (keys.length === 0 || !version) return json({ message: "keys and version" }, 400);
    try {
      const entry = await restore(scope, keys, version);
      return json({
        cacheKey: entry.key,
        scope: entry.scope,
        creationTime: new Date(entry.createdAt).toISOString(),
        paths: entry.paths,
        archiveLocation: `/_apis/artifactcache/archives/${entry.id}`,
      });
    } catch (err) {
      // the toolkit treats 204 as "no cache, carry on"
      if (err instanceof CacheMiss) return new Response(null, { status: 204 });
      throw err;
    }
  }

  return json({ message: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`cache service on :${port}`),
}, (req) =>
  handle(req).catch((err) => {
    console.error(err);
    return json({ message: "internal error" }, 500);
  }));
