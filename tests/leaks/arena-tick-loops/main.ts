import { Arena } from "./arena.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const arena = new Arena();

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });

async function route(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return json(200, { ok: true });
  if (pathname === "/arena/results") return json(200, arena.results.slice(0, 10));
  if (pathname === "/arena/matches" && req.method === "POST") {
    const { id, mode, players } = await req.json();
    if (!id || !Array.isArray(players) || players.length < 2) {
      return json(400, { error: "id and two or more players required" });
    }
    if (arena.matches.has(id)) return json(409, { error: "match exists" });
    const match = arena.open(String(id), String(mode ?? "duel"), players.map(String));
    return json(201, { id: match.id, players: [...match.bodies.keys()] });
  }
  const m = /^\/arena\/matches\/([\w-]+)(?:\/(inputs|finish|abandon))?$/.exec(pathname);
  if (!m) return json(404, { error: "not found" });
  const [, id, action] = m;
  if (!action && req.method === "GET") {
    const match = arena.matches.get(id);
    if (!match) return json(404, { error: "no such match" });
    return json(200, { id, tick: match.tick, bodies: [...match.bodies.values()] });
  }
  if (action === "inputs" && req.method === "POST") {
    const { inputs } = await req.json();
    let accepted = 0;
    for (const input of inputs ?? []) if (arena.input(id, input)) accepted++;
    return json(200, { accepted });
  }
  if (action === "finish" && req.method === "POST") {
    const { winner } = await req.json();
    const result = arena.finish(id, String(winner));
    return result ? json(200, result) : json(404, { error: "no live match" });
  }
  if (action === "abandon" && req.method === "POST") {
    arena.abandon(id);
    return json(200, { id, state: "abandoned" });
  }
  return json(405, { error: "method not allowed" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof SyntaxError) return json(400, { error: "invalid JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
