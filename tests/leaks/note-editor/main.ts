import type { NoteEdit } from "./document.ts";
import { findDocument, listDocuments } from "./store.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const NOTE = new URLPattern({ pathname: "/notes/:id" });
const UNDO = new URLPattern({ pathname: "/notes/:id/undo" });

function parseEdit(body: unknown): NoteEdit | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { title, body: text, tags } = body as Record<string, unknown>;
  const edit: NoteEdit = {};
  if (typeof title === "string") edit.title = title.slice(0, 200);
  if (typeof text === "string") edit.body = text.slice(0, 20_000);
  if (Array.isArray(tags)) edit.tags = tags.map(String).slice(0, 20);
  return Object.keys(edit).length ? edit : undefined;
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`notes listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/notes") return Response.json(listDocuments());

  const undo = UNDO.exec(url);
  if (undo && req.method === "POST") {
    const doc = findDocument(undo.pathname.groups.id ?? "");
    if (!doc) return Response.json({ error: "no such note" }, { status: 404 });
    const state = doc.undo();
    return state
      ? Response.json(state)
      : Response.json({ error: "nothing to undo" }, { status: 409 });
  }

  const note = NOTE.exec(url);
  if (!note) return Response.json({ error: "not found" }, { status: 404 });
  const doc = findDocument(note.pathname.groups.id ?? "");
  if (!doc) return Response.json({ error: "no such note" }, { status: 404 });
  if (req.method === "GET") {
    return Response.json({ id: doc.id, ...doc.state, canUndo: doc.canUndo });
  }
  if (req.method === "PATCH") {
    const edit = parseEdit(await req.json().catch(() => null));
    if (!edit) return Response.json({ error: "nothing to change" }, { status: 400 });
    return Response.json(doc.apply(edit, req.headers.get("x-user") ?? "anonymous"));
  }
  return Response.json({ error: "method not allowed" }, { status: 405 });
});
