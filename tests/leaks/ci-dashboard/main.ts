import { badge } from "./badge.ts";
import { liveCount, watch } from "./live.ts";
import { REPOSITORIES } from "./pipelines.ts";
import { CiError, findRun, latest, trigger } from "./runs.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8670;

const RUN = new URLPattern({ pathname: "/runs/:id" });
const RUN_LOG = new URLPattern({ pathname: "/runs/:id/log" });
const BADGE = new URLPattern({ pathname: "/repos/:repo/badge.svg" });

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/runs" && req.method === "POST") {
    const body = await req.json().catch(() => null) as Record<string, string> | null;
    if (!body?.id || !body.repo || !/^[0-9a-f]{7,40}$/.test(body.sha ?? "")) {
      throw new CiError(422, "id, repo and sha are required");
    }
    const run = trigger(body.id, body.repo, body.sha);
    return Response.json({ id: run.id, state: run.state }, { status: 201 });
  }

  const log = RUN_LOG.exec(url);
  if (log) {
    const run = findRun(log.pathname.groups.id!);
    const headers = { "content-type": "text/plain; charset=utf-8" };
    if (run.state !== "running" || url.searchParams.get("live") !== "true") {
      return new Response(run.log.join(""), { headers });
    }
    return new Response(watch(run.id, run.log.slice()), { headers });
  }

  const one = RUN.exec(url);
  if (one) {
    const { log: lines, ...run } = findRun(one.pathname.groups.id!);
    return Response.json({ ...run, lines: lines.length });
  }

  const b = BADGE.exec(url);
  if (b) {
    const repo = b.pathname.groups.repo!;
    if (!REPOSITORIES.includes(repo)) throw new CiError(404, `no repository ${repo}`);
    return new Response(badge(repo, latest(repo)?.state), {
      headers: { "content-type": "image/svg+xml", "cache-control": "max-age=30" },
    });
  }

  if (url.pathname === "/internal/live") return Response.json({ streams: liveCount() });
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`ci-dashboard on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    if (err instanceof CiError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
