import { recentAuditEvents, recordAuditEvent } from "./audit.ts";
import { findDocument, shareDocument } from "./documents.ts";

const SHARE = new URLPattern({ pathname: "/documents/:id/share" });
const DOCUMENT = new URLPattern({ pathname: "/documents/:id" });

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

export async function handle(req: Request, info: Deno.ServeHandlerInfo): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  if (url.pathname === "/audit/recent" && req.method === "GET") {
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 20) || 20, 100);
    return json({ events: recentAuditEvents(limit) });
  }

  const share = SHARE.exec(url);
  if (share && req.method === "POST") {
    const doc = findDocument(share.pathname.groups.id ?? "");
    if (!doc) return json({ error: "document not found" }, 404);
    const body = await req.json().catch(() => null);
    if (!body || typeof body.with !== "string" || !body.with.includes("@")) {
      return json({ error: "`with` must be an email address" }, 400);
    }
    const role = body.role === "editor" ? "editor" : "viewer";
    shareDocument(doc, role);
    recordAuditEvent({
      actor: req.headers.get("x-user") ?? "anonymous",
      action: "document.share",
      resource: `documents/${doc.id}`,
      ip: (info.remoteAddr as Deno.NetAddr).hostname,
      details: { with: body.with.toLowerCase(), role },
    });
    return json({ id: doc.id, shares: doc.shareCount });
  }

  const document = DOCUMENT.exec(url);
  if (document && req.method === "GET") {
    const doc = findDocument(document.pathname.groups.id ?? "");
    return doc ? json(doc) : json({ error: "document not found" }, 404);
  }

  return json({ error: "not found" }, 404);
}
