// The workbook store: the latest revision of each workbook as the editor saved it (cells as
// "A1" → raw input, a number or a formula). Older revisions live in the object store only.

const SHEETS = ["Q1", "Q2", "Q3", "Q4"];
const COST_CENTRES = [
  "Salaries",
  "Contractors",
  "Cloud hosting",
  "Licences",
  "Travel",
  "Training",
  "Office",
  "Marketing",
  "Recruitment",
  "Hardware",
];

function seedSheet(quarter, scale) {
  const cells = { A1: "Cost centre", B1: "Month 1", C1: "Month 2", D1: "Month 3", E1: "Total" };
  COST_CENTRES.forEach((name, i) => {
    const row = i + 2;
    cells[`A${row}`] = name;
    for (const [j, col] of ["B", "C", "D"].entries()) {
      cells[`${col}${row}`] = String(Math.round((1200 + 137 * i + 53 * j) * scale * (quarter + 1)));
    }
    cells[`E${row}`] = `=SUM(B${row}:D${row})`;
  });
  const last = COST_CENTRES.length + 1;
  cells[`A${last + 1}`] = "Total";
  for (const col of ["B", "C", "D", "E"]) {
    cells[`${col}${last + 1}`] = `=SUM(${col}2:${col}${last})`;
  }
  return cells;
}

const workbooks = new Map();

function seed(id, title, scale) {
  workbooks.set(id, {
    id,
    title,
    revision: 1,
    savedAt: new Date().toISOString(),
    sheets: Object.fromEntries(SHEETS.map((s, q) => [s, seedSheet(q, scale)])),
  });
}

seed("budget-2025", "Budget 2025 — Engineering", 1);
seed("headcount", "Headcount plan", 0.25);
seed("marketing-2025", "Budget 2025 — Marketing", 0.6);

export function latest(id) {
  return workbooks.get(id);
}

/** Saves edited cells as a new revision (the editor sends only what changed). */
export function saveCells(id, sheet, edits, author) {
  const current = workbooks.get(id);
  if (!current) return undefined;
  if (!current.sheets[sheet]) return null;
  const next = {
    ...current,
    revision: current.revision + 1,
    savedAt: new Date().toISOString(),
    savedBy: author,
    sheets: { ...current.sheets, [sheet]: { ...current.sheets[sheet], ...edits } },
  };
  workbooks.set(id, next);
  return next;
}
