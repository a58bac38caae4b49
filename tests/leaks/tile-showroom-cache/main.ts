import { updateCollection } from "./catalogue.ts";
import { collectionPage, tilePage } from "./pages.ts";
import { TaggedCache } from "./tagged_cache.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const pages = new TaggedCache(50);

function html(
  key: string,
  build: () => { html: string; tags: string[] } | undefined,
  req: Request,
) {
  let entry = pages.get(key);
  if (!entry) {
    const built = build();
    if (!built) return new Response("Not found", { status: 404 });
    entry = pages.set(key, built.html, built.tags);
  }
  if (req.headers.get("if-none-match") === entry.etag) return new Response(null, { status: 304 });
  return new Response(entry.body, {
    headers: { "content-type": "text/html; charset=utf-8", etag: entry.etag, "x-cache": "HIT" },
  });
}

async function route(req: Request, url: URL): Promise<Response> {
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] === "tiles" && parts.length === 2 && req.method === "GET") {
    return html(url.pathname, () => tilePage(parts[1]), req);
  }
  if (parts[0] === "collections" && parts.length === 2 && req.method === "GET") {
    return html(url.pathname, () => collectionPage(parts[1]), req);
  }
  if (parts[0] === "collections" && parts.length === 2 && req.method === "PATCH") {
    const updated = updateCollection(parts[1], await req.json());
    if (!updated) return Response.json({ error: "no such collection" }, { status: 404 });
    const dropped = pages.invalidate(`collection:${parts[1]}`);
    return Response.json({ ...updated, pagesDropped: dropped });
  }
  if (url.pathname === "/debug/cache") return Response.json(pages.stats());
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`tile showroom on :${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  try {
    return await route(req, url);
  } catch (err) {
    return Response.json({ error: (err as Error).message }, { status: 500 });
  }
});
