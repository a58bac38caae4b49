import { cacheStats, memoBadge } from "./memo.ts";
import { renderBadge, withEtag } from "./render.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const BADGE = /^\/badge\/([\w.-]+)\/([\w.-]+)\/(build|coverage)\.svg$/;

// Build status per repo/branch, as the CI webhook would set it.
function statusOf(repo: string, branch: string, kind: string) {
  const n = [...`${repo}${branch}${kind}`].reduce((a, ch) => a + ch.charCodeAt(0), 0);
  if (kind === "coverage") return { message: `${60 + (n % 40)}%`, status: "passing" };
  return n % 5 === 0
    ? { message: "failing", status: "failing" }
    : { message: "passing", status: "passing" };
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`badges listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true, cache: cacheStats() });
  const m = BADGE.exec(url.pathname);
  if (m && req.method === "GET") {
    const [, repo, branch, kind] = m;
    const { message, status } = statusOf(repo, branch, kind);
    const key = `${repo}/${branch}/${kind}:${message}`;
    const badge = await withEtag(memoBadge(key, () => renderBadge(kind, message, status)));
    if (req.headers.get("if-none-match") === badge.etag) return new Response(null, { status: 304 });
    return new Response(badge.bytes, {
      headers: { "content-type": "image/svg+xml", etag: badge.etag, "cache-control": "max-age=60" },
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
