import { recordChange, SyncError } from "./prices.ts";
import {
  connect,
  disconnect,
  sessionOf,
  sessionStats,
  storeDashboard,
  type TillInfo,
} from "./sessions.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readJson<T>(req: Request): Promise<T> {
  try {
    return await req.json() as T;
  } catch {
    throw new SyncError(400, "bad JSON");
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") return json(sessionStats());
  if (url.pathname === "/prices" && req.method === "POST") {
    return json(recordChange(await readJson(req)), 201);
  }
  // /stores/:store/tills
  if (parts[0] === "stores" && parts[1] && parts[2] === "tills" && parts.length === 3) {
    return json(storeDashboard(parts[1]));
  }
  // /stores/:store/tills/:till/(connect|resume|changes|disconnect)
  if (parts[0] === "stores" && parts[2] === "tills" && parts[3] && parts.length === 5) {
    const [, store, , till, action] = parts;
    if (action === "connect" && req.method === "POST") {
      const session = connect(store, till, await readJson<TillInfo>(req));
      return json({ till, cursor: session.cursor }, 201);
    }
    if (action === "resume" && req.method === "POST") {
      const session = sessionOf(store, till);
      return json({ till, cursor: session.cursor, resend: session.resume() });
    }
    if (action === "changes" && req.method === "GET") {
      return json(sessionOf(store, till).pull());
    }
    if (action === "disconnect" && req.method === "POST") return json(disconnect(store, till));
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: ({ port }) => console.log(`till price sync on :${port}`),
}, (req) =>
  handle(req).catch((err) => {
    if (err instanceof SyncError) return json({ error: err.message }, err.status);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }));
