import { PageError, PageStore } from "./pages.ts";
import { RenderQueue } from "./render_queue.ts";
import { type RenderedPage, renderPage } from "./templates.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const pages = new PageStore();
const renders = new RenderQueue();
/** What the public site serves, by slug: the last published render. */
const live = new Map<string, RenderedPage>();

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function body(req: Request): Promise<Record<string, unknown>> {
  try {
    const text = await req.text();
    return text ? JSON.parse(text) : {};
  } catch {
    throw new PageError(400, "bad JSON");
  }
}

async function publish(slug: string): Promise<RenderedPage> {
  const page = pages.get(slug);
  const rendered = await renders.run(slug, () => renderPage(page));
  // an older render finishing late must not replace a newer one
  const current = live.get(slug);
  if (!current || current.revision <= rendered.revision) live.set(slug, rendered);
  page.publishedRevision = rendered.revision;
  return rendered;
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") {
    return json(200, { pages: pages.size, live: live.size, renders: renders.stats() });
  }
  // POST /campaigns/:campaign/pages
  if (parts[0] === "campaigns" && parts[2] === "pages" && req.method === "POST") {
    const page = pages.create(parts[1], await body(req));
    return json(201, { slug: page.slug, revision: page.revision });
  }
  if (parts[0] === "pages" && parts[1]) {
    const slug = parts[1];
    if (parts.length === 2 && req.method === "PATCH") {
      const page = pages.update(slug, await body(req));
      return json(200, { slug, revision: page.revision });
    }
    if (parts.length === 2 && req.method === "GET") {
      const page = pages.get(slug);
      return json(200, { ...page, live: live.get(slug)?.revision ?? null });
    }
    if (parts[2] === "publish" && req.method === "POST") {
      const rendered = await publish(slug);
      return json(200, { slug, revision: rendered.revision, etag: rendered.etag });
    }
    if (parts[2] === "archive" && req.method === "POST") {
      const page = pages.archive(slug);
      live.delete(slug);
      return json(200, { slug, archived: true, lastRevision: page.revision });
    }
  }
  // the public site
  if (parts[0] === "p" && parts[1] && req.method === "GET") {
    const rendered = live.get(parts[1]);
    if (!rendered) return new Response("Not found", { status: 404 });
    if (req.headers.get("if-none-match") === rendered.etag) {
      return new Response(null, { status: 304 });
    }
    return new Response(rendered.html, {
      headers: {
        "content-type": "text/html; charset=utf-8",
        etag: rendered.etag,
        "cache-control": "public, max-age=60",
      },
    });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof PageError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
console.log(`landing pages on :${port}`);
