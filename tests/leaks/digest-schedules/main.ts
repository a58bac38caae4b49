import {
  closePublication,
  createPublication,
  getPublication,
  HttpError,
  scheduler,
  stats,
  updatePublication,
} from "./publications.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown) {
  return Response.json(body, { status });
}

async function readBody(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "bad JSON");
  }
}

async function handle(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  const parts = pathname.split("/").filter(Boolean);
  if (pathname === "/healthz") return json(200, { ok: true });
  if (pathname === "/ops") return json(200, stats());
  if (pathname === "/publications" && req.method === "POST") {
    return json(201, createPublication(await readBody(req)));
  }
  if (parts[0] === "publications" && parts[1]) {
    const id = parts[1];
    if (parts.length === 2 && req.method === "PATCH") {
      return json(200, updatePublication(id, await readBody(req)));
    }
    if (parts.length === 2) {
      const pub = getPublication(id);
      const next = scheduler.nextRunOf(id);
      return json(200, { ...pub, nextDigest: next && new Date(next).toISOString() });
    }
    if (parts[2] === "close" && req.method === "POST") return json(200, closePublication(id));
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof HttpError) return json(err.status, { error: err.message });
    return json(500, { error: String(err) });
  }
});
