import { onStopSignal } from "./lifecycle.ts";
import { waitForComments } from "./polls.ts";
import {
  addComment,
  archive,
  getThread,
  openThread,
  resolveThread,
  ThreadError,
  threads,
} from "./threads.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const { pathname } = url;
  if (pathname === "/healthz") return json(200, { ok: true });
  if (pathname === "/threads" && req.method === "GET") {
    return json(200, { open: threads.size, resolved: archive.slice(0, 10) });
  }
  if (pathname === "/threads" && req.method === "POST") {
    const thread = openThread(await req.json());
    return json(201, { id: thread.id, comments: thread.comments.length });
  }

  const m = /^\/threads\/([\w-]+)\/(replies|updates|resolve)$/.exec(pathname);
  if (!m) return json(404, { error: "not found" });
  const thread = getThread(m[1]);
  if (m[2] === "replies" && req.method === "POST") {
    const body = await req.json();
    if (!body.author || !body.body) throw new ThreadError(400, "author and body are required");
    const comment = addComment(thread, String(body.author), String(body.body));
    return json(201, { seq: comment.seq });
  }
  if (m[2] === "updates" && req.method === "GET") {
    const after = Number(url.searchParams.get("after") ?? 0);
    const comments = await waitForComments(thread, after);
    return json(200, { thread: thread.id, resolved: thread.resolved, comments });
  }
  if (m[2] === "resolve" && req.method === "POST") {
    const body = await req.json().catch(() => ({}));
    resolveThread(thread, String(body.by ?? "unknown"));
    return json(200, { resolved: thread.id });
  }
  return json(405, { error: "method not allowed" });
}

const server = Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof ThreadError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "invalid JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});

onStopSignal(() => server.shutdown());
