import { latency } from "./metrics.ts";
import { search } from "./search.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/metrics") {
    return Response.json({
      search_latency_ms: { p50: latency.percentile(50), p99: latency.percentile(99) },
      observations: latency.count(),
    });
  }
  if (url.pathname === "/search" && req.method === "GET") {
    const started = performance.now();
    const traceId = req.headers.get("traceparent")?.split("-")[1] ??
      crypto.randomUUID().replaceAll("-", "");
    const q = url.searchParams.get("q")?.trim() ?? "";
    if (q.length < 2) return Response.json({ error: "q is too short" }, { status: 400 });
    const page = Math.max(1, Number(url.searchParams.get("page")) || 1);
    const result = await search(q, page);
    latency.observe(performance.now() - started, { route: "/search", status: 200, traceId });
    return Response.json(result);
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`search api listening on 127.0.0.1:${port}`),
}, handle);
