/**
 * In-memory board state for the collaborative whiteboard. Every board keeps its shapes and a
 * short revision history so clients that reconnect can catch up (`GET …/history?since=`) and
 * so "undo" can put a shape back the way it was.
 */

export type ShapeKind = "sticky" | "rect" | "arrow" | "text";

export interface Shape {
  id: string;
  kind: ShapeKind;
  x: number;
  y: number;
  w: number;
  h: number;
  text?: string;
  color: string;
  z: number;
}

export interface ShapePatch {
  x?: number;
  y?: number;
  w?: number;
  h?: number;
  text?: string;
  color?: string;
}

export interface Revision {
  version: number;
  at: string;
  author: string;
  shapeId: string;
  op: "update" | "undo";
  before: Shape;
  after: Shape;
}

/** How many revisions a board keeps for catch-up and undo. */
export const MAX_REVISIONS = 50;

export class Board {
  version = 0;
  readonly shapes = new Map<string, Shape>();
  revisions: Revision[] = [];
  readonly cursors = new Map<string, { x: number; y: number; at: number }>();

  constructor(readonly id: string, public title: string) {}
}

export interface Workspace {
  id: string;
  name: string;
  members: string[];
  boards: Map<string, Board>;
}

export const workspaces = new Map<string, Workspace>();

export function seedWorkspaces() {
  const acme: Workspace = {
    id: "acme",
    name: "Acme Product",
    members: ["lena@acme.test", "omar@acme.test", "yuki@acme.test"],
    boards: new Map(),
  };
  const roadmap = new Board("roadmap", "Q3 roadmap");
  const colors = ["#ffd166", "#06d6a0", "#118ab2", "#ef476f"];
  for (let n = 1; n <= 12; n++) {
    roadmap.shapes.set(`s-${n}`, {
      id: `s-${n}`,
      kind: n % 3 === 0 ? "rect" : "sticky",
      x: 40 + (n % 4) * 220,
      y: 40 + Math.floor(n / 4) * 180,
      w: 200,
      h: 160,
      text: `Epic ${n}`,
      color: colors[n % colors.length],
      z: n,
    });
  }
  acme.boards.set(roadmap.id, roadmap);
  acme.boards.set("retro", new Board("retro", "Sprint retro"));
  workspaces.set(acme.id, acme);
}

export function findBoard(workspaceId: string, boardId: string): Board | undefined {
  return workspaces.get(workspaceId)?.boards.get(boardId);
}

function recordRevision(board: Board, entry: Omit<Revision, "version" | "at">): Revision {
  let { revisions } = board;
  const revision: Revision = { ...entry, version: ++board.version, at: new Date().toISOString() };
  revisions.push(revision);
  if (revisions.length > MAX_REVISIONS) {
    revisions = revisions.slice(-MAX_REVISIONS);
  }
  return revision;
}

export function updateShape(board: Board, shapeId: string, patch: ShapePatch, author: string) {
  const current = board.shapes.get(shapeId);
  if (!current) return undefined;
  const before = structuredClone(current);
  const after: Shape = { ...current, ...patch };
  board.shapes.set(shapeId, after);
  return recordRevision(board, { author, shapeId, op: "update", before, after });
}

export function undoLast(board: Board, author: string) {
  const last = board.revisions.findLast((r) => r.author === author && r.op === "update");
  if (!last) return undefined;
  const current = board.shapes.get(last.shapeId);
  if (!current) return undefined;
  board.shapes.set(last.shapeId, structuredClone(last.before));
  return recordRevision(board, {
    author,
    shapeId: last.shapeId,
    op: "undo",
    before: structuredClone(current),
    after: structuredClone(last.before),
  });
}

export function revisionsSince(board: Board, since: number, limit: number): Revision[] {
  return board.revisions.filter((r) => r.version > since).slice(0, limit);
}
