export type Row = Record<string, unknown>;

export interface RuleContext {
  line: number;
  row: Row;
}

/** A rule returns an error message, or nothing when the value passes. */
export type Rule = (value: unknown, ctx: RuleContext) => string | undefined;

const blank = (value: unknown) => value === undefined || value === null || value === "";

export const required = (): Rule => (value) => blank(value) ? "is required" : undefined;

export const maxLength = (max: number): Rule => (value) =>
  !blank(value) && String(value).length > max ? `is longer than ${max} characters` : undefined;

export const email = (): Rule => (value) =>
  !blank(value) && !/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(String(value))
    ? "is not an e-mail address"
    : undefined;

export const isoDate = (): Rule => (value) =>
  !blank(value) && Number.isNaN(Date.parse(String(value))) ? "is not a date" : undefined;

export const oneOf = (...allowed: string[]): Rule => (value) =>
  !blank(value) && !allowed.includes(String(value))
    ? `must be one of ${allowed.join(", ")}`
    : undefined;

/** Rejects a value that an earlier row of the file already had (case-insensitive). */
export const unique = (describe: (row: Row) => string): Rule => {
  const seen = new Map<string, { line: number; who: string }>();
  return (value, { line, row }) => {
    if (blank(value)) return undefined;
    const key = String(value).trim().toLowerCase();
    const first = seen.get(key);
    if (first) return `is the same as row ${first.line} (${first.who})`;
    seen.set(key, { line, who: describe(row) });
    return undefined;
  };
};

export interface FieldError {
  line: number;
  field: string;
  message: string;
}

export function schema(fields: Record<string, Rule[]>) {
  return {
    fields: Object.keys(fields),
    validate(row: Row, line: number): FieldError[] {
      const errors: FieldError[] = [];
      for (const [field, rules] of Object.entries(fields)) {
        for (const rule of rules) {
          const message = rule(row[field], { line, row });
          if (message) {
            errors.push({ line, field, message: `${field} ${message}` });
            break;
          }
        }
      }
      return errors;
    },
  };
}
