import { Scheduler } from "./scheduler.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;
const scheduler = new Scheduler();

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function route(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return json(200, { ok: true });
  if (pathname === "/tournaments" && req.method === "GET") {
    return json(200, {
      upcoming: [...scheduler.scheduled.values()].map(({ id, name, startsAt }) => ({
        id,
        name,
        startsAt,
      })),
      recent: scheduler.archive.map(({ id, state, champion }) => ({ id, state, champion })),
    });
  }
  if (pathname === "/tournaments" && req.method === "POST") {
    const { id, name, players, startsInMs } = await req.json();
    if (!id || !Array.isArray(players) || players.length < 2) {
      return json(400, { error: "id and at least two players required" });
    }
    if (scheduler.find(id)) return json(409, { error: "tournament exists" });
    const entrants = players.map((p: { name: string; rating?: number }, i: number) => ({
      name: String(p.name),
      seed: i + 1,
      rating: Number(p.rating ?? 1500),
    }));
    const t = scheduler.schedule(id, String(name ?? id), entrants, Number(startsInMs ?? 60_000));
    return json(201, { id: t.id, startsAt: new Date(t.startsAt).toISOString() });
  }
  const m = /^\/tournaments\/([\w-]+)(\/cancel)?$/.exec(pathname);
  if (m && m[2] && req.method === "POST") return json(200, { cancelled: scheduler.cancel(m[1]) });
  if (m && req.method === "GET") {
    const t = scheduler.find(m[1]);
    if (!t) return json(404, { error: "no such tournament" });
    const { timer: _timer, ...view } = t;
    return json(200, view);
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, (req) =>
  route(req).catch((err) => {
    if (err instanceof SyntaxError) return json(400, { error: "invalid JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }));
