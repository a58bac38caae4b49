import { listProducts } from "./catalog.ts";
import { cached } from "./response_cache.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`catalog listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/products" && req.method === "GET") {
    const category = url.searchParams.get("category") ?? "all";
    const page = Math.max(1, Number(url.searchParams.get("page")) || 1);
    const entry = await cached(url, () => listProducts(category, page));
    if (req.headers.get("if-none-match") === entry.etag) {
      return new Response(null, { status: 304, headers: { etag: entry.etag } });
    }
    return new Response(entry.body, {
      headers: {
        "content-type": "application/json",
        etag: entry.etag,
        "cache-control": "max-age=60",
      },
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
