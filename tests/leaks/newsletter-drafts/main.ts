import { type DraftChanges, DraftDesk } from "./drafts.ts";
import { DraftBucket } from "./storage.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const bucket = new DraftBucket();
const desk = new DraftDesk(bucket);

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function editorOf(req: Request) {
  return req.headers.get("x-editor") ?? "unknown@newsroom.example";
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });

  if (url.pathname === "/drafts" && req.method === "POST") {
    const body = await req.json() as DraftChanges & { id?: string };
    if (!body.id) return json({ error: "id required" }, 400);
    const { id, ...changes } = body;
    return json(desk.create(id, editorOf(req), changes), 201);
  }

  if (parts[0] === "drafts" && parts[1] && parts.length === 2) {
    if (req.method === "PATCH") {
      const changes = await req.json() as DraftChanges;
      const saved = desk.edit(parts[1], changes);
      return saved ? json(saved) : json({ error: "not being edited" }, 404);
    }
    if (req.method === "GET") {
      const draft = desk.get(parts[1]);
      return draft ? json(draft) : json({ error: "not being edited" }, 404);
    }
  }

  if (url.pathname === "/saves") return json({ ...desk.stats(), recent: bucket.recent() });

  return json({ error: "not found" }, 404);
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => {} },
  (req) => handle(req).catch((err) => json({ error: (err as Error).message }, 500)),
);
console.log(`newsletter drafts on :${port}`);
