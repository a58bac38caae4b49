import {
  closeWorkspace,
  createWorkspace,
  HttpError,
  overview,
  settingsOf,
  updateSettings,
} from "./workspaces.ts";
import { storeStats } from "./settings_store.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function body(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "bad JSON");
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  const user = req.headers.get("x-agent") ?? "";
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/admin/overview") return json(200, { ...overview(), ...storeStats() });
  if (url.pathname === "/workspaces" && req.method === "POST") {
    return json(201, createWorkspace(await body(req)));
  }
  if (parts[0] === "workspaces" && parts[1]) {
    if (parts[2] === "settings" && req.method === "PATCH") {
      return json(200, await updateSettings(parts[1], await body(req), user));
    }
    if (parts[2] === "settings") return json(200, settingsOf(parts[1]));
    if (parts[2] === "close" && req.method === "POST") {
      const b = await body(req);
      return json(200, closeWorkspace(parts[1], String(b.reason ?? "")));
    }
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof HttpError) return json(err.status, { error: err.message });
    return json(500, { error: (err as Error).message });
  }
});
