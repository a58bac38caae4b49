import { search } from "./search.ts";
import { store, trending } from "./state.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`shop search listening on 127.0.0.1:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true, ...store.getState().totals });

  if (url.pathname === "/search" && req.method === "GET") {
    const query = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
    if (!query) return Response.json({ error: "q is required" }, { status: 400 });
    const started = performance.now();
    const results = search(query);
    store.dispatch({
      type: "search/performed",
      entry: {
        query,
        user: req.headers.get("x-session") ?? url.searchParams.get("session") ?? "anonymous",
        hits: results.length,
        tookMs: performance.now() - started,
        at: new Date().toISOString(),
      },
    });
    return Response.json({ query, results });
  }
  if (url.pathname === "/suggestions" && req.method === "GET") {
    return Response.json({ trending: trending() });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
