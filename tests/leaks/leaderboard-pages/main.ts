import { cacheSize, page } from "./pages.ts";
import { recordResult } from "./ratings.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true, pages: cacheSize() });

  let m = /^\/seasons\/([\w-]+)\/results$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!body?.winner || !body?.loser || body.winner === body.loser) {
      return json(400, { error: "winner and loser required" });
    }
    const delta = recordResult(m[1], String(body.winner), String(body.loser));
    return json(200, { season: m[1], delta });
  }

  m = /^\/seasons\/([\w-]+)\/leaderboard$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const offset = Math.max(0, Number(url.searchParams.get("offset") ?? 0) || 0);
    const limit = Math.min(100, Math.max(1, Number(url.searchParams.get("limit") ?? 20) || 20));
    const around = url.searchParams.get("around") ?? undefined;
    return json(200, page(m[1], offset, limit, around));
  }
  return json(404, { error: "not found" });
});
