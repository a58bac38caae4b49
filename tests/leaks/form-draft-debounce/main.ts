import { DraftStore } from "./draft_store.ts";
import { Autosaver } from "./autosave.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const store = new DraftStore();
const autosave = new Autosaver(store);

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

function cleanFields(input: unknown): Record<string, string> | null {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return null;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(input).slice(0, 50)) {
    if (!/^[\w.-]{1,64}$/.test(key)) continue;
    out[key] = String(value).slice(0, 2000);
  }
  return out;
}

async function change(req: Request, id: string): Promise<Response> {
  const body = await req.json().catch(() => null);
  const fields = cleanFields(body?.fields);
  if (!fields || typeof body.formId !== "string") {
    return json({ error: "formId and fields are required" }, 400);
  }
  const draft = autosave.change(id, {
    id,
    formId: body.formId,
    owner: req.headers.get("x-user") ?? "anonymous",
    fields,
  });
  return json({ id, revision: draft.revision, saved: false }, 202);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`form drafts on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  const m = url.pathname.match(/^\/drafts\/([\w-]+)$/);
  if (m && req.method === "PATCH") return await change(req, m[1]);
  if (m && req.method === "GET") {
    const draft = autosave.latest(m[1]);
    return draft ? json(draft) : json({ error: "not found" }, 404);
  }
  if (url.pathname === "/admin/autosave") {
    return json({
      waiting: autosave.waiting,
      saved: autosave.saved,
      merged: autosave.merged,
      stored: store.size,
      writes: store.writes,
    });
  }
  return json({ error: "not found" }, 404);
});
