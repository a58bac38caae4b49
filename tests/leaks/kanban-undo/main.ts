import { snapshot } from "valtio/vanilla";
import { board, type ColumnId, editCard, moveCard } from "./board.ts";
import { history, redo, undo } from "./history.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (req.method === "GET" && url.pathname === "/board") return json(snapshot(board));
  if (req.method === "GET" && url.pathname === "/history") {
    return json({ undo: history.past.length - 1, redo: history.future.length });
  }
  if (req.method === "POST" && url.pathname === "/undo") return json({ undone: undo() });
  if (req.method === "POST" && url.pathname === "/redo") return json({ redone: redo() });

  const move = /^\/cards\/([\w-]+)\/move$/.exec(url.pathname);
  if (req.method === "POST" && move) {
    const { to, position } = await req.json() as { to: ColumnId; position?: number };
    const card = moveCard(move[1], to, position);
    return card ? json({ ...card, column: to }) : json({ error: "no such card or column" }, 404);
  }
  const edit = /^\/cards\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "PATCH" && edit) {
    const card = editCard(edit[1], await req.json());
    return card ? json(card) : json({ error: "no such card" }, 404);
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`kanban-undo on http://127.0.0.1:${port}`),
}, (req) => handle(req).catch((error) => json({ error: String(error) }, 400)));
