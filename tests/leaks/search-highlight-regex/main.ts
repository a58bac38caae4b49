import { highlighterFor, highlightStats } from "./highlight.ts";
import { tickets } from "./tickets.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const PAGE_SIZE = 10;

function search(url: URL): Response {
  const query = url.searchParams.get("q") ?? "";
  const status = url.searchParams.get("status");
  const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));
  const highlighter = highlighterFor(query);
  if (!highlighter) return Response.json({ error: "query too short" }, { status: 422 });

  const found = tickets.filter((t) =>
    (!status || t.status === status) &&
    (highlighter.matches(t.subject) || highlighter.matches(t.body))
  );
  const results = found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((t) => ({
    id: t.id,
    status: t.status,
    subject: highlighter.highlight(t.subject),
    snippet: highlighter.highlight(t.body.slice(0, 140)),
  }));
  return Response.json({ query, total: found.length, page, results });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (req.method === "GET" && url.pathname === "/tickets/search") return search(url);
  if (req.method === "GET" && url.pathname === "/admin/highlighters") {
    return Response.json(highlightStats());
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
