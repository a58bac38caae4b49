import { albums } from "./albums.ts";
import { getPage, PAGE_SIZE, prefetchStats } from "./pages.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") return json(prefetchStats());
  if (url.pathname === "/albums") return json([...albums.values()]);

  if (parts[0] === "albums" && parts[1]) {
    const album = albums.get(parts[1]);
    if (!album) return json({ error: "no such album" }, 404);
    if (parts.length === 2) {
      return json({ ...album, pages: Math.ceil(album.photoCount / PAGE_SIZE) });
    }
    if (parts[2] === "photos" && req.method === "GET") {
      const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) || 1);
      // the browser keeps one id per tab
      const session = req.headers.get("x-browse-session") ?? "anonymous";
      return json(await getPage(session, album.id, page));
    }
  }

  return json({ error: "not found" }, 404);
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    return json({ error: (err as Error).message }, 500);
  }
});
