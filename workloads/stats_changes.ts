/**
 * What changed between two readings of a JSON stats endpoint: every numeric leaf by dotted
 * path, compared with the previous reading.
 *
 * @module
 */

/** Objects of an array whose fields are read too (past this, only the length). */
const MAX_ARRAY_OBJECTS = 20;

/**
 * Numeric leaves of a JSON value by dotted path: `{a: {b: 1}}` → `{"a.b": 1}`. Arrays count
 * their length; a short array of objects (a list of printers, queues or workers) also gives
 * each object's fields, under its `name`, `id` or `key` when it has one (`printers[counter-1]
 * .spooled`), else its index.
 */
export function numericLeaves(
  value: unknown,
  prefix = "",
  out: Record<string, number> = {},
): Record<string, number> {
  if (typeof value === "number" && Number.isFinite(value)) out[prefix || "(value)"] = value;
  else if (Array.isArray(value)) {
    out[`${prefix}.length`.replace(/^\./, "")] = value.length;
    if (value.length <= MAX_ARRAY_OBJECTS) {
      value.forEach((item, i) => {
        if (!item || typeof item !== "object" || Array.isArray(item)) return;
        const o = item as Record<string, unknown>;
        const label = [o.name, o.id, o.key].find((v) =>
          typeof v === "string" || typeof v === "number"
        );
        numericLeaves(item, `${prefix}[${label ?? i}]`, out);
      });
    }
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      numericLeaves(v, prefix ? `${prefix}.${k}` : k, out);
    }
  }
  return out;
}

/** One numeric field that differs from the previous reading. */
export interface StatChange {
  key: string;
  before: number;
  after: number;
  delta: number;
}

/** The current reading's numeric leaves, and those that differ from `previous` (if any). */
export function statChanges(
  previous: unknown,
  current: unknown,
): { leaves: Record<string, number>; changes: StatChange[] } {
  const before = previous === undefined ? {} : numericLeaves(previous);
  const leaves = numericLeaves(current);
  const changes = Object.keys(leaves)
    .filter((k) => k in before && before[k] !== leaves[k])
    .map((k) => ({ key: k, before: before[k], after: leaves[k], delta: leaves[k] - before[k] }));
  return { leaves, changes };
}
