import { Gateway } from "./gateway.ts";
import { Pool, Upstream } from "./pool.ts";
import { catalog, searchShard } from "./services.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const gateway = new Gateway();

// eu-1 is the local shard; the global cluster holds every region but is two hops away.
gateway.addPool(
  new Pool("search")
    .add(new Upstream("search-eu-1", 0, searchShard("search-eu-1", ["eu"])))
    .add(new Upstream("search-global", 1, searchShard("search-global", ["eu", "apac", "us"]))),
);
gateway.addPool(
  new Pool("catalog")
    .add(new Upstream("catalog-a", 0, catalog("catalog-a")))
    .add(new Upstream("catalog-b", 0, catalog("catalog-b"))),
);

gateway.addRoute({
  prefix: "/api/search",
  pool: "search",
  rewrite: (p) => p.slice("/api".length),
  retries: 1,
  backoffMs: 5,
});
gateway.addRoute({
  prefix: "/api/catalog",
  pool: "catalog",
  rewrite: (p) => p.slice("/api/catalog".length),
  retries: 1,
  backoffMs: 5,
  coalesce: true,
});

Deno.serve({ port, hostname: "127.0.0.1", onListen() {} }, (req, info) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/admin/upstreams") {
    return Response.json({
      stats: gateway.stats,
      pools: gateway.pools().map((p) => ({
        name: p.name,
        upstreams: p.upstreams.map((u) => u.describe()),
      })),
    });
  }
  if (url.pathname.startsWith("/api/")) {
    return gateway.handle(req, (info.remoteAddr as Deno.NetAddr).hostname);
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
