import { enqueueArticle, indexerStats, searchIndex } from "./indexer.ts";
import type { Article } from "./search_index.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const ARTICLE_ID = /^[a-z0-9-]{3,80}$/;

function parseArticle(body: unknown): Article | string {
  if (typeof body !== "object" || body === null) return "body must be a JSON object";
  const { id, title, body: text, tags = [] } = body as Record<string, unknown>;
  if (typeof id !== "string" || !ARTICLE_ID.test(id)) return "id must be a lowercase slug";
  if (typeof title !== "string" || title.trim() === "") return "title is required";
  if (typeof text !== "string" || text.length > 20_000) return "body is required (max 20k)";
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === "string")) {
    return "tags must be strings";
  }
  return { id, title: title.trim(), body: text, tags, updatedAt: new Date().toISOString() };
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`kb indexer listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/indexer" && req.method === "GET") return Response.json(indexerStats());

  if (url.pathname === "/articles" && req.method === "POST") {
    const article = parseArticle(await req.json().catch(() => null));
    if (typeof article === "string") return Response.json({ error: article }, { status: 400 });
    const pending = enqueueArticle(article);
    return Response.json({ id: article.id, status: "queued", pending }, { status: 202 });
  }

  if (url.pathname === "/search" && req.method === "GET") {
    const q = url.searchParams.get("q") ?? "";
    if (q.trim().length < 3) return Response.json({ error: "q is too short" }, { status: 400 });
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 10) || 10, 50);
    return Response.json({ q, hits: searchIndex.search(q, limit) });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
