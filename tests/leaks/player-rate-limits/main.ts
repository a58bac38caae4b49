import { type ClientInfo, limiter } from "./limiter.ts";
import { LobbyError, rooms } from "./lobby.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

function clientOf(req: Request, info: Deno.ServeHandlerInfo): ClientInfo {
  const addr = info.remoteAddr as Deno.NetAddr;
  return {
    ip: req.headers.get("x-forwarded-for") ?? addr.hostname,
    build: req.headers.get("x-client-build") ?? "unknown",
    platform: req.headers.get("x-platform") ?? "pc",
  };
}

function playerOf(req: Request): string {
  const player = req.headers.get("x-player");
  if (!player) throw new LobbyError(401, "x-player header required");
  return player;
}

async function route(req: Request, info: Deno.ServeHandlerInfo): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return json(200, { ok: true });

  let m = /^\/rooms\/([\w-]+)\/(chat|emote)$/.exec(pathname);
  if (m && req.method === "POST") {
    const room = rooms.get(m[1]);
    if (!room) return json(404, { error: "no such room" });
    const player = playerOf(req);
    const action = m[2];
    const decision = limiter.take(player, action, clientOf(req, info));
    if (!decision.allowed) {
      return json(429, { error: "slow down", retryAfterMs: decision.retryAfterMs }, {
        "retry-after": String(Math.ceil(decision.retryAfterMs / 1000)),
      });
    }
    const body = await req.json().catch(() => ({}));
    const ev = action === "chat"
      ? room.say(player, String(body.text ?? ""))
      : room.emote(player, String(body.emote ?? ""));
    return json(201, { ...ev, remaining: decision.remaining });
  }

  m = /^\/rooms\/([\w-]+)$/.exec(pathname);
  if (m && req.method === "GET") {
    const room = rooms.get(m[1]);
    if (!room) return json(404, { error: "no such room" });
    return json(200, {
      id: room.id,
      title: room.title,
      chat: room.lines.slice(-10),
      emotes: room.emotes.slice(-10),
    });
  }

  m = /^\/players\/([\w-]+)\/limits$/.exec(pathname);
  if (m && req.method === "GET") return json(200, limiter.status(m[1]));

  if (pathname === "/anticheat/flagged") return json(200, limiter.flagged());
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req, info) => {
  try {
    return await route(req, info);
  } catch (err) {
    if (err instanceof LobbyError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
