import { flushSave, pendingCount, scheduleSave } from "./autosave.ts";
import {
  closeDraft,
  editClause,
  EditorError,
  getDraft,
  openCount,
  openDraft,
} from "./documents.ts";
import { storageStats } from "./storage.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8630;

const DRAFT = new URLPattern({ pathname: "/contracts/:id" });
const CLOSE = new URLPattern({ pathname: "/contracts/:id/close" });

function userOf(req: Request): string {
  const user = req.headers.get("x-user");
  if (!user) throw new EditorError(401, "x-user header required");
  return user;
}

async function readJson(req: Request): Promise<Record<string, unknown>> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body !== "object") throw new EditorError(400, "expected a JSON object");
  return body as Record<string, unknown>;
}

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/contracts" && req.method === "POST") {
    const body = await readJson(req);
    const parties = Array.isArray(body.parties) ? body.parties.map(String) : [];
    if (parties.length !== 2) throw new EditorError(422, "a contract has two parties");
    const draft = openDraft(
      String(body.id ?? ""),
      String(body.template ?? ""),
      String(body.title ?? "Untitled contract"),
      [parties[0], parties[1]],
      userOf(req),
    );
    return Response.json({ id: draft.id, clauses: draft.clauses.length }, { status: 201 });
  }

  const close = CLOSE.exec(url);
  if (close && req.method === "POST") {
    const draft = getDraft(close.pathname.groups.id!);
    const version = await flushSave(draft);
    closeDraft(draft.id);
    return Response.json({ id: draft.id, revision: draft.revision, version });
  }

  const match = DRAFT.exec(url);
  if (match) {
    const draft = getDraft(match.pathname.groups.id!);
    if (req.method === "GET") return Response.json(draft);
    if (req.method === "PATCH") {
      const body = await readJson(req);
      const clause = editClause(
        draft,
        String(body.clause ?? ""),
        String(body.text ?? ""),
        userOf(req),
      );
      scheduleSave(draft);
      return Response.json({ revision: draft.revision, clause: clause.key });
    }
  }

  if (url.pathname === "/internal/stats") {
    return Response.json({
      open: openCount(),
      pendingSaves: pendingCount(),
      storage: storageStats,
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`contract-editor on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    if (err instanceof EditorError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
