import {
  addMember,
  counts,
  exportLink,
  gymSummary,
  HttpError,
  offboardGym,
  onboardGym,
} from "./gyms.ts";
import { storageStats } from "./storage.ts";

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
  if (pathname === "/ops") return json(200, { ...counts(), ...storageStats() });
  if (pathname === "/gyms" && req.method === "POST") {
    return json(201, onboardGym(await readBody(req)));
  }
  if (parts[0] === "gyms" && parts[1]) {
    const id = parts[1];
    if (parts.length === 2) return json(200, gymSummary(id));
    if (parts[2] === "members" && req.method === "POST") {
      return json(201, addMember(id, await readBody(req)));
    }
    if (parts[2] === "offboard" && req.method === "POST") return json(200, offboardGym(id));
    if (parts[2] === "export") return json(200, exportLink(id));
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
