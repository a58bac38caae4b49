import { Archive, seedArchive } from "./archive.ts";
import { ResultCache } from "./cache.ts";
import { Cursors } from "./paging.ts";
import { Rollup } from "./rollup.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const PAGE = 10;
const archive = new Archive(seedArchive());
const cache = new ResultCache();
const cursors = new Cursors();
const rollup = new Rollup();

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function handle(req: Request): Response {
  const url = new URL(req.url);
  const reader = req.headers.get("x-reader") ?? "guest";

  if (url.pathname === "/healthz") return json({ ok: true });

  if (url.pathname === "/search" && req.method === "GET") {
    const started = performance.now();
    const q = (url.searchParams.get("q") ?? "").trim();
    const from = Number(url.searchParams.get("from")) || undefined;
    const to = Number(url.searchParams.get("to")) || undefined;
    const key = `${q.toLowerCase()}|${from ?? ""}|${to ?? ""}`;
    let hits = cache.get(key);
    const cached = hits !== undefined;
    if (!hits) {
      hits = archive.search(q, from, to);
      cache.set(key, hits);
    }
    const page = cursors.first(`${reader}|${key}`, hits, PAGE);
    rollup.record(performance.now() - started, hits.length, cached);
    return json({ query: q, ...page });
  }

  if (url.pathname === "/search/next" && req.method === "GET") {
    const q = (url.searchParams.get("q") ?? "").trim();
    const from = Number(url.searchParams.get("from")) || undefined;
    const to = Number(url.searchParams.get("to")) || undefined;
    const page = cursors.next(`${reader}|${q.toLowerCase()}|${from ?? ""}|${to ?? ""}`, PAGE);
    return page ? json({ query: q, ...page }) : json({ error: "search expired" }, 410);
  }

  const art = url.pathname.match(/^\/articles\/([\w-]+)$/);
  if (art && req.method === "GET") {
    const a = archive.get(art[1]);
    return a ? json(a) : json({ error: "no such article" }, 404);
  }

  if (url.pathname === "/dashboard" && req.method === "GET") {
    return json({
      volume: rollup.series(),
      cache: { size: cache.size, hits: cache.hits, misses: cache.misses },
      openCursors: cursors.size,
    });
  }

  return json({ error: "not found" }, 404);
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: ({ port }) => console.log(`news archive on ${port}`),
}, handle);
