import { openPreviewStream, recentFeed, streamCount } from "./events.ts";
import { getPreview, previewCount, PreviewError, startPreview } from "./previews.ts";
import { templates } from "./templates.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8793;

async function route(req: Request, url: URL): Promise<Response> {
  const one = /^\/previews\/([\w-]+)$/.exec(url.pathname);
  if (one && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!body || typeof body !== "object") throw new PreviewError(400, "expected a JSON object");
    return Response.json(startPreview(one[1], body), { status: 202 });
  }
  if (one) {
    const { id, status, labels, template } = getPreview(one[1]);
    return Response.json({ id, status, labels, template });
  }
  const events = /^\/previews\/([\w-]+)\/events$/.exec(url.pathname);
  if (events) {
    const preview = getPreview(events[1]);
    return new Response(openPreviewStream(preview.id, preview.last), {
      headers: { "content-type": "text/event-stream", "cache-control": "no-cache" },
    });
  }
  const template = /^\/templates\/([\w-]+)$/.exec(url.pathname);
  if (template && req.method === "PATCH") {
    const t = templates.get(template[1]);
    if (!t) throw new PreviewError(404, `no template ${template[1]}`);
    const body = await req.json().catch(() => ({}));
    if (typeof body.name === "string" && body.name) t.rename(body.name);
    return Response.json(t);
  }
  if (url.pathname === "/templates") return Response.json([...templates.values()]);
  if (url.pathname === "/feed") {
    return Response.json(recentFeed(Number(url.searchParams.get("n") ?? 10)));
  }
  if (url.pathname === "/internal/stats") {
    return Response.json({ previews: previewCount(), streams: streamCount() });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`label-previews on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    if (err instanceof PreviewError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
