import { archive, ArticleError, create, index, recentlyArchived, update } from "./articles.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function userOf(req: Request): string {
  return req.headers.get("x-user") ?? "anonymous";
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/search") {
    const hits = index.search(url.searchParams.get("q") ?? "", 10);
    return json(200, {
      hits: hits.map(({ doc, score }) => ({
        id: doc.id,
        title: doc.title,
        space: doc.space,
        score,
        snippet: doc.body.slice(0, 140),
      })),
    });
  }
  if (url.pathname === "/articles" && req.method === "POST") {
    return json(201, create(await req.json(), userOf(req)));
  }
  if (parts[0] === "articles" && parts[1] && parts.length === 2) {
    if (req.method === "PATCH") return json(200, update(parts[1], await req.json(), userOf(req)));
    const article = index.get(parts[1]);
    return article ? json(200, article) : json(404, { error: "not found" });
  }
  if (parts[0] === "articles" && parts[2] === "archive" && req.method === "POST") {
    return json(200, archive(parts[1], userOf(req)));
  }
  if (url.pathname === "/ops/index") {
    return json(200, { ...index.stats, archived: recentlyArchived() });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1" }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof ArticleError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "bad JSON" });
    return json(500, { error: (err as Error).message });
  }
});
