/**
 * What a collection's new keys, read whole, say about why each is new:
 * - JSON of a whole object (`{"reference":"Q-299-A","origin":"NL-3011",…}`, what
 *   `JSON.stringify(input)` makes) with a field whose value differs in every one: found again
 *   only when that value comes back (a request's own id among the fields: never);
 * - SQL with a value written into its text (`… WHERE meter_id = 'M-101'`): an entry per value
 *   where a placeholder would make one serve them all.
 *
 * @module
 */

/** A field and its value in each key (as written in the JSON). */
export interface DifferingField {
  field: string;
  values: string[];
}

/**
 * The first field, in the first key's order, present in every key with a value that holds a
 * digit and differs in each; undefined when the keys are not JSON objects of two or more
 * fields (a key of just an id is a cache by id), or no field differs so. A cut key (`…`) shows
 * the fields it has whole.
 */
export function differingJsonField(keys: string[]): DifferingField | undefined {
  if (keys.length < 2 || !keys.every((k) => k.startsWith('{"'))) return undefined;
  const fields = keys.map((k) =>
    new Map(
      [...k.matchAll(/"([\w$.-]+)":("(?:[^"\\]|\\.)*"|-?\d[\d.]*(?=[,}])|true|false|null)/g)]
        .map((m) => [m[1], m[2]]),
    )
  );
  if (fields.some((m) => m.size < 2)) return undefined;
  for (const field of fields[0].keys()) {
    const values = fields.map((m) => m.get(field));
    if (
      values.every((v): v is string => v !== undefined && /\d/.test(v)) &&
      new Set(values).size === values.length
    ) {
      return { field, values };
    }
  }
  return undefined;
}

/** Longest key read whole for {@link differingJsonField} (past it, what shows is read). */
export const MAX_WHOLE_KEY = 4096;

/** A value written into SQL keys: the text just before it, and its value in two keys. */
export interface InlinedValue {
  before: string;
  values: [string, string];
}

/**
 * Where SQL keys first differ, when that is inside a quoted literal or a number (a value
 * written into the text, not a placeholder): the words before it and the two first values.
 */
export function inlinedSqlValue(keys: string[]): InlinedValue | undefined {
  const sql = /^\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;
  if (keys.length < 2 || !keys.every((k) => sql.test(k))) return undefined;
  const [a, b] = keys;
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  if (at === a.length || at === b.length) return undefined;
  const head = a.slice(0, at);
  // Inside a quoted literal (an odd number of quotes before): from that quote to its close.
  const quotes = head.match(/'/g)?.length ?? 0;
  let start: number;
  let value: (k: string) => string | undefined;
  if (quotes % 2 === 1) {
    start = head.lastIndexOf("'");
    value = (k) => /^'(?:[^']|'')*'/.exec(k.slice(start))?.[0];
  } else {
    // A number: back to its first digit, not part of a name (`t1`).
    start = at;
    while (start > 0 && /[\d.]/.test(a[start - 1])) start--;
    if (/[\w$]/.test(a[start - 1] ?? "")) return undefined;
    value = (k) => /^\d[\d.]*(?![\w$])/.exec(k.slice(start))?.[0];
  }
  const va = value(a);
  const vb = value(b);
  if (!va || !vb) return undefined;
  // A few words before it, from a word's start.
  const from = Math.max(0, start - 32);
  const words = a.slice(from, start);
  const before = from === 0 ? words : words.slice(words.indexOf(" ") + 1);
  return { before, values: [va, vb] };
}
