import { currentEventId } from "./sequence.ts";
import { desks, latestState, recordResult } from "./desks.ts";

const POSTS = new URLPattern({ pathname: "/desks/:desk/posts" });
const EVENTS = new URLPattern({ pathname: "/desks/:desk/events" });
const KINDS = new Set(["update", "result", "correction"]);
// The country's 150 constituencies; results for anything else are typos from the desk.
const CONSTITUENCY = /^c(1[0-4]\d|150|[1-9]\d?)$/;

function bad(message: string, status = 422) {
  return Response.json({ error: message }, { status });
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  const posts = POSTS.exec(url);
  if (posts && req.method === "POST") {
    const desk = desks.get(posts.pathname.groups.desk!);
    if (!desk) return bad("no such desk", 404);
    const body = await req.json().catch(() => null);
    if (!body?.headline || !body?.author) return bad("headline and author");
    const kind = KINDS.has(body.kind) ? body.kind : "update";
    if (kind === "result" && !CONSTITUENCY.test(String(body.constituency))) {
      return bad("result without a known constituency");
    }
    const post = desk.publish({
      kind,
      headline: String(body.headline).slice(0, 200),
      body: String(body.body ?? "").slice(0, 4000),
      author: String(body.author),
      constituency: body.constituency,
    });
    recordResult(post, body.winner);
    return Response.json({ id: post.id, desk: desk.id }, { status: 201 });
  }

  const events = EVENTS.exec(url);
  if (events && req.method === "GET") {
    const desk = desks.get(events.pathname.groups.desk!);
    if (!desk) return bad("no such desk", 404);
    const last = Number(req.headers.get("last-event-id") ?? url.searchParams.get("since") ?? 0);
    const missed = desk.since(Number.isFinite(last) ? last : 0);
    return Response.json({
      desk: desk.id,
      lastEventId: currentEventId(),
      posts: missed.slice(-20),
      state: latestState,
    });
  }

  if (url.pathname === "/front") {
    return Response.json({
      state: latestState,
      desks: [...desks.values()].map((d) => ({ id: d.id, title: d.title, published: d.published })),
    });
  }
  return bad("not found", 404);
}
