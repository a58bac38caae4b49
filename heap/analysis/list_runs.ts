/**
 * Runs of new nodes inside a doubly linked list. A list that takes new nodes where its old ones
 * are (an LRU whose `set()` of a key it has links a new node at the head and leaves the key's old
 * node linked, sinking below the entries still in use) holds its run of new nodes from an old
 * node on each side: by `next` from the one above, by `prev` from the one below. One
 * breadth-first pass from all holders at once splits the run between those two, each then a list
 * of part of the growth named through some node inside the list.
 *
 * Holders of one or two new nodes of one class (the node on either side, or a collection or object
 * that keeps the newest one), whose new nodes of that class link to each other's, are one
 * structure: counted together on the record of a holder that is itself a node of the list, and
 * named by the end of the list the run was added at (`cache.#head`), reached from that holder.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import { namedProperty, type TypeCodes } from "../graph/model.ts";
import {
  type Accumulation,
  type AccumulationTotals,
  NEW,
  sumAccumulations,
  topEntryGroup,
} from "./accumulation.ts";
import type { PerNodeIndex } from "./classes.ts";

/** One run's holders and what they gained together. */
export interface ListRun extends AccumulationTotals {
  /** Record indices of the run's holders. */
  members: number[];
  /** The node the counted record's link leads to in the end (a node with no such link). */
  end: number;
}

/**
 * The runs of two or more holders among `records` (see the module doc): per run, the index of
 * the record it is counted on (the list's node that gained the most bytes) with the run's
 * totals, and the indices of its other holders.
 */
export function listRuns(
  s: HeapSnapshot,
  codes: TypeCodes,
  groupOf: PerNodeIndex,
  records: Accumulation[],
  label: Uint32Array,
  isNew: Uint8Array,
): { runs: Map<number, ListRun>; others: Set<number> } {
  // Per record: the class of its one or two new entries, the nodes a list's run would be of.
  const linked = records.map((r) => r.newEntries <= 2 ? topEntryGroup(r) : -1);
  const runs = new Map<number, ListRun>();
  const others = new Set<number>();
  if (!linked.some((g) => g >= 0)) return { runs, others };
  const parent = records.map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]];
    return k;
  };
  for (let i = 0; i < s.nodeCount; i++) {
    const l = label[i];
    if (l === 0 || isNew[i] !== NEW) continue;
    const g = linked[l - 1];
    if (g === undefined || g < 0 || groupOf[i] !== g) continue;
    for (let e = s.firstEdge[i], end = s.firstEdge[i + 1]; e < end; e++) {
      if (s.edgeType[e] !== codes.edgeProperty) continue;
      const t = s.edgeTo[e];
      const lt = label[t];
      if (lt === 0 || lt === l || isNew[t] !== NEW || groupOf[t] !== g || linked[lt - 1] !== g) {
        continue;
      }
      parent[find(lt - 1)] = find(l - 1);
    }
  }
  const byRoot = new Map<number, number[]>();
  linked.forEach((g, k) => {
    if (g < 0) return;
    const root = find(k);
    const members = byRoot.get(root);
    if (members) members.push(k);
    else byRoot.set(root, [k]);
  });
  for (const members of byRoot.values()) {
    if (members.length < 2) continue;
    // Named from a holder that is a node of the list: by its link, to the list's end.
    const nodes = members.filter((k) => groupOf[records[k].holder] === linked[k]);
    if (!nodes.length) continue;
    const rep = nodes.reduce((a, k) => records[k].newBytes > records[a].newBytes ? k : a);
    const end = listEnd(s, codes, groupOf, records[rep], isNew);
    if (end < 0) continue;
    runs.set(rep, { members, end, ...sumAccumulations(records, members) });
    for (const k of members) if (k !== rep) others.add(k);
  }
  return { runs, others };
}

/**
 * The end of the list the run was added at, reached from `r`'s holder: new nodes go in at one
 * end and sink, so along the run their ids grow towards it. Followed by the holder's link (the
 * property its new entry is under) when the ids grow that way, else by the link back (the new
 * entry's property that points at the holder). -1 when the list closes on itself.
 */
function listEnd(
  s: HeapSnapshot,
  codes: TypeCodes,
  groupOf: PerNodeIndex,
  r: Accumulation,
  isNew: Uint8Array,
): number {
  if (r.entryEdge < 0 || s.edgeType[r.entryEdge] !== codes.edgeProperty) return -1;
  const h = r.holder;
  const g = groupOf[h];
  const link = s.edgeNameOrIndex[r.entryEdge];
  const first = s.edgeTo[r.entryEdge];
  let last = first;
  for (let x = linkOf(s, codes, groupOf, first, link, g); x >= 0 && isNew[x] === NEW;) {
    if (x === first) break;
    last = x;
    x = linkOf(s, codes, groupOf, x, link, g);
  }
  if (s.nodeId[last] >= s.nodeId[first]) return walk(s, codes, groupOf, h, link, g);
  // The link back: the first new node's property that points at the holder.
  for (let e = s.firstEdge[first], end = s.firstEdge[first + 1]; e < end; e++) {
    if (
      s.edgeType[e] === codes.edgeProperty && s.edgeTo[e] === h && s.edgeNameOrIndex[e] !== link
    ) {
      return walk(s, codes, groupOf, h, s.edgeNameOrIndex[e], g);
    }
  }
  return walk(s, codes, groupOf, h, link, g);
}

/** The node of group `g` that `x`'s property named `link` points at, or -1. */
function linkOf(
  s: HeapSnapshot,
  codes: TypeCodes,
  groupOf: PerNodeIndex,
  x: number,
  link: number,
  g: number,
): number {
  const t = namedProperty(s, codes, x, link);
  return t >= 0 && groupOf[t] === g ? t : -1;
}

/** The last node reached from `from` by `link` through nodes of group `g`, or -1 on a cycle. */
function walk(
  s: HeapSnapshot,
  codes: TypeCodes,
  groupOf: PerNodeIndex,
  from: number,
  link: number,
  g: number,
): number {
  let x = from;
  for (let steps = 0; steps < s.nodeCount; steps++) {
    const next = linkOf(s, codes, groupOf, x, link, g);
    if (next < 0) return x;
    if (next === from) return -1;
    x = next;
  }
  return -1;
}
