import { normalise, search } from "./catalog.ts";
import { SpaceSaving } from "./topk.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8931;

// "Trending searches" under the search box: the 50 most frequent queries, kept approximately in
// bounded memory, so a long tail of one-off queries cannot grow it.
const trending = new SpaceSaving(50);
const zeroResults = { total: 0, last: "" };

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function handle(req: Request, url: URL): Response {
  if (url.pathname === "/search" && req.method === "GET") {
    const raw = url.searchParams.get("q") ?? "";
    const term = normalise(raw);
    if (!term) return json({ error: "q is required" }, 400);
    const hits = search(term);
    if (hits.length === 0) {
      zeroResults.total++;
      zeroResults.last = term;
    }
    trending.offer(term, raw.slice(0, 80));
    return json({ query: term, total: hits.length, hits: hits.slice(0, 20) });
  }
  if (url.pathname === "/trending") {
    const k = Math.min(20, Number(url.searchParams.get("k")) || 10);
    return json({
      observed: trending.observed,
      tracked: trending.size,
      top: trending.top(k).map((c) => ({ term: c.term, count: c.count - c.error })),
      zeroResults,
    });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({ hostname: "127.0.0.1", port, onListen: () => {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return handle(req, url);
  } catch (err) {
    return json({ error: String(err) }, 500);
  }
});
console.log(`trending-searches on 127.0.0.1:${port}`);
