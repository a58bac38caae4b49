/**
 * What the new entries of a holder have in common: the fields whose value is the same in each
 * of them (`cancelled: true`, `status: "retrying"`). A state every kept entry shares tells which
 * path left them behind (the cancelled ones, the failed ones) without reading the code.
 *
 * @module
 */

import { isStringType } from "../graph/model.ts";
import type { EntryWalker } from "./entries.ts";
import { NEW } from "./accumulation.ts";
import { oddballValue, stringText } from "./preview.ts";

/** New entries compared at most (the first the walk meets). */
const MAX_ENTRIES = 500;
/** Fewest new entries for what they share to say something. */
const MIN_ENTRIES = 10;
/** Values kept at most. */
const MAX_VALUES = 4;
/** Longest string that counts as a state (`"retrying"`), not content. */
const MAX_STATE_TEXT = 24;

/**
 * The `[field, value]` pairs (value as written in code: `true`, `"retrying"`) every new object
 * entry of `holder` has, booleans first; undefined when there are too few entries or none is
 * shared.
 */
export function sharedValues(
  walker: EntryWalker,
  holder: number,
  isNew: Uint8Array,
): [string, string][] | undefined {
  const { s, codes } = walker;
  let common: Map<number, string> | undefined;
  let compared = 0;
  walker.forEachEntry(holder, (child) => {
    if (isNew[child] !== NEW || s.nodeType[child] !== codes.object) return true;
    const values = new Map<number, string>();
    for (let e = s.firstEdge[child], end = s.firstEdge[child + 1]; e < end; e++) {
      if (s.edgeType[e] !== codes.edgeProperty) continue;
      const value = stateValue(walker, s.edgeTo[e]);
      if (value !== undefined) values.set(s.edgeNameOrIndex[e], value);
    }
    if (common === undefined) common = values;
    else for (const [name, value] of common) if (values.get(name) !== value) common.delete(name);
    compared++;
    return compared < MAX_ENTRIES && common.size > 0;
  });
  if (compared < MIN_ENTRIES || !common?.size) return undefined;
  const pairs = [...common].map(([name, value]): [string, string] => [s.strings.get(name), value]);
  const isBoolean = (v: string) => v === "true" || v === "false";
  pairs.sort((a, b) => Number(isBoolean(b[1])) - Number(isBoolean(a[1])));
  return pairs.slice(0, MAX_VALUES);
}

/** A boolean, or a short string, as code writes it; undefined for any other value. */
function stateValue(walker: EntryWalker, node: number): string | undefined {
  const { s, codes } = walker;
  const oddball = oddballValue(s, codes, node);
  if (oddball === "true" || oddball === "false") return oddball;
  if (!isStringType(codes, s.nodeType[node])) return undefined;
  const text = stringText(s, codes, node, MAX_STATE_TEXT + 1);
  return text !== undefined && text.length <= MAX_STATE_TEXT ? JSON.stringify(text) : undefined;
}
