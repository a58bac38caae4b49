import { boardFor, boardStats } from "./boards.ts";
import { adjust, adjustments, type Grade, GRADES, stations } from "./stations.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8812;

const json = (body: unknown, status = 200) => Response.json(body, { status });
const isGrade = (g: unknown): g is Grade => GRADES.includes(g as Grade);

async function handle(req: Request, url: URL): Promise<Response> {
  const board = /^\/boards\/([a-z-]+)$/.exec(url.pathname);
  if (board) {
    const station = stations.get(board[1]);
    if (!station) return json({ error: "no such station" }, 404);
    const b = boardFor(station);
    if (req.headers.get("if-none-match") === b.etag) return new Response(null, { status: 304 });
    return new Response(b.html, {
      headers: { "content-type": "text/html; charset=utf-8", etag: b.etag },
    });
  }
  const price = /^\/stations\/([a-z-]+)\/prices\/([a-z0-9]+)$/.exec(url.pathname);
  if (price && req.method === "POST") {
    const station = stations.get(price[1]);
    if (!station || !isGrade(price[2])) return json({ error: "no such station or grade" }, 404);
    const b = await req.json();
    const value = adjust(station, price[2], Number(b.by) || 0);
    return json({ station: station.id, grade: price[2], price: value });
  }
  if (url.pathname === "/status") {
    return json({ boards: boardStats, adjustments: adjustments.count, stations: stations.size });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`fuel-price-boards on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    const status = (err as { status?: number }).status ?? 400;
    return json({ error: String((err as Error).message ?? err) }, status);
  }
});
