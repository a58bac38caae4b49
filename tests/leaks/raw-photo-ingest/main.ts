import { AssetStore } from "./assets.ts";
import { TransferMonitor } from "./monitor.ts";
import { UploadError, Uploads } from "./uploads.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const monitor = new TransferMonitor();
const assets = new AssetStore();
const uploads = new Uploads(monitor, assets);

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/monitor") return json(monitor.view());

  if (parts[0] === "uploads") {
    if (parts.length === 1 && req.method === "POST") {
      let input: Record<string, unknown>;
      try {
        input = await req.json();
      } catch {
        throw new UploadError(400, "body must be JSON");
      }
      const session = uploads.create(input);
      return json({ id: session.id, offset: 0 }, 201, { location: `/uploads/${session.id}` });
    }
    if (parts.length === 2 && req.method === "GET") {
      return json({ id: parts[1], offset: uploads.offsetOf(parts[1]) });
    }
    if (parts.length === 2 && req.method === "PATCH") {
      if (req.headers.get("content-type") !== "application/offset+octet-stream") {
        throw new UploadError(415, "chunks are application/offset+octet-stream");
      }
      const offset = Number(req.headers.get("upload-offset"));
      if (!Number.isInteger(offset) || offset < 0) throw new UploadError(400, "bad Upload-Offset");
      const chunk = await req.text();
      const result = await uploads.append(parts[1], offset, chunk);
      return json(result, result.complete ? 200 : 202, { "upload-offset": String(result.offset) });
    }
  }
  if (parts[0] === "assets" && parts[1] && req.method === "GET") {
    const asset = assets.get(parts[1]);
    if (!asset) return json({ error: "not ingested (yet)" }, 404);
    const { content: _content, ...meta } = asset;
    return json(meta);
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: ({ port }) => console.log(`raw ingest on :${port}`),
}, (req) =>
  handle(req).catch((err) => {
    if (err instanceof UploadError) return json({ error: err.message }, err.status);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }));
