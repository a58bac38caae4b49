import { receivePhoto, uploads } from "./uploads.ts";

const portFlag = Deno.args.find((a) => a.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8093;

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

const PHOTO = /^\/surveys\/([\w-]+)\/photos\/([\w.-]+?)(\/progress)?$/;

async function handle(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  const m = pathname.match(PHOTO);
  if (m && req.method === "POST" && !m[3]) {
    if (!req.body) return json(400, { error: "empty upload" });
    try {
      const p = await receivePhoto(m[1], m[2], req);
      return json(201, { id: p.id, key: p.storedKey, bytes: p.received });
    } catch (err) {
      return json(500, { error: `upload failed: ${(err as Error).message}` });
    }
  }
  if (m && req.method === "GET" && m[3]) {
    const p = uploads.get(`${m[1]}/${m[2]}`);
    if (!p) return json(404, { error: "no such upload" });
    const percent = p.expected ? Math.round((100 * p.received) / p.expected) : null;
    return json(200, { status: p.status, received: p.received, percent });
  }
  if (pathname === "/healthz") return json(200, { ok: true, uploading: uploads.size });
  return json(404, { error: "not found" });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`survey photo intake on 127.0.0.1:${port}`),
}, handle);
