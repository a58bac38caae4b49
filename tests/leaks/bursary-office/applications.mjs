/**
 * Bursary applications, imported as CSV from the student portal's export (one row per
 * applicant; a re-import updates the applicant's row).
 */

export class OfficeError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const COLUMNS = ["student_id", "name", "household_income", "course", "year"];
const applications = new Map();
const imports = [];

function* lines(text) {
  let n = 0;
  for (const raw of text.split(/\r?\n/)) {
    n++;
    if (raw.trim()) yield { n, cells: raw.split(",").map((c) => c.trim()) };
  }
}

function band(income) {
  if (income < 25_000) return { band: "A", awardMinor: 150_000 };
  if (income < 35_000) return { band: "B", awardMinor: 90_000 };
  if (income < 42_875) return { band: "C", awardMinor: 50_000 };
  return { band: "none", awardMinor: 0 };
}

export function importCsv(filename, text) {
  const rows = lines(text);
  try {
    const header = rows.next();
    if (header.done) throw new OfficeError(422, "empty file");
    const names = header.value.cells.map((c) => c.toLowerCase());
    const missing = COLUMNS.filter((c) => !names.includes(c));
    if (missing.length) throw new OfficeError(422, `missing column(s): ${missing.join(", ")}`);
    const at = Object.fromEntries(COLUMNS.map((c) => [c, names.indexOf(c)]));
    let imported = 0;
    for (const { cells } of rows) {
      const income = Number(cells[at.household_income]);
      if (!Number.isFinite(income)) continue;
      const id = cells[at.student_id];
      applications.set(id, {
        id,
        name: cells[at.name],
        course: cells[at.course],
        year: Number(cells[at.year]),
        income,
        ...band(income),
      });
      imported++;
    }
    imports.unshift({ filename, imported, at: new Date().toISOString() });
    if (imports.length > 20) imports.length = 20;
    return { filename, imported };
  } finally {
    rows.return();
  }
}

export function allApplications() {
  return [...applications.values()];
}

export function recentImports() {
  return imports.slice(0, 5);
}
