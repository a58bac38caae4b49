import { archive, create, DocumentError, get, openCount, save } from "./documents.ts";
import { join, leave, watchedDocuments, watchersOf } from "./watchers.ts";

const DOC = new URLPattern({ pathname: "/documents/:id" });
const ACTION = new URLPattern({ pathname: "/documents/:id/:action(save|archive|watchers)" });
const LEAVE = new URLPattern({ pathname: "/documents/:id/watchers/:client/leave" });
const CLIENT = /^[a-z0-9-]{3,60}$/;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

async function body(req: Request): Promise<Record<string, unknown>> {
  const value = await req.json().catch(() => null);
  if (!value || typeof value !== "object") throw new DocumentError(400, "JSON body required");
  return value as Record<string, unknown>;
}

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/stats") {
    return json({ open: openCount(), watched: watchedDocuments() });
  }
  if (url.pathname === "/documents" && req.method === "POST") {
    return json(create(await body(req)), 201);
  }

  const leaving = LEAVE.exec(url);
  if (leaving && req.method === "POST") {
    const { id = "", client = "" } = leaving.pathname.groups;
    return json({ left: leave(id, client) });
  }

  const action = ACTION.exec(url);
  if (action && req.method === "POST") {
    const { id = "", action: verb } = action.pathname.groups;
    if (verb === "watchers") {
      get(id);
      const client = String((await body(req)).client ?? "");
      if (!CLIENT.test(client)) return json({ error: "client is a slug" }, 400);
      return json({ here: join(id, client) }, 201);
    }
    if (verb === "save") {
      const b = await body(req);
      const doc = save(id, String(b.body ?? ""), Number(b.revision));
      return json({ revision: doc.revision, notify: watchersOf(id) });
    }
    const doc = archive(id);
    return json({ archived: doc.id, notified: watchersOf(id).length });
  }

  const doc = DOC.exec(url);
  if (doc && req.method === "GET") {
    const id = doc.pathname.groups.id ?? "";
    return json({ ...get(id), watchers: watchersOf(id) });
  }
  return json({ error: "not found" }, 404);
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    if (err instanceof DocumentError) return json({ error: err.message }, err.status);
    if (err instanceof RangeError) return json({ error: err.message }, 429);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
}
