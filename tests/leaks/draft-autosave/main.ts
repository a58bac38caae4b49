import { load } from "./storage.ts";
import { DraftWriter } from "./writer.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const DRAFT = /^\/drafts\/([\w-]+)$/;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const m = DRAFT.exec(url.pathname);
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  if (req.method === "GET") {
    const row = load(m[1]);
    return row ? Response.json(row) : Response.json({ error: "no draft" }, { status: 404 });
  }
  if (req.method === "PATCH") {
    const { body } = await req.json() as { body: string };
    const writer = new DraftWriter(m[1], req.headers.get("x-user") ?? "anonymous");
    const revision = await writer.save(body);
    return Response.json({ draft: m[1], revision });
  }
  return Response.json({ error: "method not allowed" }, { status: 405 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`drafts listening on 127.0.0.1:${port}`),
}, handle);
