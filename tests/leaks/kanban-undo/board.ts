import { proxy } from "valtio/vanilla";

export type ColumnId = "todo" | "doing" | "done";

export interface Card {
  id: string;
  title: string;
  assignee: string | null;
  labels: string[];
  updatedAt: string;
}

export interface Board {
  name: string;
  columns: Record<ColumnId, Card[]>;
  revision: number;
}

const seed: Card[] = [
  "Rotate TLS certificates",
  "Upgrade Postgres to 17",
  "Move cron jobs to the scheduler",
  "Alert on queue depth",
  "Document the on-call runbook",
  "Remove the legacy billing endpoint",
  "Cache warm-up after deploys",
  "Split the monolith's auth module",
  "Load test the search API",
  "Rename the staging cluster",
].map((title, n) => ({
  id: `C-${n + 1}`,
  title,
  assignee: n % 3 === 0 ? "noor" : null,
  labels: n % 2 === 0 ? ["ops"] : ["backend"],
  updatedAt: new Date(0).toISOString(),
}));

/** The team's board: one valtio proxy the API mutates and snapshots. */
export const board = proxy<Board>({
  name: "Platform team",
  columns: { todo: seed, doing: [], done: [] },
  revision: 0,
});

export const COLUMNS: ColumnId[] = ["todo", "doing", "done"];

function locate(id: string): { column: ColumnId; index: number } | undefined {
  for (const column of COLUMNS) {
    const index = board.columns[column].findIndex((c) => c.id === id);
    if (index >= 0) return { column, index };
  }
  return undefined;
}

export function moveCard(id: string, to: ColumnId, position?: number): Card | undefined {
  const at = locate(id);
  if (!at || !COLUMNS.includes(to)) return undefined;
  const [card] = board.columns[at.column].splice(at.index, 1);
  const target = board.columns[to];
  const index = position === undefined ? target.length : Math.min(position, target.length);
  target.splice(index, 0, card);
  card.updatedAt = new Date().toISOString();
  board.revision++;
  return card;
}

export function editCard(id: string, patch: Partial<Pick<Card, "title" | "assignee">>) {
  const at = locate(id);
  if (!at) return undefined;
  const card = board.columns[at.column][at.index];
  if (typeof patch.title === "string") card.title = patch.title.slice(0, 200);
  if (patch.assignee !== undefined) card.assignee = patch.assignee;
  card.updatedAt = new Date().toISOString();
  board.revision++;
  return card;
}
