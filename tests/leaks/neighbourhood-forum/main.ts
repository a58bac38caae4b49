import { note, recent } from "./activity.ts";
import { addReply, boards, openThread, type Post, posts, removeThread, threads } from "./store.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8797;

const json = (body: unknown, status = 200) => Response.json(body, { status });
const text = (v: unknown, max: number) => String(v ?? "").trim().slice(0, max);

function view(post: Post) {
  return { id: post.id, author: post.author, body: post.body, quote: post.quote };
}

async function handle(req: Request, url: URL): Promise<Response> {
  const open = /^\/boards\/([\w-]+)\/threads$/.exec(url.pathname);
  if (open && req.method === "POST") {
    if (!boards.has(open[1])) return json({ error: "no such board" }, 404);
    const b = await req.json();
    const id = text(b.id, 40);
    if (!id || threads.has(id)) return json({ error: "thread id missing or taken" }, 409);
    const root: Post = {
      id: `${id}-0`,
      threadId: id,
      author: text(b.author, 40),
      body: text(b.body, 4000),
      createdAt: Date.now(),
    };
    openThread(open[1], id, text(b.title, 120), root);
    note("thread", id);
    return json({ id, root: root.id }, 201);
  }
  const reply = /^\/threads\/([\w-]+)\/replies$/.exec(url.pathname);
  if (reply && req.method === "POST") {
    const thread = threads.get(reply[1]);
    if (!thread) return json({ error: "no such thread" }, 404);
    const b = await req.json();
    const quoted = b.quote ? posts.get(String(b.quote)) : undefined;
    const post: Post = {
      id: text(b.id, 60) || `${thread.id}-${thread.replyIds.length + 1}`,
      threadId: thread.id,
      author: text(b.author, 40),
      body: text(b.body, 4000),
      createdAt: Date.now(),
      quote: quoted &&
        { id: quoted.id, author: quoted.author, excerpt: quoted.body.slice(0, 140) },
    };
    addReply(thread, post);
    note("reply", thread.id);
    return json({ id: post.id }, 201);
  }
  const remove = /^\/threads\/([\w-]+)\/remove$/.exec(url.pathname);
  if (remove && req.method === "POST") {
    const thread = threads.get(remove[1]);
    if (!thread) return json({ error: "no such thread" }, 404);
    removeThread(thread);
    note("removed", thread.id);
    return json({ id: thread.id, removed: true });
  }
  const one = /^\/threads\/([\w-]+)$/.exec(url.pathname);
  if (one) {
    const thread = threads.get(one[1]);
    if (!thread) return json({ error: "no such thread" }, 404);
    const all = [thread.rootId, ...thread.replyIds].map((id) => posts.get(id)).filter(Boolean);
    return json({ id: thread.id, title: thread.title, posts: all.map((p) => view(p!)) });
  }
  const post = /^\/posts\/([\w-]+)$/.exec(url.pathname);
  if (post) {
    const p = posts.get(post[1]);
    // A link to a post in a removed thread (an old notification) is a 404 like any other.
    if (!p || !threads.has(p.threadId)) return json({ error: "no such post" }, 404);
    return json(view(p));
  }
  const board = /^\/boards\/([\w-]+)$/.exec(url.pathname);
  if (board) {
    const ids = boards.get(board[1]);
    if (!ids) return json({ error: "no such board" }, 404);
    const list = [...ids].map((id) => threads.get(id)!).sort((a, b) =>
      b.lastActivity - a.lastActivity
    ).slice(0, 20);
    return json(list.map((t) => ({ id: t.id, title: t.title, replies: t.replyIds.length })));
  }
  if (url.pathname === "/status") {
    return json({ threads: threads.size, activity: recent(5) });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) =>
    console.log(`neighbourhood-forum on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    return json({ error: String((err as Error).message ?? err) }, 400);
  }
});
