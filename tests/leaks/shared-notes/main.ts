import { addEntry, edit, getNote, search, stats } from "./notes.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8843;

const json = (body: unknown, status = 200) => Response.json(body, { status });
const NOTE = /^\/notes\/([a-z-]+)(?:\/(entries|search))?$/;

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/status") return json(stats());
  const m = NOTE.exec(url.pathname);
  const note = m && getNote(m[1]);
  if (!m || !note) return json({ error: "not found" }, 404);
  if (!m[2] && req.method === "GET") {
    const { id, title, revision, lastEditor } = note;
    return json({ id, title, revision, lastEditor, text: note.table.text() });
  }
  if (!m[2] && req.method === "PATCH") {
    const b = await req.json();
    const at = Number(b.at);
    if (!Number.isInteger(at) || at < 0) return json({ error: "at must be an offset" }, 422);
    edit(note, String(b.editor ?? "anonymous"), at, Number(b.remove) || 0, String(b.insert ?? ""));
    return json({ id: note.id, revision: note.revision, length: note.table.length });
  }
  if (m[2] === "entries" && req.method === "POST") {
    const b = await req.json();
    if (!b.author || !b.text) return json({ error: "author and text required" }, 422);
    addEntry(note, String(b.author), String(b.text).slice(0, 500));
    return json({ id: note.id, revision: note.revision, length: note.table.length }, 201);
  }
  if (m[2] === "search" && req.method === "GET") {
    return json({ id: note.id, lines: search(note, url.searchParams.get("q") ?? "") });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`shared-notes on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    return json({ error: String((err as Error).message ?? err) }, 400);
  }
});
