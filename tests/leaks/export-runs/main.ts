import { triggerExport } from "./exporter.ts";
import { recentRuns } from "./runs.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8866;

const JOBS = new Set(["audit-trail", "access-log"]);

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`export-runs on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  const match = /^\/tenants\/([\w-]+)\/exports\/([\w-]+)(\/runs)?$/.exec(url.pathname);
  if (!match) return Response.json({ error: "not found" }, { status: 404 });
  const [, tenant, job, runs] = match;
  if (!JOBS.has(job)) return Response.json({ error: "unknown export" }, { status: 404 });

  if (runs && req.method === "GET") return Response.json(recentRuns(tenant));
  if (!runs && req.method === "POST") {
    const params = await req.json() as Record<string, string>;
    const run = triggerExport(tenant, job, req.headers.get("x-user") ?? "scheduler", params);
    const status = run.status === "skipped" ? 200 : 202;
    return Response.json({ id: run.id, status: run.status, reason: run.reason }, { status });
  }
  return Response.json({ error: "method not allowed" }, { status: 405 });
});
