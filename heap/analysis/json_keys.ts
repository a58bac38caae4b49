/**
 * Keys that are JSON of a whole object (`{"reference":"Q-299-A","origin":"NL-3011",…}`, what
 * `JSON.stringify(input)` makes): the field whose value differs in every one of them. A cache
 * keyed so finds an entry again only when that field's value comes back; a request's own id
 * among the fields makes an entry per request.
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

/** Longest JSON key read whole for {@link differingJsonField} (past it, what shows is read). */
export const MAX_JSON_KEY = 4096;
