import {
  counts,
  createWorkspace,
  HttpError,
  publish,
  removeWorkspace,
  search,
  setFeatures,
} from "./workspaces.ts";
import { cacheStats } from "./search_cache.ts";

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
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/ops") return json(200, { ...counts(), cache: cacheStats() });
  if (url.pathname === "/workspaces" && req.method === "POST") {
    return json(201, createWorkspace(await readBody(req)));
  }
  if (parts[0] === "workspaces" && parts[1]) {
    const id = parts[1];
    if (parts[2] === "features" && req.method === "PATCH") {
      return json(200, setFeatures(id, await readBody(req)));
    }
    if (parts[2] === "articles" && req.method === "POST") {
      return json(201, publish(id, await readBody(req)));
    }
    if (parts[2] === "search") return json(200, search(id, url.searchParams.get("q") ?? ""));
    if (parts[2] === "remove" && req.method === "POST") return json(200, removeWorkspace(id));
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
