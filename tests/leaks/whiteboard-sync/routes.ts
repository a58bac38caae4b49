import { findBoard, revisionsSince, type ShapePatch, undoLast, updateShape } from "./boards.ts";
import { HttpError, json, readJson } from "./http.ts";

const SHAPE_ROUTE = new URLPattern({ pathname: "/workspaces/:ws/boards/:board/shapes/:shape" });
const BOARD_ROUTE = new URLPattern({ pathname: "/workspaces/:ws/boards/:board" });
const HISTORY_ROUTE = new URLPattern({ pathname: "/workspaces/:ws/boards/:board/history" });
const UNDO_ROUTE = new URLPattern({ pathname: "/workspaces/:ws/boards/:board/undo" });

function author(req: Request): string {
  const user = req.headers.get("x-user");
  if (!user) throw new HttpError(401, "missing x-user");
  return user;
}

function boardOr404(ws: string | undefined, id: string | undefined) {
  const board = findBoard(ws ?? "", id ?? "");
  if (!board) throw new HttpError(404, "no such board");
  return board;
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  let m = SHAPE_ROUTE.exec(url);
  if (m && req.method === "PATCH") {
    const { ws, board: boardId, shape } = m.pathname.groups;
    const board = boardOr404(ws, boardId);
    const patch = await readJson<ShapePatch>(req);
    const revision = updateShape(board, shape ?? "", patch, author(req));
    if (!revision) throw new HttpError(404, "no such shape");
    return json({ version: revision.version, shape: revision.after });
  }

  m = UNDO_ROUTE.exec(url);
  if (m && req.method === "POST") {
    const board = boardOr404(m.pathname.groups.ws, m.pathname.groups.board);
    const revision = undoLast(board, author(req));
    if (!revision) return json({ undone: false }, 409);
    return json({ undone: true, version: revision.version });
  }

  m = HISTORY_ROUTE.exec(url);
  if (m && req.method === "GET") {
    const board = boardOr404(m.pathname.groups.ws, m.pathname.groups.board);
    const since = Number(url.searchParams.get("since") ?? 0);
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 20), 100);
    return json({ version: board.version, revisions: revisionsSince(board, since, limit) });
  }

  m = BOARD_ROUTE.exec(url);
  if (m && req.method === "GET") {
    const board = boardOr404(m.pathname.groups.ws, m.pathname.groups.board);
    return json(
      {
        id: board.id,
        title: board.title,
        version: board.version,
        shapes: [...board.shapes.values()],
      },
      200,
      { etag: `W/"${board.version}"` },
    );
  }

  throw new HttpError(404, "not found");
}

export async function router(req: Request): Promise<Response> {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof HttpError) return json({ error: err.message }, err.status);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
}
