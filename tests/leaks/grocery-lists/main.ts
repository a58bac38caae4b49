import { household } from "./households.ts";
import { applyOps, type Op } from "./sync.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8764;

async function handle(req: Request, url: URL): Promise<Response> {
  const m = /^\/households\/([\w-]+)\/(sync|list|replicas)$/.exec(url.pathname);
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  const home = household(m[1]);
  if (!home) return Response.json({ error: "no such household" }, { status: 404 });

  if (m[2] === "sync" && req.method === "POST") {
    const body = await req.json() as { replica?: string; clock?: number; ops?: Op[] };
    if (typeof body.replica !== "string" || !/^[\w-]{1,40}$/.test(body.replica)) {
      return Response.json({ error: "replica: the device's id" }, { status: 422 });
    }
    const result = applyOps(home, body.replica, Number(body.clock) || 0, body.ops ?? []);
    const status = result.rejected.length && !result.applied ? 422 : 200;
    return Response.json({ ...result, items: home.list.size }, { status });
  }
  if (m[2] === "list" && req.method === "GET") {
    return Response.json({ household: home.name, items: home.list.byCategory() });
  }
  if (m[2] === "replicas" && req.method === "GET") {
    return Response.json({
      replicas: [...home.replicas.values()].map((r) => ({
        id: r.id,
        clock: r.clock,
        syncs: r.syncs,
        lastSync: new Date(r.lastSyncAt).toISOString(),
      })),
      items: home.list.size,
      removed: home.list.removed,
    });
  }
  return Response.json({ error: "method not allowed" }, { status: 405 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`grocery-lists on http://${hostname}:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  return handle(req, url).catch((err) =>
    Response.json({ error: String(err?.message ?? err) }, { status: 500 })
  );
});
