import { autosave, documents, restore } from "./revisions.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const routes = {
  doc: new URLPattern({ pathname: "/docs/:id" }),
  autosave: new URLPattern({ pathname: "/docs/:id/autosave" }),
  revisions: new URLPattern({ pathname: "/docs/:id/revisions" }),
  revision: new URLPattern({ pathname: "/docs/:id/revisions/:etag" }),
};

function notFound() {
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`policy-autosave on http://127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  const save = routes.autosave.exec(req.url);
  if (save && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!body || typeof body.text !== "string" || typeof body.author !== "string") {
      return Response.json({ error: "text and author required" }, { status: 400 });
    }
    if (body.text.length > 200_000) {
      return Response.json({ error: "document too large" }, { status: 413 });
    }
    const { doc, changed } = await autosave(
      save.pathname.groups.id!,
      body.author,
      body.text,
      typeof body.title === "string" ? body.title : undefined,
    );
    return Response.json({ id: doc.id, etag: doc.headEtag, saves: doc.saves, changed }, {
      status: changed ? 201 : 200,
    });
  }

  const list = routes.revisions.exec(req.url);
  if (list && req.method === "GET") {
    const doc = documents.get(list.pathname.groups.id!);
    if (!doc) return notFound();
    const limit = Math.min(Number(url.searchParams.get("limit")) || 10, 25);
    return Response.json(
      doc.revisions.slice(-limit).reverse().map((r) => ({
        etag: r.etag,
        savedAt: r.savedAt,
        author: r.author,
        bytes: r.bytes,
        stored: r.gz.byteLength,
      })),
    );
  }

  const one = routes.revision.exec(req.url);
  if (one && req.method === "GET") {
    const doc = documents.get(one.pathname.groups.id!);
    const text = doc && await restore(doc, one.pathname.groups.etag!);
    if (text == null) return notFound();
    return new Response(text, { headers: { "content-type": "text/markdown; charset=utf-8" } });
  }

  const d = routes.doc.exec(req.url);
  if (d && req.method === "GET") {
    const doc = documents.get(d.pathname.groups.id!);
    if (!doc) return notFound();
    return Response.json({
      id: doc.id,
      title: doc.title,
      etag: doc.headEtag,
      saves: doc.saves,
      text: doc.head,
    }, { headers: { etag: `"${doc.headEtag}"` } });
  }
  return notFound();
});
