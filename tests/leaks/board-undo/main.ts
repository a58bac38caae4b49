import { Hono } from "hono";
import { boards, type CardEdit, editCard, redo, undo } from "./boards.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const app = new Hono();

app.get("/healthz", (c) => c.text("ok"));

app.get("/boards/:id", (c) => {
  const doc = boards.get(c.req.param("id"));
  if (!doc) return c.json({ error: "no such board" }, 404);
  const byColumn: Record<string, unknown[]> = {};
  for (const card of Object.values(doc.state.cards)) {
    (byColumn[card.column] ??= []).push({
      id: card.id,
      title: card.title,
      assignee: card.assignee,
    });
  }
  return c.json({
    id: doc.state.id,
    name: doc.state.name,
    version: doc.state.version,
    columns: byColumn,
    canUndo: doc.undoStack.length > 0,
    canRedo: doc.redoStack.length > 0,
  });
});

app.patch("/boards/:id/cards/:card", async (c) => {
  const body = await c.req.json().catch(() => null);
  if (!body || typeof body !== "object") return c.json({ error: "JSON body required" }, 400);
  const actor = c.req.header("x-user") ?? "anonymous";
  const edit: CardEdit = {};
  if (typeof body.title === "string") edit.title = body.title.slice(0, 120);
  if (typeof body.column === "string") edit.column = body.column;
  if (typeof body.assignee === "string" || body.assignee === null) edit.assignee = body.assignee;
  if (typeof body.note === "string") edit.note = body.note.slice(0, 500);
  const result = editCard(c.req.param("id"), c.req.param("card"), edit, actor);
  if ("error" in result) return c.json({ error: result.error }, 404);
  const card = result.board.cards[c.req.param("card")];
  return c.json({ card, version: result.board.version });
});

app.post("/boards/:id/undo", (c) => {
  const state = undo(c.req.param("id"));
  return state ? c.json({ version: state.version }) : c.json({ error: "nothing to undo" }, 409);
});

app.post("/boards/:id/redo", (c) => {
  const state = redo(c.req.param("id"));
  return state ? c.json({ version: state.version }) : c.json({ error: "nothing to redo" }, 409);
});

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`boards on :${port}`) },
  app.fetch,
);
