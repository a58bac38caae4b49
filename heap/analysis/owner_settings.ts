/**
 * The live values of a holder's owner's settings, read from the heap: what the removal's
 * condition compares the collection with (`while (this.#entries.size > this.#max)`) holds in
 * the running program. V8 writes `undefined`, `null`, `true` and `false` as its oddballs, each
 * naming its value by its first hidden edge; small integers are not in a snapshot, so only
 * those are read. A bound that is `undefined` makes every `<`/`>` comparison false.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";
import type { SourceStatement } from "../report.ts";
import type { DeclaredPath } from "./declared_paths.ts";
import { oddballValue } from "./preview.ts";
import { escapeRegExp, isComment, linesMatching } from "./source_text.ts";

/** Most settings kept per holder. */
const MAX_SETTINGS = 12;

/**
 * The owner's properties holding an oddball (`#max: "undefined"`), when the path reaches the
 * holder through a property of an object; undefined when none does.
 */
export function ownerSettings(
  s: HeapSnapshot,
  codes: TypeCodes,
  path: DeclaredPath | undefined,
): Record<string, string> | undefined {
  const nodes = path?.nodes ?? [];
  const into = path?.edges.at(-1) ?? -1;
  if (nodes.length < 2 || into < 0 || s.edgeType[into] !== codes.edgeProperty) return undefined;
  const owner = nodes[nodes.length - 2];
  let settings: Record<string, string> | undefined;
  let n = 0;
  for (let e = s.firstEdge[owner], end = s.firstEdge[owner + 1]; e < end; e++) {
    if (s.edgeType[e] !== codes.edgeProperty) continue;
    const value = oddballValue(s, codes, s.edgeTo[e]);
    if (value === undefined) continue;
    (settings ??= {})[s.strings.get(s.edgeNameOrIndex[e])] = value;
    if (++n === MAX_SETTINGS) break;
  }
  return settings;
}

/**
 * The fix when the removal's condition compares with a setting of the holder's owner that is
 * `undefined` in the running program (`size > this.#max`): the comparison is always false, so
 * nothing is taken out. Where the program sets it is quoted.
 */
export function unsetBoundFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  settings: Record<string, string> | undefined,
): string | undefined {
  if (!removal || !settings) return undefined;
  const condition = removal.within ?? removal.text;
  const compared = /(?:[<>]=?)\s*this\s*\.\s*(#?[\w$]+)|this\s*\.\s*(#?[\w$]+)\s*(?:[<>]=?)/g;
  for (const m of condition.matchAll(compared)) {
    const field = m[1] ?? m[2];
    if (settings[field] !== "undefined") continue;
    const set = linesMatching(
      sources,
      new RegExp(String.raw`\bthis\s*\.\s*${escapeRegExp(field)}\s*=(?!=)`),
      1,
    ).find((l) => !isComment(l.text));
    const where = set ? ` (it is set at ${set.location.display}: ${set.text})` : "";
    return `this.${field} is undefined in the running program${where}: \`${condition.trim()}\` ` +
      `compares with undefined, which is never true, so nothing is taken out. Give it a value ` +
      `(a default where it is set), or compare with a number that is always there`;
  }
  return undefined;
}
