import { HttpError, join, leave, moveCursor, poll, present, stats } from "./presence.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });

async function body(req: Request) {
  try {
    return await req.json();
  } catch {
    throw new HttpError(400, "bad JSON");
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, stats());

  // POST /decks/:deck/sessions — an editor opens the deck
  if (parts[0] === "decks" && parts[2] === "sessions" && req.method === "POST") {
    const { editor, session } = await body(req);
    const s = join(parts[1], editor, session);
    return json(201, { session: s.id, color: s.color });
  }
  if (parts[0] === "decks" && parts[2] === "presence") return json(200, present(parts[1]));
  // PATCH /sessions/:id/cursor
  if (parts[0] === "sessions" && parts[2] === "cursor" && req.method === "PATCH") {
    const { slide, x, y } = await body(req);
    return json(200, moveCursor(parts[1], Number(slide), Number(x), Number(y)));
  }
  if (parts[0] === "sessions" && parts[2] === "leave" && req.method === "POST") {
    return json(200, leave(parts[1]));
  }
  if (parts[0] === "sessions" && parts[2] === "events") return json(200, poll(parts[1]));
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof HttpError) return json(err.status, { error: err.message });
    return json(500, { error: String(err) });
  }
});
