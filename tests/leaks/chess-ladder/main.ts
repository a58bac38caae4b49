import { GameError, gamesOf, parseReport, recordGame } from "./games.ts";
import { ladder } from "./ladder.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8152;

const PLAYER = new URLPattern({ pathname: "/players/:name" });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  if (req.method === "POST" && url.pathname === "/games") {
    const body = await req.json().catch(() => null);
    if (!body || typeof body !== "object") throw new GameError(400, "expected a JSON object");
    const game = recordGame(parseReport(body));
    return Response.json(game, { status: 201 });
  }

  if (req.method === "GET" && url.pathname === "/ladder") {
    const limit = Math.min(50, Math.max(1, Number(url.searchParams.get("limit")) || 10));
    return Response.json({ players: ladder.size, top: ladder.top(limit) });
  }

  const m = PLAYER.exec(url);
  if (req.method === "GET" && m) {
    const name = m.pathname.groups.name!.toLowerCase();
    const row = ladder.get(name);
    if (!row) throw new GameError(404, `no player ${name}`);
    return Response.json({
      player: row.player,
      rating: Math.round(row.rating),
      rank: ladder.rankOf(name),
      games: row.games,
      streak: row.streak,
      recent: gamesOf(name),
    });
  }
  throw new GameError(404, "not found");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`chess ladder on 127.0.0.1:${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof GameError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
