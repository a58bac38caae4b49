import { BuildError, getBuild, isFinished, startBuild } from "./builds.ts";
import { followerCount, followLog } from "./log_hub.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8640;

const BUILD = new URLPattern({ pathname: "/builds/:id" });
const LOG = new URLPattern({ pathname: "/builds/:id/log" });

const REPOS = new Set(["shop-web", "shop-api", "design-system"]);

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/builds" && req.method === "POST") {
    const body = await req.json().catch(() => null) as Record<string, unknown> | null;
    if (!body) throw new BuildError(400, "expected a JSON object");
    const repo = String(body.repo ?? "");
    if (!REPOS.has(repo)) throw new BuildError(422, `unknown repository ${repo}`);
    const commit = String(body.commit ?? "");
    if (!/^[0-9a-f]{7,40}$/.test(commit)) throw new BuildError(422, "commit must be a sha");
    const build = startBuild(String(body.id ?? ""), repo, String(body.branch ?? "main"), commit);
    return Response.json({ id: build.id, status: build.status }, { status: 202 });
  }

  const log = LOG.exec(url);
  if (log && req.method === "GET") {
    const build = getBuild(log.pathname.groups.id!);
    const headers = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" };
    if (url.searchParams.get("follow") !== "1" || isFinished(build)) {
      return new Response(build.lines.join(""), { headers });
    }
    return new Response(followLog(build.id, [...build.lines]), { headers });
  }

  const match = BUILD.exec(url);
  if (match && req.method === "GET") {
    const build = getBuild(match.pathname.groups.id!);
    return Response.json({
      id: build.id,
      repo: build.repo,
      branch: build.branch,
      commit: build.commit,
      status: build.status,
      lines: build.lines.length,
      durationMs: build.finishedAt ? build.finishedAt - build.startedAt : undefined,
    });
  }

  if (url.pathname === "/internal/stats") return Response.json({ followers: followerCount() });
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`build-logs on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    if (err instanceof BuildError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
