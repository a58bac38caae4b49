import { DeedDocument } from "./deeds.ts";
import { renderDeed } from "./render.ts";

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function body(req: Request): Promise<Record<string, unknown>> {
  const value = await req.json().catch(() => null);
  return value && typeof value === "object" ? value : {};
}

async function join(req: Request, matter: string): Promise<Response> {
  const { viewer, role } = await body(req);
  if (typeof viewer !== "string" || !viewer) return json({ error: "viewer required" }, 422);
  const doc = DeedDocument.acquire(matter);
  if (doc.viewers.has(viewer)) {
    doc.release(); // already has it open (a second tab)
  } else {
    doc.viewers.set(viewer, String(role ?? "client"));
  }
  return json({ matter, revision: doc.revision, viewers: [...doc.viewers.keys()] });
}

async function leave(req: Request, matter: string): Promise<Response> {
  const { viewer } = await body(req);
  const doc = DeedDocument.peek(matter);
  if (doc && doc.viewers.delete(String(viewer))) doc.release();
  return new Response(null, { status: 204 });
}

async function remark(req: Request, matter: string): Promise<Response> {
  const doc = DeedDocument.peek(matter);
  if (!doc) return json({ error: "open the deed first" }, 409);
  const { by, clause, text } = await body(req);
  if (!doc.viewers.has(String(by))) return json({ error: "not viewing this deed" }, 403);
  if (!doc.clauses.some((c) => c.number === clause)) return json({ error: "no such clause" }, 422);
  return json(doc.remark(Number(clause), String(by), String(text ?? "")), 201);
}

function print(matter: string): Response {
  const doc = DeedDocument.acquire(matter);
  try {
    return new Response(renderDeed(doc), { headers: { "content-type": "text/plain" } });
  } finally {
    doc.release();
  }
}

export function handle(req: Request): Response | Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return json({ ok: true });
  if (pathname === "/office") return json({ deedsOpen: DeedDocument.openCount });

  const [, section, matter, action] = pathname.split("/");
  if (section !== "deeds" || !matter) return json({ error: "not found" }, 404);
  if (req.method === "POST" && action === "join") return join(req, matter);
  if (req.method === "POST" && action === "leave") return leave(req, matter);
  if (req.method === "POST" && action === "remarks") return remark(req, matter);
  if (req.method === "GET" && action === "print") return print(matter);
  return json({ error: "not found" }, 404);
}
