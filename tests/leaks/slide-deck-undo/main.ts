import { DeckError, editSlide, getDeck, redo, undo } from "./deck.ts";

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

  const m = /^\/decks\/([\w-]+)(?:\/(slides\/([\w-]+)|undo|redo|history(?:\/([\w-]+))?))?$/
    .exec(pathname);
  if (!m) return json(404, { error: "not found" });
  const deck = getDeck(m[1]);

  if (!m[2] && req.method === "GET") {
    return json(200, {
      id: deck.id,
      name: deck.name,
      version: deck.version,
      slides: [...deck.slides.values()],
    });
  }
  if (m[3] && req.method === "PATCH") {
    const entry = editSlide(deck, m[3], await req.json());
    return json(200, { entry: entry.id, version: deck.version });
  }
  if ((m[2] === "undo" || m[2] === "redo") && req.method === "POST") {
    const entry = m[2] === "undo" ? undo(deck) : redo(deck);
    return json(200, {
      entry: entry?.id ?? null,
      version: deck.version,
      canRedo: deck.history.canRedo,
    });
  }
  if (m[2]?.startsWith("history") && req.method === "GET") {
    if (m[4]) {
      const entry = deck.history.entry(m[4]);
      return entry ? json(200, entry) : json(404, { error: `no history entry ${m[4]}` });
    }
    return json(200, { version: deck.version, recent: deck.history.recent(10) });
  }
  return json(405, { error: "method not allowed" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof DeckError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "invalid JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
