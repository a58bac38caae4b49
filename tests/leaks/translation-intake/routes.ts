import { openProject, recentProjects } from "./projects.ts";
import { UploadRegistry } from "./uploads.ts";

const uploads = new UploadRegistry();
const SUPPORTED = new Set(["de", "fr", "en", "nl"]);

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function readBody(req: Request): Promise<Record<string, unknown> | null> {
  const body = await req.json().catch(() => null);
  return body && typeof body === "object" ? body : null;
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true, uploads: uploads.size });
  if (url.pathname === "/projects/recent") return json(recentProjects());
  if (req.method !== "POST") return json({ error: "not found" }, 404);

  const body = await readBody(req);
  if (!body) return json({ error: "expected a JSON object" }, 400);
  const client = String(body.client ?? "");
  const fileName = String(body.fileName ?? "");
  if (!client || !fileName) return json({ error: "client and fileName are required" }, 400);

  if (url.pathname === "/uploads") {
    const source = String(body.sourceLang ?? "");
    const target = String(body.targetLang ?? "");
    if (!SUPPORTED.has(source) || !SUPPORTED.has(target)) {
      return json({ error: "unsupported language pair" }, 422);
    }
    const bytes = Number(body.bytes);
    if (!Number.isInteger(bytes) || bytes <= 0) return json({ error: "bytes must be > 0" }, 400);
    const session = uploads.start(client, fileName, { source, target }, bytes);
    return json({ fileName: session.fileName, offset: session.received }, 201);
  }

  const session = uploads.find(client, fileName);
  if (!session) return json({ error: "no upload in progress for this file" }, 404);

  if (url.pathname === "/uploads/parts") {
    const offset = Number(body.offset);
    const text = String(body.text ?? "");
    if (offset !== session.received) {
      return json({ error: "offset mismatch", expected: session.received }, 409);
    }
    const size = new TextEncoder().encode(text).length;
    session.parts.push({ offset, size, sha256: await sha256(text), text });
    session.received += size;
    return json({ offset: session.received, complete: session.complete });
  }

  if (url.pathname === "/uploads/complete") {
    if (!session.complete) return json({ error: "upload incomplete" }, 409);
    const project = openProject(session);
    uploads.finish(session);
    return json(project, 201);
  }

  return json({ error: "not found" }, 404);
}
