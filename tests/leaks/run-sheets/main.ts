import { closeSession, findSession, openSession, sessionStats } from "./sessions.ts";
import { changesSince, type Field, sheets, view, write } from "./sheets.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8791;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request, url: URL): Promise<Response> {
  const start = /^\/sheets\/([\w-]+)\/sessions$/.exec(url.pathname);
  if (start && req.method === "POST") {
    const b = await req.json();
    const session = openSession(String(b.session), start[1], String(b.device), String(b.crew));
    if (!session) return json({ error: "unknown sheet or session in use" }, 409);
    return json({ session: session.id, replica: session.replica }, 201);
  }
  const s = /^\/sessions\/([\w-]+)\/(writes|changes|close)$/.exec(url.pathname);
  if (s) {
    const session = findSession(s[1]);
    if (!session) return json({ error: "no such session" }, 404);
    if (s[2] === "writes" && req.method === "POST") {
      const b = await req.json();
      const ops = (b.ops ?? []) as { cue: string; field: Field; value: string }[];
      const applied = ops.map((op) => write(session.sheet, session.replica, session.seen, op));
      session.writes += applied.filter(Boolean).length;
      return json({ applied: applied.map((stamp) => stamp?.counter ?? null) });
    }
    if (s[2] === "changes") {
      const changes = changesSince(session.sheet, session.seen);
      session.seen = new Map(session.sheet.clock);
      return json({ changes });
    }
    if (s[2] === "close" && req.method === "POST") {
      closeSession(session.id);
      return json({ session: session.id, writes: session.writes });
    }
  }
  const sheet = /^\/sheets\/([\w-]+)$/.exec(url.pathname);
  if (sheet) {
    const found = sheets.get(sheet[1]);
    if (!found) return json({ error: "no such sheet" }, 404);
    return json({ id: found.id, title: found.title, cues: [...found.cues.values()].map(view) });
  }
  if (url.pathname === "/status") return json({ sessions: sessionStats() });
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`run-sheets on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  return await handle(req, url);
});
