import { type BuildEvent, BuildFeed } from "./feed.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const PIPELINES = new Set(["web", "api", "mobile"]);
const MAX_WAIT_MS = 30_000;
const RECENT_BUILDS = 32;

const feed = new BuildFeed();
const shutdown = new AbortController();
// The latest state of the last RECENT_BUILDS builds, most recently touched last.
const builds = new Map<string, BuildEvent>();

function remember(event: BuildEvent) {
  builds.delete(event.build);
  builds.set(event.build, event);
  while (builds.size > RECENT_BUILDS) builds.delete(builds.keys().next().value!);
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/feed") {
    return Response.json({ seq: feed.seq, waiting: feed.waiting, builds: builds.size });
  }

  // POST /pipelines/:p/builds {build, state, commit}: the CI runner reports a build's state
  if (req.method === "POST" && parts[0] === "pipelines" && parts[2] === "builds") {
    if (!PIPELINES.has(parts[1])) {
      return Response.json({ error: "no such pipeline" }, { status: 404 });
    }
    const body = await req.json();
    const state = ["queued", "running", "passed", "failed"].includes(body.state)
      ? body.state
      : "queued";
    const event = feed.publish(parts[1], String(body.build), state, String(body.commit ?? ""));
    remember(event);
    return Response.json(event, { status: 201 });
  }

  // GET /pipelines/:p/events?since=<seq|now>&wait=<ms>: the dashboard's long-poll
  if (req.method === "GET" && parts[0] === "pipelines" && parts[2] === "events") {
    if (!PIPELINES.has(parts[1])) {
      return Response.json({ error: "no such pipeline" }, { status: 404 });
    }
    const sinceParam = url.searchParams.get("since") ?? "now";
    const since = sinceParam === "now" ? feed.seq : Number(sinceParam);
    const wait = Math.min(Number(url.searchParams.get("wait") ?? 25_000), MAX_WAIT_MS);
    const signal = AbortSignal.any([req.signal, shutdown.signal]);
    const events = await feed.next(parts[1], since, wait, signal);
    if (events.length === 0) return new Response(null, { status: 204 });
    return Response.json({ events, last: events[events.length - 1].seq });
  }

  if (req.method === "GET" && parts[0] === "builds" && parts.length === 2) {
    const build = builds.get(parts[1]);
    return build
      ? Response.json(build)
      : Response.json({ error: "unknown build" }, { status: 404 });
  }

  return Response.json({ error: "not found" }, { status: 404 });
}

const server = Deno.serve(
  {
    hostname: "127.0.0.1",
    port,
    onListen: ({ port }) => console.log(`build-watch on http://127.0.0.1:${port}`),
  },
  (req) =>
    handle(req).catch((err) =>
      Response.json({ error: String((err as Error).message ?? err) }, { status: 400 })
    ),
);

Deno.addSignalListener("SIGTERM", () => {
  shutdown.abort();
  feed.release();
  server.shutdown();
});
