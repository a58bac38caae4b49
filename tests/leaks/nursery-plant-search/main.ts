import { PLANTS, search, suggestions } from "./plants.ts";
import { ZeroResultReport } from "./zero_results.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const zeroResults = new ZeroResultReport();
const wishlists = new Map<string, Set<string>>();

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const session = req.headers.get("x-session") ?? "anonymous";

  if (url.pathname === "/healthz") return json({ ok: true });

  if (url.pathname === "/search" && req.method === "GET") {
    const q = url.searchParams.get("q") ?? "";
    const category = url.searchParams.get("category");
    const results = search(q, category ?? undefined);
    if (results.length === 0 && q.trim()) {
      const didYouMean = suggestions(q);
      zeroResults.record(q, session, category, didYouMean);
      return json({ query: q, results: [], didYouMean });
    }
    return json({ query: q, results });
  }

  if (url.pathname === "/reports/zero-results" && req.method === "GET") {
    const n = Number(url.searchParams.get("top") ?? 20);
    return json({ tracked: zeroResults.size, top: zeroResults.top(n) });
  }

  // The wishlist is per customer account and capped at 30 plants.
  const wl = url.pathname.match(/^\/wishlists\/([\w.-]+)$/);
  if (wl && req.method === "POST") {
    const body = await req.json().catch(() => ({})) as { plant?: string };
    const plant = PLANTS.find((p) => p.id === body.plant);
    if (!plant) return json({ error: "unknown plant" }, 422);
    const list = wishlists.get(wl[1]) ?? new Set<string>();
    if (list.size >= 30 && !list.has(plant.id)) return json({ error: "wishlist full" }, 409);
    list.add(plant.id);
    wishlists.set(wl[1], list);
    return json({ customer: wl[1], plants: [...list] });
  }
  if (wl && req.method === "GET") {
    return json({ customer: wl[1], plants: [...(wishlists.get(wl[1]) ?? [])] });
  }

  return json({ error: "not found" }, 404);
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: ({ port }) => console.log(`plant search on ${port}`),
}, handle);
