import { Board } from "./board.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8812;

const boards = new Map<string, Board>();

function boardFor(id: string, create: boolean): Board | undefined {
  let board = boards.get(id);
  if (!board && create) {
    board = new Board(id);
    boards.set(id, board);
  }
  return board;
}

interface PresenceBody {
  clientId?: string;
  name?: string;
  x?: number;
  y?: number;
  field?: string;
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`whiteboard-cursors on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const match = /^\/boards\/([\w-]+)\/(join|cursor|typing|leave|presence)$/.exec(url.pathname);
  if (!match) return Response.json({ error: "not found" }, { status: 404 });
  const [, boardId, action] = match;

  if (action === "presence") {
    const board = boardFor(boardId, false);
    return Response.json(board ? board.snapshot() : { board: boardId, participants: [] });
  }
  const body = await req.json() as PresenceBody;
  if (!body.clientId) return Response.json({ error: "clientId required" }, { status: 422 });
  const board = boardFor(boardId, action === "join");
  if (!board) return Response.json({ error: "join first" }, { status: 409 });

  switch (action) {
    case "join": {
      const p = board.join(body.clientId, body.name ?? "Guest");
      return Response.json({ color: p.color, ...board.snapshot() }, { status: 201 });
    }
    case "cursor":
      return Response.json({ ok: board.moveCursor(body.clientId, body.x ?? 0, body.y ?? 0) });
    case "typing":
      return Response.json({ ok: board.typing(body.clientId, body.field ?? "") });
    case "leave": {
      const left = board.leave(body.clientId);
      if (board.participants.size === 0) boards.delete(boardId);
      return Response.json({ left });
    }
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
