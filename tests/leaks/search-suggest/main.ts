import { search } from "./catalog.ts";
import { complete, recordSearch, suggestions } from "./suggest.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

function handle(req: Request): Response {
  const url = new URL(req.url);
  switch (url.pathname) {
    case "/healthz":
      return Response.json({ ok: true });
    case "/search": {
      const q = recordSearch(url.searchParams.get("q") ?? "");
      const limit = Math.min(50, Number(url.searchParams.get("limit") ?? 10));
      return Response.json({ q, results: search(q, limit) });
    }
    case "/suggest":
      return Response.json({ suggestions: complete(url.searchParams.get("prefix") ?? "") });
    case "/debug/suggest":
      return Response.json({ queries: suggestions.queries });
    default:
      return Response.json({ error: "not found" }, { status: 404 });
  }
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`shop search listening on 127.0.0.1:${port}`),
}, handle);
