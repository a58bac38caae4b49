import { DeskError, PhotoLibrary } from "./library.ts";
import { recentlySent, sendToCms } from "./cms.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const library = new PhotoLibrary();

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readBody(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DeskError(400, `bad JSON: ${(err as Error).message}`);
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  const editor = req.headers.get("x-editor") ?? "desk";
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, library.stats());
  if (url.pathname === "/sent") return json(200, recentlySent());

  // agency feed: POST /photos
  if (url.pathname === "/photos" && req.method === "POST") {
    const photo = library.add(await readBody(req));
    return json(201, { id: photo.id, tags: photo.tags });
  }
  if (parts[0] === "photos" && parts[1]) {
    if (parts.length === 2 && req.method === "GET") return json(200, library.get(parts[1]));
    if (parts.length === 2 && req.method === "PATCH") {
      return json(200, library.edit(parts[1], await readBody(req), editor));
    }
    if (parts[2] === "publish" && req.method === "POST") {
      const photo = library.publish(parts[1]);
      return json(200, sendToCms(photo));
    }
  }
  // GET /tags/:tag?limit=20
  if (parts[0] === "tags" && parts[1]) {
    const limit = Math.min(50, Number(url.searchParams.get("limit")) || 20);
    const hits = library.search(decodeURIComponent(parts[1]), limit);
    return json(200, hits.map((p) => ({ id: p.id, caption: p.caption, status: p.status })));
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof DeskError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
