import { activeMembers, join, moveCursor, rooms } from "./presence.ts";
import { startSweeper, sweepStats } from "./sweeper.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function route(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return json(200, { ok: true });
  if (pathname === "/stats") return json(200, sweepStats);

  const m = /^\/rooms\/([\w-]+)(?:\/members(?:\/([\w.@-]+)\/cursor)?)?$/.exec(pathname);
  if (!m) return json(404, { error: "not found" });
  const room = rooms.get(m[1]);
  if (!room) return json(404, { error: `no room ${m[1]}` });

  if (pathname.endsWith("/members") && req.method === "POST") {
    const member = join(room, await req.json(), req.headers.get("user-agent") ?? "unknown");
    return json(201, { user: member.user, color: member.color, revision: room.revision });
  }
  if (m[2] && req.method === "PATCH") {
    const member = room.members.get(m[2]);
    if (!member) return json(404, { error: "join the room first" });
    moveCursor(member, await req.json());
    return json(200, { ok: true });
  }
  if (!pathname.includes("/members") && req.method === "GET") {
    return json(200, {
      id: room.id,
      title: room.title,
      revision: room.revision,
      members: activeMembers(room),
    });
  }
  return json(405, { error: "method not allowed" });
}

startSweeper();

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof RangeError) return json(400, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "invalid JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
