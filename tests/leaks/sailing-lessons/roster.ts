type Row = Record<string, unknown>;
type Rule = (value: unknown, line: number, row: Row) => string | undefined;

const blank = (v: unknown) => v === undefined || v === null || v === "";

const required: Rule = (v) => blank(v) ? "is required" : undefined;
const age: Rule = (v) =>
  !blank(v) && !(Number(v) >= 6 && Number(v) <= 99) ? "is not 6–99" : undefined;
const email: Rule = (v) =>
  !blank(v) && !/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(String(v))
    ? "is not an e-mail address"
    : undefined;

/** Rejects a value an earlier row of the same file had. */
function unique(): Rule {
  const seen = new Map<string, { line: number; name: string }>();
  return (v, line, row) => {
    if (blank(v)) return undefined;
    const key = String(v).trim().toLowerCase();
    const first = seen.get(key);
    if (first) return `is the same as row ${first.line} (${first.name})`;
    seen.set(key, { line, name: String(row.name ?? "") });
    return undefined;
  };
}

/** A fresh set of rules per file, so unique() only compares rows of that file. */
function rosterRules(): Record<string, Rule[]> {
  return {
    name: [required],
    age: [required, age],
    guardianEmail: [required, email, unique()],
  };
}

export function previewRoster(rows: Row[]) {
  const rules = rosterRules();
  const errors: { line: number; field: string; message: string }[] = [];
  let valid = 0;
  rows.forEach((row, n) => {
    const before = errors.length;
    for (const [field, fieldRules] of Object.entries(rules)) {
      for (const rule of fieldRules) {
        const message = rule(row[field], n + 2, row);
        if (message) {
          errors.push({ line: n + 2, field, message: `${field} ${message}` });
          break;
        }
      }
    }
    if (errors.length === before) valid++;
  });
  return { rows: rows.length, valid, errors };
}
