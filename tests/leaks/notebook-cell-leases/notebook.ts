export interface CellEdit {
  by: string;
  at: number;
  chars: number;
}

export interface Cell {
  id: string;
  kind: "code" | "markdown";
  source: string;
  edits: CellEdit[];
  executionCount: number;
}

export interface Notebook {
  id: string;
  title: string;
  cells: Map<string, Cell>;
  version: number;
}

export class NotebookError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Edits kept per cell for the "who changed this" gutter. */
const EDITS_KEPT = 30;

function cell(id: string, kind: Cell["kind"], source: string): [string, Cell] {
  return [id, { id, kind, source, edits: [], executionCount: 0 }];
}

export const notebooks = new Map<string, Notebook>([
  ["nb-7", {
    id: "nb-7",
    title: "Churn model — feature exploration",
    version: 1,
    cells: new Map([
      cell("c1", "markdown", "# Churn features\nWhich usage signals predict churn in 30 days?"),
      cell("c2", "code", "df = load_events('2024-09')\ndf.groupby('plan').size()"),
      cell("c3", "code", "features = build_features(df)\nfeatures.describe()"),
    ]),
  }],
]);

export function getNotebook(id: string): Notebook {
  const nb = notebooks.get(id);
  if (!nb) throw new NotebookError(404, `no notebook ${id}`);
  return nb;
}

export function getCell(nb: Notebook, id: string): Cell {
  const c = nb.cells.get(id);
  if (!c) throw new NotebookError(404, `no cell ${id}`);
  return c;
}

export function editCell(nb: Notebook, c: Cell, by: string, source: string) {
  c.source = source;
  c.edits.push({ by, at: Date.now(), chars: source.length });
  if (c.edits.length > EDITS_KEPT) c.edits.splice(0, c.edits.length - EDITS_KEPT);
  nb.version++;
}
