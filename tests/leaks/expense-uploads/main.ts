import { UploadSessions } from "./sessions.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8935;

const MAX_SIZE = 5 * 1024 * 1024;
const MIMES = new Set(["image/jpeg", "image/png", "application/pdf"]);
const uploads = new UploadSessions();
const ocrQueue = { queued: 0, bytes: 0 };
setInterval(() => uploads.sweep(), 200);

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

async function finish(session: ReturnType<UploadSessions["create"]>) {
  const whole = new Uint8Array(session.size);
  let at = 0;
  for (const chunk of session.chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", whole));
  session.sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
  session.chunks = []; // the bytes go to the OCR queue; the session keeps the metadata only
  session.completedAt = Date.now();
  ocrQueue.queued++;
  ocrQueue.bytes += whole.length;
}

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/uploads" && req.method === "POST") {
    const b = await req.json();
    const key = String(b.key ?? "");
    const size = Number(b.size);
    if (!/^[\w-]{4,64}$/.test(key)) return json({ error: "key" }, 400);
    if (!(size > 0 && size <= MAX_SIZE) || !MIMES.has(b.mime)) {
      return json({ error: "size or type" }, 422);
    }
    const existing = uploads.get(key);
    if (existing) return json({ key, offset: existing.offset }, 200);
    const owner = req.headers.get("x-employee") ?? "unknown";
    const s = uploads.create(
      key,
      owner,
      String(b.fileName ?? "receipt").slice(0, 120),
      b.mime,
      size,
    );
    return json({ key, offset: 0, location: `/uploads/${s.key}` }, 201);
  }
  const m = /^\/uploads\/([\w-]{4,64})$/.exec(url.pathname);
  if (m && req.method === "PATCH") {
    const session = uploads.get(m[1]);
    if (!session) return json({ error: "no such upload" }, 404);
    const offset = Number(req.headers.get("upload-offset"));
    const chunk = new Uint8Array(await req.arrayBuffer());
    if (session.completedAt) {
      return json({ offset: session.offset, sha256: session.sha256 }, 200, {
        "upload-offset": String(session.offset),
      });
    }
    if (offset !== session.offset || offset + chunk.length > session.size) {
      return json({ error: "offset mismatch", offset: session.offset }, 409);
    }
    session.chunks.push(chunk);
    session.offset += chunk.length;
    uploads.touch(session);
    if (session.offset === session.size) await finish(session);
    return json({ offset: session.offset, sha256: session.sha256 ?? null }, 200, {
      "upload-offset": String(session.offset),
    });
  }
  if (url.pathname === "/stats") {
    return json({ open: uploads.size, swept: uploads.swept, ocrQueue });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({ hostname: "127.0.0.1", port, onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    return json({ error: String(err) }, 400);
  }
});
console.log(`expense-uploads on 127.0.0.1:${port}`);
