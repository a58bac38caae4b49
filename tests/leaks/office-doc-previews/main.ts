import { DocError, DocumentStore } from "./documents.ts";
import { pagePreviews, previewPage } from "./preview.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const store = new DocumentStore();

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readJson(req: Request): Promise<Record<string, unknown>> {
  try {
    return await req.json();
  } catch {
    throw new DocError(400, "body must be JSON");
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });

  if (parts[0] === "documents") {
    if (parts.length === 1 && req.method === "POST") {
      const doc = store.save(await readJson(req));
      return json({ id: doc.id, rev: doc.rev, chars: doc.text.length }, 201);
    }
    if (parts.length === 1 && req.method === "GET") {
      return json({
        ...store.list(),
        previews: { hits: pagePreviews.hits, misses: pagePreviews.misses },
      });
    }
    const doc = store.get(parts[1]);
    if (parts[2] === "pages" && parts[3] && req.method === "GET") {
      const page = Number(parts[3]);
      if (!Number.isInteger(page) || page < 1) throw new DocError(400, "bad page number");
      const preview = previewPage(doc, page);
      if (page > preview.pages) throw new DocError(404, `document has ${preview.pages} pages`);
      return json(preview);
    }
    if (parts[2] === "archive" && req.method === "POST") {
      store.archive(doc.id);
      return json({ archived: doc.id });
    }
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: ({ port }) => console.log(`tender previews on :${port}`),
}, (req) =>
  handle(req).catch((err) => {
    if (err instanceof DocError) return json({ error: err.message }, err.status);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }));
