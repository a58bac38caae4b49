import { addComment, inbox, previewComment, stats, TEAM, thread } from "./threads.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") return json(stats());

  const comments = /^\/threads\/([\w-]{1,40})\/comments$/.exec(url.pathname);
  if (comments && req.method === "POST") {
    const body = await req.json().catch(() => null);
    const author = req.headers.get("x-user") ?? "";
    if (!TEAM.has(author)) return json({ error: "unknown author" }, 403);
    if (typeof body?.text !== "string" || !body.text.trim() || body.text.length > 10_000) {
      return json({ error: "text required" }, 400);
    }
    const c = addComment(comments[1], author, body.text);
    return json({ id: c.id, mentions: c.mentions }, 201);
  }
  if (comments && req.method === "GET") return json(thread(comments[1]).slice(-10));

  if (url.pathname === "/preview" && req.method === "POST") {
    const text = await req.text();
    if (text.length > 10_000) return json({ error: "too long" }, 413);
    return json(previewComment(text));
  }
  const box = /^\/inbox\/([\w.-]{1,32})$/.exec(url.pathname);
  if (box) return json(inbox(box[1]));
  return json({ error: "not found" }, 404);
}

Deno.serve(
  { hostname: "127.0.0.1", port, onListen: () => console.log(`comment-mentions on ${port}`) },
  handle,
);
