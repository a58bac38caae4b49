import { finish, liveCount, move, ReplayError, replays, start } from "./matches.ts";
import { seen, unwatch, watch } from "./watchers.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const { pathname } = url;
  if (pathname === "/healthz") return json(200, { ok: true, live: liveCount() });

  if (pathname === "/matches" && req.method === "POST") {
    const match = start(await req.json());
    return json(201, { id: match.id, map: match.map });
  }
  let m = /^\/matches\/([\w-]+)\/(moves|finish|watch)$/.exec(pathname);
  if (m && req.method === "POST") {
    const body = await req.json();
    if (m[2] === "moves") return json(201, move(m[1], body));
    if (m[2] === "finish") {
      const r = finish(m[1], String(body.winner));
      return json(200, { id: r.id, moveCount: r.moveCount, durationMs: r.durationMs });
    }
    const w = watch(String(body.viewer), m[1]);
    return json(201, { viewer: w.viewer, match: w.matchId });
  }

  m = /^\/viewers\/([\w-]+)\/(seen|leave)$/.exec(pathname);
  if (m && m[2] === "seen" && req.method === "GET") {
    const moves = seen(m[1]);
    return moves ? json(200, moves) : json(404, { error: "not watching" });
  }
  if (m && m[2] === "leave" && req.method === "POST") {
    return unwatch(m[1]) ? json(200, { ok: true }) : json(404, { error: "not watching" });
  }

  m = /^\/replays\/([\w-]+)$/.exec(pathname);
  if (m && req.method === "GET") {
    const replay = replays.get(m[1]);
    return replay ? json(200, replay) : json(404, { error: "no replay" });
  }
  if (pathname === "/replays") {
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 10), 30);
    return json(200, replays.newest(limit).map(({ log: _, ...r }) => r));
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof ReplayError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "invalid JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
