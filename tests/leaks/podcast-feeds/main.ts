import { FeedIndex } from "./feeds.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const index = new FeedIndex();

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  const m = /^\/feeds\/([a-z0-9-]{2,40})(\/ingest)?$/.exec(url.pathname);
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  const [, id, ingest] = m;

  if (ingest && req.method === "POST") {
    const xml = await req.text();
    try {
      return Response.json(index.ingest(id, xml), { status: 202 });
    } catch (e) {
      return Response.json({ error: (e as Error).message }, { status: 422 });
    }
  }
  if (!ingest && req.method === "GET") {
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 10) || 10, 30);
    const listing = index.listing(id, limit);
    return listing
      ? Response.json(listing)
      : Response.json({ error: "unknown feed" }, { status: 404 });
  }
  return Response.json({ error: "method not allowed" }, { status: 405 });
}

Deno.serve(
  { hostname: "127.0.0.1", port, onListen: () => console.log(`podcast-feeds on ${port}`) },
  handle,
);
