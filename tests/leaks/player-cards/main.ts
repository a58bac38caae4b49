import { playerCard } from "./cards.ts";
import { players, recordResult } from "./players.ts";

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
  if (pathname === "/healthz") return json(200, { ok: true });

  if (pathname === "/results" && req.method === "POST") {
    const result = recordResult(await req.json());
    return result ? json(201, result) : json(404, { error: "unknown player" });
  }

  const m = /^\/players\/([\w-]+)\/card$/.exec(pathname);
  if (m && req.method === "GET") {
    const viewer = req.headers.get("x-player") ?? "anonymous";
    const card = playerCard(m[1], viewer);
    return card ? json(200, card) : json(404, { error: "no such player" });
  }

  if (pathname === "/leaderboard") {
    const top = [...players.values()]
      .sort((a, b) => b.rating - a.rating)
      .map((p, i) => ({ rank: i + 1, id: p.id, name: p.name, rating: p.rating }));
    return json(200, top);
  }
  return json(404, { error: "not found" });
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
