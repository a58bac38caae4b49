import {
  decks,
  EditError,
  editShape,
  getDeck,
  redo,
  type ShapePatch,
  slideView,
  undo,
} from "./deck.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8420;

// Recent activity for the deck sidebar ("Ines changed the title on slide 2").
const activity: { deck: string; author: string; action: string; at: number }[] = [];
const ACTIVITY_KEPT = 40;

function note(deck: string, author: string, action: string) {
  activity.push({ deck, author, action, at: Date.now() });
  if (activity.length > ACTIVITY_KEPT) activity.splice(0, activity.length - ACTIVITY_KEPT);
}

async function readBody(req: Request): Promise<Record<string, unknown>> {
  try {
    const body = await req.json();
    return body && typeof body === "object" ? body : {};
  } catch {
    throw new EditError(400, "body must be JSON");
  }
}

function authorOf(body: Record<string, unknown>): string {
  const author = body.author;
  if (typeof author !== "string" || !/^[\w.-]{2,40}$/.test(author)) {
    throw new EditError(400, "author is required");
  }
  return author;
}

async function handle(req: Request, url: URL): Promise<Response> {
  const shapeRoute = /^\/decks\/([\w-]+)\/slides\/(\w+)\/shapes\/(\w+)$/.exec(url.pathname);
  if (shapeRoute && req.method === "PATCH") {
    const [, deckId, slideId, shapeId] = shapeRoute;
    const deck = getDeck(deckId);
    const body = await readBody(req);
    const author = authorOf(body);
    const shape = editShape(deck, author, slideId, shapeId, body as ShapePatch);
    note(deck.id, author, `edited ${shapeId} on ${slideId}`);
    return Response.json({ revision: deck.revision, shape });
  }

  const stepRoute = /^\/decks\/([\w-]+)\/(undo|redo)$/.exec(url.pathname);
  if (stepRoute && req.method === "POST") {
    const [, deckId, action] = stepRoute;
    const deck = getDeck(deckId);
    const author = authorOf(await readBody(req));
    const entry = action === "undo" ? undo(deck) : redo(deck);
    if (!entry) return Response.json({ error: `nothing to ${action}` }, { status: 409 });
    note(deck.id, author, `${action} of ${entry.shapeId} on ${entry.slideId}`);
    return Response.json({ revision: deck.revision, seq: entry.seq, ...deck.history.summary() });
  }

  const slideRoute = /^\/decks\/([\w-]+)\/slides\/(\w+)$/.exec(url.pathname);
  if (slideRoute && req.method === "GET") {
    return Response.json(slideView(getDeck(slideRoute[1]), slideRoute[2]));
  }

  const deckRoute = /^\/decks\/([\w-]+)$/.exec(url.pathname);
  if (deckRoute && req.method === "GET") {
    const deck = getDeck(deckRoute[1]);
    return Response.json({
      id: deck.id,
      name: deck.name,
      owner: deck.owner,
      revision: deck.revision,
      slides: [...deck.slides.values()].map((s) => ({ id: s.id, title: s.title })),
      history: deck.history.summary(),
      activity: activity.filter((a) => a.deck === deck.id).slice(-10),
    });
  }

  if (url.pathname === "/decks" && req.method === "GET") {
    return Response.json(
      [...decks.values()].map((d) => ({ id: d.id, name: d.name, revision: d.revision })),
    );
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`deck-editor on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof EditError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
