/**
 * The names V8 gives the edges of a WeakMap entry. A value is kept by its key and its table
 * together, and V8 writes one edge from each, named alike:
 * `3 / part of key (Object @5) -> value (Object @7) pair in WeakMap (table @9)` (the leading
 * number differs between the two). DevTools reads the table's id and the shared part from the
 * name; the dominator rules and the distances need both.
 *
 * @module
 */

import type { HeapSnapshot } from "./snapshot.ts";
import type { StringTable } from "./string_table.ts";

/** Per string index of a snapshot: what a WeakMap pair edge name says (0: not such a name). */
export interface WeakMapEdgeNames {
  /** Whether the snapshot has any such name (most have none: loops can skip the test). */
  any: boolean;
  /** Node id of the table the name points at, 0 for other strings (empty when `any` is false). */
  tableId: Uint32Array;
  /** 1 + the pair number: the key's and the table's edge of one entry share it. */
  pair: Uint32Array;
  /** Number of distinct pairs. */
  pairs: number;
}

/** DevTools' pattern for the name (`tryParseWeakMapEdgeName`). */
const PAIR_NAME =
  /^\d+( \/ part of key \(.*? @\d+\) -> value \(.*? @\d+\) pair in WeakMap \(table @(\d+)\))$/s;

const known = new WeakMap<StringTable, WeakMapEdgeNames>();

/** The WeakMap pair names of a snapshot, found once per string table (read-only for callers). */
export function weakMapEdgeNames(s: HeapSnapshot): WeakMapEdgeNames {
  const found = known.get(s.strings);
  if (found) return found;
  const str = s.strings;
  let tableId = new Uint32Array(0);
  let pair = new Uint32Array(0);
  const pairOf = new Map<string, number>();
  // On the bytes first: this runs over every string, and all but a handful are never decoded.
  for (let i = 0; i < str.length; i++) {
    if (!str.includes(i, "pair in WeakMap") || !str.includes(i, "part of key")) continue;
    const match = PAIR_NAME.exec(str.get(i));
    if (!match) continue;
    if (tableId.length === 0) {
      tableId = new Uint32Array(str.length);
      pair = new Uint32Array(str.length);
    }
    tableId[i] = Number(match[2]);
    let p = pairOf.get(match[1]);
    if (p === undefined) pairOf.set(match[1], p = pairOf.size + 1);
    pair[i] = p;
  }
  const any = pairOf.size > 0;
  const names: WeakMapEdgeNames = {
    any,
    tableId,
    pair,
    pairs: pairOf.size,
  };
  known.set(s.strings, names);
  return names;
}

/**
 * The key of the WeakMap entry whose value `pairEdge` (an edge of the WeakMap's `table`) keeps:
 * the node the name says is the key (`part of key (Delivery @5)`), which the table points at
 * through a weak edge written just before the value's (so only a few edges back are looked at).
 * Newer V8 lists only the values in the table: then the node whose own edge shares the pair.
 */
export function weakMapKeyOf(s: HeapSnapshot, table: number, pairEdge: number): number | undefined {
  const names = weakMapEdgeNames(s);
  const name = s.edgeNameOrIndex[pairEdge];
  if (!names.any || names.tableId[name] !== s.nodeId[table]) return undefined;
  const keyId = Number(KEY_ID.exec(s.strings.get(name))?.[1]);
  if (!Number.isInteger(keyId)) return undefined;
  for (let e = pairEdge - 1; e >= Math.max(s.firstEdge[table], pairEdge - 4); e--) {
    if (s.nodeId[s.edgeTo[e]] === keyId) return s.edgeTo[e];
  }
  const key = pairKeys(s, names)[names.pair[name]] - 1;
  return key >= 0 && s.nodeId[key] === keyId ? key : undefined;
}

const keysByPair = new WeakMap<HeapSnapshot, Uint32Array>();

/**
 * Per pair number: 1 + the key's node (0: none), from the key's own edge of each pair (its
 * source is not the table the name names). One pass over the edges, once per snapshot.
 */
function pairKeys(s: HeapSnapshot, names: WeakMapEdgeNames): Uint32Array {
  const found = keysByPair.get(s);
  if (found) return found;
  const out = new Uint32Array(names.pairs + 1);
  const internal = s.meta.edgeTypes.indexOf("internal");
  const { firstEdge, edgeType, edgeNameOrIndex, nodeId } = s;
  for (let v = 0; v < s.nodeCount; v++) {
    for (let e = firstEdge[v], end = firstEdge[v + 1]; e < end; e++) {
      if (edgeType[e] !== internal) continue;
      const name = edgeNameOrIndex[e];
      const p = names.pair[name];
      if (p !== 0 && names.tableId[name] !== nodeId[v]) out[p] = v + 1;
    }
  }
  keysByPair.set(s, out);
  return out;
}

/** The key's node id in a pair edge's name. */
const KEY_ID = /^\d+ \/ part of key \(.*? @(\d+)\) -> value \(/s;
