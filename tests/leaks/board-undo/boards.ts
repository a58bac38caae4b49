import { applyPatches, enablePatches, type Patch, produceWithPatches } from "immer";

enablePatches();

export const COLUMNS = ["todo", "doing", "review", "done"] as const;
export type Column = typeof COLUMNS[number];

export interface Card {
  id: string;
  title: string;
  column: Column;
  assignee: string | null;
  note: string;
  updatedBy: string;
  updatedAt: number;
}

export interface Board {
  id: string;
  name: string;
  cards: Record<string, Card>;
  version: number;
}

/** One undoable edit: the patches that made it and the ones that take it back. */
interface Change {
  patches: Patch[];
  inverse: Patch[];
  actor: string;
  at: number;
}

interface BoardDoc {
  state: Board;
  undoStack: Change[];
  redoStack: Change[];
}

export type CardEdit = Partial<Pick<Card, "title" | "column" | "assignee" | "note">>;

export const boards = new Map<string, BoardDoc>();

function seed(id: string, name: string, titles: string[]) {
  const cards: Record<string, Card> = {};
  titles.forEach((title, n) => {
    const cardId = `c${n + 1}`;
    cards[cardId] = {
      id: cardId,
      title,
      column: COLUMNS[n % COLUMNS.length],
      assignee: null,
      note: "",
      updatedBy: "seed",
      updatedAt: Date.now(),
    };
  });
  boards.set(id, { state: { id, name, cards, version: 1 }, undoStack: [], redoStack: [] });
}

seed("roadmap", "Product roadmap", [
  "Offline mode for the field app",
  "SSO with the customer's IdP",
  "Bulk import from spreadsheets",
  "Audit log export",
  "Dark mode",
]);
seed("hiring", "Hiring pipeline", ["Backend engineer", "Designer", "Support lead"]);

export function editCard(boardId: string, cardId: string, edit: CardEdit, actor: string) {
  const doc = boards.get(boardId);
  if (!doc) return { error: "no such board" } as const;
  if (!doc.state.cards[cardId]) return { error: "no such card" } as const;
  if (edit.column !== undefined && !COLUMNS.includes(edit.column)) {
    return { error: "unknown column" } as const;
  }
  const [next, patches, inverse] = produceWithPatches(doc.state, (draft) => {
    const card = draft.cards[cardId];
    Object.assign(card, edit);
    card.updatedBy = actor;
    card.updatedAt = Date.now();
    draft.version++;
  });
  doc.state = next;
  doc.undoStack.push({ patches, inverse, actor, at: Date.now() });
  doc.redoStack.length = 0;
  return { board: next } as const;
}

export function undo(boardId: string) {
  const doc = boards.get(boardId);
  const change = doc?.undoStack.pop();
  if (!doc || !change) return undefined;
  doc.state = applyPatches(doc.state, change.inverse);
  doc.redoStack.push(change);
  return doc.state;
}

export function redo(boardId: string) {
  const doc = boards.get(boardId);
  const change = doc?.redoStack.pop();
  if (!doc || !change) return undefined;
  doc.state = applyPatches(doc.state, change.patches);
  doc.undoStack.push(change);
  return doc.state;
}
