import { accept, jobStatus, queueStats } from "./pipeline.ts";
import type { Upload } from "./media.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8143;

const UPLOAD = new URLPattern({ pathname: "/uploads/:id" });
const ID = /^[\w.-]{1,80}$/;

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function parseUpload(req: Request, id: string): Promise<Upload> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body.filename !== "string" || typeof body.contentType !== "string") {
    throw new HttpError(400, "filename and contentType required");
  }
  return {
    id,
    filename: body.filename,
    contentType: body.contentType.toLowerCase(),
    sizeBytes: Number(body.size) || 0,
    durationSec: body.durationSec === undefined ? undefined : Number(body.durationSec),
    owner: req.headers.get("x-user") ?? "anonymous",
  };
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/internal/queue") return Response.json(queueStats());
  const m = UPLOAD.exec(url);
  if (!m) throw new HttpError(404, "not found");
  const id = m.pathname.groups.id!;
  if (!ID.test(id)) throw new HttpError(400, "bad upload id");
  if (req.method === "POST") {
    const job = accept(await parseUpload(req, id));
    return Response.json({ id, status: job.status }, {
      status: 202,
      headers: { location: `/uploads/${id}` },
    });
  }
  if (req.method === "GET") {
    const job = jobStatus(id);
    if (!job) throw new HttpError(404, "unknown upload");
    return Response.json({
      id,
      status: job.status,
      renditions: job.renditions ?? [],
      error: job.error,
      waitedMs: (job.finishedAt ?? Date.now()) - job.acceptedAt,
    });
  }
  throw new HttpError(405, "method not allowed");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`media uploads on 127.0.0.1:${port}`),
}, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof HttpError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
