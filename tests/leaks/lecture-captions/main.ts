import { allLive, lecture } from "./lectures.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

setInterval(() => {
  for (const t of allLive()) t.flushArchive();
}, 200);

interface CaptionBody {
  author?: string;
  text?: string;
  confidence?: number;
  lineId?: string;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  const [kind, id, action] = url.pathname.split("/").filter(Boolean);
  if (kind === "stats") {
    return Response.json(allLive().map((t) => ({ lecture: t.lectureId, ...t.stats() })));
  }
  if (kind !== "lectures" || !id) return Response.json({ error: "not found" }, { status: 404 });
  const transcript = lecture(id);
  if (!transcript) return Response.json({ error: "no such lecture" }, { status: 404 });

  if (action === "live" && req.method === "GET") {
    const since = Number(url.searchParams.get("since") ?? 0);
    const lines = transcript.since(since).slice(-30);
    return Response.json({ lecture: id, title: transcript.title, lines });
  }
  if (req.method !== "POST") return Response.json({ error: "method" }, { status: 405 });
  const body = await req.json().catch(() => ({})) as CaptionBody;
  const author = body.author ?? "anonymous";

  if (action === "captions") {
    if (!body.text) return Response.json({ error: "text required" }, { status: 422 });
    const line = transcript.append(author, body.text, body.confidence ?? 1);
    return Response.json({ id: line.id, seq: line.seq }, { status: 201 });
  }
  if (action === "corrections") {
    const line = transcript.correct(author, body.lineId ?? "", body.text ?? "");
    return line ? Response.json(line) : Response.json({ error: "no such line" }, { status: 404 });
  }
  if (action === "undo") return Response.json({ reverted: transcript.undo(author) });
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`lecture captions on :${port}`) },
  handle,
);
