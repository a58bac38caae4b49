import { RaceBoard, RaceError, type Rider } from "./races.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const board = new RaceBoard();

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readBody<T>(req: Request): Promise<T> {
  try {
    return await req.json() as T;
  } catch {
    throw new RaceError(400, "body is not JSON");
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/results") {
    return json(board.results(Number(url.searchParams.get("limit") ?? 5)));
  }
  if (parts[0] !== "races") throw new RaceError(404, "not found");
  if (parts.length === 1) {
    if (req.method === "GET") return json(board.onTrack());
    if (req.method === "POST") {
      const body = await readBody<{ id?: string; event?: string; riders?: Rider[] }>(req);
      if (!body.id || !Array.isArray(body.riders) || body.riders.length < 2) {
        throw new RaceError(400, "id and at least two riders are required");
      }
      board.create(body.id, body.event ?? "Race", body.riders);
      return json({ id: body.id }, 201);
    }
  }
  const id = parts[1];
  switch (`${req.method} ${parts[2]}`) {
    case "POST laps": {
      const body = await readBody<{ laps?: { bib: number; lapMs: number }[] }>(req);
      return json({ added: board.addLaps(id, body.laps ?? []).length }, 201);
    }
    case "GET live": {
      const stream = board.stream(id, url.searchParams.has("catchup"));
      return new Response(stream, {
        headers: { "content-type": "text/event-stream", "cache-control": "no-store" },
      });
    }
    case "GET next": {
      const after = Number(url.searchParams.get("after") ?? 0);
      const wait = Number(url.searchParams.get("wait") ?? 100);
      return json({ laps: await board.next(id, after, wait) });
    }
    case "POST finish":
      return json(board.finish(id));
  }
  throw new RaceError(404, "not found");
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`velodrome live timing on :${port}`),
}, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof RaceError) return json({ error: err.message }, err.status);
    return json({ error: String(err) }, 500);
  }
});
