import { cacheStats, canonical, unfurl } from "./unfurl.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`link unfurl on 127.0.0.1:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") return Response.json(cacheStats());

  if (url.pathname === "/unfurl" && req.method === "GET") {
    const target = canonical(url.searchParams.get("url") ?? "");
    if (!target) return Response.json({ error: "url must be an http(s) URL" }, { status: 400 });
    const preview = unfurl(target);
    if (!preview) return Response.json({ error: "no preview available" }, { status: 422 });
    return Response.json(preview, { headers: { "cache-control": "public, max-age=3600" } });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
