import { closeNote, NoteError, noteStats, openNote, readNote, writeNote } from "./notes.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function body(req: Request): Promise<{ client?: string; text?: string }> {
  try {
    return await req.json();
  } catch {
    throw new NoteError(400, "bad JSON");
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") return json(noteStats());

  // /u/:owner/notes/:slug[/open|/close]
  const m = /^\/u\/([^/]+)\/notes\/([^/]+)(?:\/(open|close))?$/.exec(url.pathname);
  if (m) {
    const key = `${decodeURIComponent(m[1])}/${decodeURIComponent(m[2])}`;
    const action = m[3];
    if (!action && req.method === "GET") return json(readNote(key));
    if (!action && req.method === "PATCH") {
      const b = await body(req);
      return json(writeNote(key, b.client ?? "", b.text as string));
    }
    if (action === "open" && req.method === "POST") {
      return json(openNote(key, (await body(req)).client ?? ""));
    }
    if (action === "close" && req.method === "POST") {
      return json(closeNote(key, (await body(req)).client ?? ""));
    }
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: ({ port }) => console.log(`notebook sync on :${port}`),
}, (req) =>
  handle(req).catch((err) => {
    if (err instanceof NoteError) return json({ error: err.message }, err.status);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }));
