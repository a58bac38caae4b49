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

/** Share of the new entries that must have a value for it to count as theirs. */
const MIN_SHARE = 0.9;

/** What the new entries share: the pairs, and how many of how many have all of them. */
export interface SharedValues {
  pairs: [string, string][];
  /** Entries that have every pair, of `of` compared. */
  by: number;
  of: number;
}

/**
 * The `[field, value]` pairs (value as written in code: `true`, `"retrying"`, `null`) that the new
 * object entries of `holder` have — every one of them, or all but a few (an entry made on
 * another path, one reloaded since): booleans first; undefined when there are too few entries
 * or none is shared. Entries are compared within their class, the most numerous first (a Map
 * keyed by objects holds its keys and its values: what the keys share counts too).
 */
export function sharedValues(
  walker: EntryWalker,
  holder: number,
  isNew: Uint8Array,
): SharedValues | undefined {
  const { s, codes } = walker;
  // Per class of entry (a Map's keys are one, its values another), per property name: how
  // many entries hold each value.
  const byClass = new Map<number, { seen: Map<number, Map<string, number>>; compared: number }>();
  let walked = 0;
  walker.forEachEntry(holder, (child) => {
    if (isNew[child] !== NEW || s.nodeType[child] !== codes.object) return true;
    let entries = byClass.get(s.nodeName[child]);
    if (!entries) byClass.set(s.nodeName[child], entries = { seen: new Map(), compared: 0 });
    for (let e = s.firstEdge[child], end = s.firstEdge[child + 1]; e < end; e++) {
      if (s.edgeType[e] !== codes.edgeProperty) continue;
      const value = stateValue(walker, s.edgeTo[e]);
      if (value === undefined) continue;
      const name = s.edgeNameOrIndex[e];
      let values = entries.seen.get(name);
      if (!values) entries.seen.set(name, values = new Map());
      values.set(value, (values.get(value) ?? 0) + 1);
    }
    entries.compared++;
    return ++walked < MAX_ENTRIES * 2;
  });
  const classes = [...byClass].sort((a, b) => b[1].compared - a[1].compared);
  for (const [cls, { seen, compared }] of classes) {
    if (compared < MIN_ENTRIES) break;
    const kept = sharedPairs(s, seen, Math.ceil(compared * MIN_SHARE));
    if (!kept) continue;
    // How many have every one of them: a second walk over the same entries.
    let by = 0;
    let again = 0;
    walker.forEachEntry(holder, (child) => {
      if (isNew[child] !== NEW || s.nodeType[child] !== codes.object) return true;
      if (s.nodeName[child] !== cls) return true;
      const values = new Map<string, string>();
      for (let e = s.firstEdge[child], end = s.firstEdge[child + 1]; e < end; e++) {
        if (s.edgeType[e] !== codes.edgeProperty) continue;
        const value = stateValue(walker, s.edgeTo[e]);
        if (value !== undefined) values.set(s.strings.get(s.edgeNameOrIndex[e]), value);
      }
      if (kept.every(([name, value]) => values.get(name) === value)) by++;
      return ++again < compared;
    });
    return { pairs: kept, by, of: compared };
  }
  return undefined;
}

/** The values at least `need` entries share, booleans first, at most {@link MAX_VALUES}. */
function sharedPairs(
  s: EntryWalker["s"],
  seen: Map<number, Map<string, number>>,
  need: number,
): [string, string][] | undefined {
  const pairs: [string, string, number][] = [];
  for (const [name, values] of seen) {
    // A symbol-keyed slot (`<symbol kCapture>`) is a library's bookkeeping, not a state.
    if (s.strings.get(name).startsWith("<symbol")) continue;
    for (const [value, count] of values) {
      if (count >= need) pairs.push([s.strings.get(name), value, count]);
    }
  }
  if (!pairs.length) return undefined;
  // Booleans first, then strings; a field left null on all (`lastPingAt: null`) last.
  const rank = (v: string) => v === "true" || v === "false" ? 2 : v === "null" ? 0 : 1;
  pairs.sort((a, b) => rank(b[1]) - rank(a[1]) || b[2] - a[2]);
  return pairs.slice(0, MAX_VALUES).map(([name, value]): [string, string] => [name, value]);
}

/** A boolean, `null`, or a short string, as code writes it; undefined for any other value. */
function stateValue(walker: EntryWalker, node: number): string | undefined {
  const { s, codes } = walker;
  const oddball = oddballValue(s, codes, node);
  if (oddball === "true" || oddball === "false" || oddball === "null") return oddball;
  if (!isStringType(codes, s.nodeType[node])) return undefined;
  const text = stringText(s, codes, node, MAX_STATE_TEXT + 1);
  return text !== undefined && text.length <= MAX_STATE_TEXT ? JSON.stringify(text) : undefined;
}
