import { registry } from "./metrics.ts";
import { search } from "./search.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const requestDuration = registry.histogram(
  "http_request_duration_seconds",
  "Time spent answering HTTP requests",
);

function route(req: Request, url: URL): Response {
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/metrics") {
    return new Response(registry.render(), { headers: { "content-type": "text/plain" } });
  }
  if (url.pathname === "/search" && req.method === "GET") {
    const q = url.searchParams.get("q") ?? "";
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 5) || 5, 20);
    return Response.json({ q, hits: search(q, limit) });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`search api listening on 127.0.0.1:${port}`),
}, (req) => {
  const url = new URL(req.url);
  const end = requestDuration.startTimer({ method: req.method, path: url.pathname + url.search });
  const res = route(req, url);
  end();
  return res;
});
