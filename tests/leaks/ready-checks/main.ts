import { isDraining } from "./lifecycle.ts";
import { createMatch, lookup, MatchError, respond, stats } from "./matches.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function route(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return json(200, { ok: true, draining: isDraining() });
  if (pathname === "/stats") return json(200, stats());

  if (pathname === "/matches" && req.method === "POST") {
    if (isDraining()) return json(503, { error: "draining" });
    const match = createMatch(await req.json());
    return json(201, {
      id: match.id,
      map: match.map,
      players: match.players.map((p) => p.id),
    });
  }

  let m = /^\/matches\/([\w-]+)\/(accept|decline)$/.exec(pathname);
  if (m && req.method === "POST") {
    const { player } = await req.json();
    return json(200, respond(m[1], String(player), m[2] === "accept"));
  }

  m = /^\/matches\/([\w-]+)$/.exec(pathname);
  if (m && req.method === "GET") {
    const found = lookup(m[1]);
    return found ? json(200, found) : json(404, { error: "no such match" });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof MatchError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "invalid JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
