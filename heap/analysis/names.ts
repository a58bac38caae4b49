/**
 * The string index of a name the analysis looks for (`context`, `Timeout`, `_onTimeout`),
 * found once per snapshot: the first lookup finds every name the analysis uses in one pass
 * over the string table (millions of strings on a big heap), later ones are a map lookup.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { StringTable } from "../graph/string_table.ts";

/** The names the analysis modules look up, found together on the first lookup. */
const KNOWN_NAMES = [
  "map",
  "__proto__",
  "context",
  "previous",
  "global_object",
  "extension",
  "function",
  "this",
  "scope_info",
  "scope_type_name",
  "system / Cell",
  "system / JSArrayBufferData",
  "system / JSProxy",
  "system / PromiseReaction",
  "system / WeakCell",
  "system / AsyncGeneratorRequest",
  "system / NativeContext",
  "Timeout",
  "_onTimeout",
  "_idleTimeout",
  "_repeat",
  "_destroyed",
  "Array",
  "Map",
  "Set",
  "Object",
  "properties",
  "(object properties)",
  "first",
  "second",
  "Promise",
  "<symbol>",
  // aborted_signals.ts
  "<symbol [[abortReason]]>",
  "<symbol kReason>",
  "undefined",
  "null",
  "system / Oddball",
  // bucket_entries.ts
  "elements",
  // accumulation.ts: weak targets
  "WeakRef",
  "target",
];

const found = new WeakMap<StringTable, Map<string, number>>();

/** The index of the string exactly `name` in the snapshot's table, or -1. */
export function findName(s: HeapSnapshot, name: string): number {
  let known = found.get(s.strings);
  if (!known) found.set(s.strings, known = new Map());
  let index = known.get(name);
  if (index === undefined) {
    const names = [name, ...KNOWN_NAMES.filter((n) => n !== name && !known!.has(n))];
    const indices = s.strings.indicesOf(names);
    names.forEach((n, k) => known!.set(n, indices[k]));
    index = indices[0];
  }
  return index;
}
