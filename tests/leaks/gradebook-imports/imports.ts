import { GRADES, roster } from "./roster.ts";

export class ImportError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface StagedRow {
  key: string;
  importId: string;
  line: number;
  raw: string;
  pupil: string;
  assessment: string;
  grade: string;
  comment: string;
  teacher: string;
  errors: string[];
}

export interface ImportSummary {
  id: string;
  className: string;
  teacher: string;
  accepted: number;
  rejected: { line: number; pupil: string; errors: string[] }[];
  finishedAt: string;
}

/** Rows of imports in progress, shown on the progress page while a big file goes through. */
const staged = new Map<string, StagedRow>();
/** Committed grades: class → "pupil|assessment" → grade. */
const gradebook = new Map<string, Map<string, { grade: string; comment: string; by: string }>>();
const recent: ImportSummary[] = [];
const CHUNK = 50;

function parseCsv(text: string): string[][] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== "").map((l) =>
    l.split(",").map((c) => c.trim().replace(/^"(.*)"$/, "$1"))
  );
}

function validate(row: StagedRow, pupils: Set<string>) {
  if (!pupils.has(row.pupil)) row.errors.push(`${row.pupil} is not on the class list`);
  if (!GRADES.has(row.grade)) row.errors.push(`"${row.grade}" is not a grade`);
  if (!row.assessment) row.errors.push("no assessment");
  if (row.comment.length > 240) row.errors.push("comment longer than 240 characters");
}

async function commit(className: string, rows: StagedRow[]) {
  const pupils = roster.get(className)!;
  const accepted: StagedRow[] = [];
  const rejected: StagedRow[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    for (const row of rows.slice(i, i + CHUNK)) {
      validate(row, pupils);
      (row.errors.length ? rejected : accepted).push(row);
    }
    // let the server breathe between chunks of a big file
    await new Promise((r) => setTimeout(r, 0));
  }
  let book = gradebook.get(className);
  if (!book) gradebook.set(className, book = new Map());
  for (const row of accepted) {
    book.set(`${row.pupil}|${row.assessment}`, {
      grade: row.grade,
      comment: row.comment,
      by: row.teacher,
    });
  }
  return { accepted, rejected };
}

export async function importGrades(id: string, className: string, teacher: string, csv: string) {
  if (!roster.has(className)) throw new ImportError(404, `no class ${className}`);
  if (recent.some((s) => s.id === id)) throw new ImportError(409, `import ${id} already ran`);
  const lines = parseCsv(csv);
  const header = lines.shift()?.map((h) => h.toLowerCase()) ?? [];
  const col = (name: string) => header.indexOf(name);
  if (col("pupil") < 0 || col("grade") < 0) {
    throw new ImportError(400, "the file needs pupil and grade columns");
  }
  const rows: StagedRow[] = [];
  lines.forEach((cells, n) => {
    const row: StagedRow = {
      key: `${id}:${n + 2}`,
      importId: id,
      line: n + 2,
      raw: cells.join(","),
      pupil: cells[col("pupil")] ?? "",
      assessment: cells[col("assessment")] ?? "",
      grade: (cells[col("grade")] ?? "").toUpperCase(),
      comment: cells[col("comment")] ?? "",
      teacher,
      errors: [],
    };
    staged.set(row.key, row);
    rows.push(row);
  });

  const { accepted, rejected } = await commit(className, rows);
  for (const row of accepted) staged.delete(row.key);

  const summary: ImportSummary = {
    id,
    className,
    teacher,
    accepted: accepted.length,
    rejected: rejected.map((r) => ({ line: r.line, pupil: r.pupil, errors: r.errors })),
    finishedAt: new Date().toISOString(),
  };
  recent.unshift(summary);
  if (recent.length > 20) recent.length = 20;
  return summary;
}

export function progress(id: string) {
  const rows = [...staged.values()].filter((r) => r.importId === id);
  const done = recent.find((s) => s.id === id);
  return { id, inProgress: !done, stagedRows: rows.length, summary: done ?? null };
}

export function classGrades(className: string) {
  const book = gradebook.get(className);
  if (!book) return null;
  return [...book.entries()].map(([k, v]) => {
    const [pupil, assessment] = k.split("|");
    return { pupil, assessment, grade: v.grade };
  });
}
