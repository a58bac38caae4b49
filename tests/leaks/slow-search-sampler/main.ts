import { SlowRequests } from "./sampler.ts";
import { search, suggest } from "./search.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8091;

function route(url: URL): Response {
  if (url.pathname === "/search") {
    const q = url.searchParams.get("q") ?? "";
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 10), 50);
    return Response.json({ q, hits: search(q, limit) });
  }
  if (url.pathname === "/suggest") {
    return Response.json(suggest(url.searchParams.get("prefix") ?? ""));
  }
  if (url.pathname === "/debug/slow") return Response.json(SlowRequests.report());
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const started = performance.now();
  const res = route(url);
  if (url.pathname !== "/debug/slow") {
    SlowRequests.record(req, url, res.status, performance.now() - started);
  }
  return res;
});
