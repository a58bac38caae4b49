import { log, recentLogs } from "./log.ts";
import { enqueue, find } from "./jobs.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8090;

async function route(req: Request, url: URL): Promise<Response> {
  if (req.method === "POST" && url.pathname === "/exports") {
    const body = await req.json().catch(() => null);
    if (!body || typeof body.report !== "string") {
      return Response.json({ error: "report required" }, { status: 400 });
    }
    const job = enqueue(body.report, req.headers.get("x-user") ?? "anonymous");
    return Response.json({ id: job.id, state: job.state }, { status: 202 });
  }
  const m = /^\/exports\/(job-\d+)$/.exec(url.pathname);
  if (req.method === "GET" && m) {
    const job = find(m[1]);
    return job ? Response.json(job) : Response.json({ error: "no such job" }, { status: 404 });
  }
  if (req.method === "GET" && url.pathname === "/logs") {
    const n = Math.min(Number(url.searchParams.get("n") ?? 50), 500);
    const level = (url.searchParams.get("level") ?? "debug") as "debug";
    return Response.json(recentLogs.tail(n, level));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const started = performance.now();
  const res = await route(req, url);
  log("info", "request", {
    method: req.method,
    path: url.pathname,
    status: res.status,
    ms: +(performance.now() - started).toFixed(2),
    user: req.headers.get("x-user"),
  });
  return res;
});
