/** Request body validation: each schema is compiled to a checking function once. */
type FieldRule = { type: "string" | "number" | "array"; required?: boolean; max?: number };
type Schema = Record<string, FieldRule>;

const SCHEMAS: Record<string, Schema> = {
  order: {
    customer: { type: "string", required: true, max: 120 },
    lines: { type: "array", required: true, max: 50 },
    note: { type: "string", max: 500 },
  },
  line: {
    sku: { type: "string", required: true, max: 32 },
    qty: { type: "number", required: true, max: 999 },
    unitCents: { type: "number", required: true },
  },
};

export type Validator = (value: Record<string, unknown>) => string[];

const compiled = new Map<string, Validator>();

function compile(schema: Schema): Validator {
  const checks = Object.entries(schema).map(([field, rule]) => (value: Record<string, unknown>) => {
    const v = value[field];
    if (v === undefined) return rule.required ? `${field} is required` : undefined;
    const kind = Array.isArray(v) ? "array" : typeof v;
    const ok = kind === rule.type;
    if (!ok) return `${field} must be a ${rule.type}`;
    const size = typeof v === "number" ? v : (v as string | unknown[]).length;
    if (rule.max !== undefined && size > rule.max) return `${field} is over ${rule.max}`;
    return undefined;
  });
  return (value) => checks.map((c) => c(value)).filter((e): e is string => e !== undefined);
}

export function validatorFor(name: string): Validator {
  let validator = compiled.get(name);
  if (!validator) {
    const schema = SCHEMAS[name];
    if (!schema) throw new Error(`no schema ${name}`);
    validator = compile(schema);
    compiled.set(name, validator);
  }
  return validator;
}
