import { highlights } from "./highlights.ts";
import { type Replay, ReplayStore } from "./replays.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;
const store = new ReplayStore();

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/replays" && req.method === "POST") {
    const body = await req.json();
    if (!body.id || !Array.isArray(body.players) || !Array.isArray(body.frames)) {
      return json(400, { error: "id, players and frames required" });
    }
    if (store.get(body.id)) return json(409, { error: "replay exists" });
    const replay: Replay = { ...body, uploadedAt: Date.now() };
    store.add(replay);
    return json(201, { id: replay.id, frames: replay.frames.length });
  }
  let m = /^\/replays\/([\w-]+)\/highlights$/.exec(url.pathname);
  if (m) {
    const replay = store.get(m[1]);
    return replay ? json(200, highlights(replay)) : json(404, { error: "replay expired" });
  }
  m = /^\/players\/([\w-]+)\/replays$/.exec(url.pathname);
  if (m) return json(200, store.profile(m[1], Number(url.searchParams.get("limit") ?? 10)));
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, (req) =>
  route(req).catch((err) => {
    if (err instanceof SyntaxError) return json(400, { error: "invalid JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }));
