/**
 * Trees among the holders that gained new entries (the worker's side of
 * `tree_structures.ts`). A trie keeps each node's children in a collection of the node
 * (`node.children`): a new key adds a node or two to each of many levels' collections, and
 * fills the new nodes' own, so the tree's growth is spread over as many holders as it has
 * levels — each too small to be named or to have grown, while the tree gains nodes every cycle.
 *
 * A Map or Set is a tree's level when the object that keeps it (its dominator) is of its entries'
 * own class and keeps it by a property; its tree is found by climbing such levels to the first
 * node of that class. The levels of one tree are counted together and reported as one holder.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import { edgeName, type TypeCodes } from "../graph/model.ts";
import {
  type Accumulation,
  type AccumulationTotals,
  NEW,
  sumAccumulations,
  topEntryGroup,
} from "./accumulation.ts";
import type { PerNodeIndex } from "./classes.ts";
import type { EntryWalker } from "./entries.ts";

/** The levels of one tree and what they gained together. */
export interface TreeTotals extends AccumulationTotals {
  /** Node id of the tree's first node, and the property its levels are kept under. */
  rootId: number;
  edge: string;
  /** Node ids of the levels' holders (at most {@link MAX_LEVEL_IDS}). */
  holderIds: number[];
  levels: number;
}

/** Level ids listed per tree: the baseline's counts of the rest are not looked up. */
const MAX_LEVEL_IDS = 20_000;

/** Collections a tree's levels may be. */
const KEYED = new Set(["Map", "Set"]);

/** Levels climbed from a holder to its tree's first node. */
const MAX_DEPTH = 10_000;

/**
 * The trees of two or more levels among `records`: per tree, the index of its record that
 * gained the most bytes (its representative) with the tree's totals, and the indices of its
 * other levels.
 */
export function treeLevels(
  s: HeapSnapshot,
  codes: TypeCodes,
  idom: Uint32Array,
  groupOf: PerNodeIndex,
  records: Accumulation[],
): { totals: Map<number, TreeTotals>; levels: Set<number> } {
  const byTree = new Map<string, { rootId: number; edge: string; members: number[] }>();
  if (idom.length === s.nodeCount) {
    records.forEach((r, index) => {
      const at = levelOf(s, codes, idom, groupOf, r);
      if (!at) return;
      const key = `${at.root}\u0000${at.edge}`;
      const tree = byTree.get(key);
      if (tree) tree.members.push(index);
      else byTree.set(key, { rootId: s.nodeId[at.root], edge: at.edge, members: [index] });
    });
  }
  const totals = new Map<number, TreeTotals>();
  const levels = new Set<number>();
  for (const { rootId, edge, members } of byTree.values()) {
    if (members.length < 2) continue;
    const rep = members.reduce((a, i) => records[i].newBytes > records[a].newBytes ? i : a);
    const t: TreeTotals = {
      rootId,
      edge,
      holderIds: members.slice(0, MAX_LEVEL_IDS).map((i) => s.nodeId[records[i].holder]),
      levels: members.length,
      ...sumAccumulations(records, members),
    };
    const levelsOf = members.filter((i) => i !== rep);
    // A tree's new node is one level's new entry (and new nodes below it are in no level): more
    // new entries than new nodes are links rewritten to nodes several hold (a skip list's).
    let g = -1;
    for (const [group, n] of t.entryGroups) if (g < 0 || n > t.entryGroups.get(g)!) g = group;
    if (t.newEntries > (t.regionGroups.get(g)?.[0] ?? 0)) continue;
    for (const i of levelsOf) levels.add(i);
    totals.set(rep, t);
  }
  return { totals, levels };
}

/**
 * The tree `r`'s holder is a level of: its first node and the levels' property; undefined when
 * the holder's keeper is not of its entries' class or does not keep it by a property.
 */
function levelOf(
  s: HeapSnapshot,
  codes: TypeCodes,
  idom: Uint32Array,
  groupOf: PerNodeIndex,
  r: Accumulation,
): { root: number; edge: string } | undefined {
  const h = r.holder;
  if (h < 0 || r.chain || r.entryGroups.size === 0) return undefined;
  // Keyed levels only: an array of a node's own class can be its links (a skip list's
  // `next[i]`, rewritten in place, `linked_structures.ts`) as well as its children.
  if (!KEYED.has(s.strings.get(s.nodeName[h]))) return undefined;
  const g = topEntryGroup(r);
  const keeper = idom[h];
  if (keeper === h || groupOf[keeper] !== g) return undefined;
  const edge = propertyTo(s, codes, keeper, h);
  if (edge === undefined || !/^#?[\w$]+$/.test(edge)) return undefined;
  // Up through the levels: the collection above a node (a hop or three: a Map's table) kept by
  // a node of the class under the same property.
  let root = keeper;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    let above = -1;
    for (let x = idom[root], hops = 0; hops < 3 && x !== idom[x]; x = idom[x], hops++) {
      if (s.nodeType[x] !== s.nodeType[h] || s.nodeName[x] !== s.nodeName[h]) continue;
      const up = idom[x];
      if (groupOf[up] === g && propertyTo(s, codes, up, x) === edge) above = up;
      break;
    }
    if (above < 0) break;
    root = above;
  }
  return { root, edge };
}

/** The name of a property edge from `from` to `to`, if there is one. */
function propertyTo(s: HeapSnapshot, codes: TypeCodes, from: number, to: number) {
  for (let e = s.firstEdge[from], end = s.firstEdge[from + 1]; e < end; e++) {
    if (s.edgeTo[e] === to && s.edgeType[e] === codes.edgeProperty) {
      return edgeName(s, codes, e);
    }
  }
  return undefined;
}

/** New entries looked into for a level below, at most. */
const MAX_BRANCH_ENTRIES = 200;

/**
 * Whether some new entry of `holder` (kept under property `edgeName` of its owner) keeps a
 * collection of its own under that same name holding a new node of its class: a level below,
 * as a trie's `children` do. A flat collection of its owner's class (every scope in the root's
 * `#open`) has none: what else its entries keep of their class hangs from other links.
 */
export function hasLevelBelow(
  walker: EntryWalker,
  holder: number,
  edgeName: number,
  isNew: Uint8Array,
  groupOf: PerNodeIndex,
): boolean {
  const { s, codes } = walker;
  const entries: number[] = [];
  walker.forEachEntry(holder, (child) => {
    if (isNew[child] === NEW && s.nodeType[child] === codes.object) entries.push(child);
    return entries.length < MAX_BRANCH_ENTRIES;
  });
  for (const entry of entries) {
    for (let e = s.firstEdge[entry], end = s.firstEdge[entry + 1]; e < end; e++) {
      if (s.edgeType[e] !== codes.edgeProperty || s.edgeNameOrIndex[e] !== edgeName) continue;
      let found = false;
      walker.forEachEntry(s.edgeTo[e], (child) => {
        found = isNew[child] === NEW && groupOf[child] === groupOf[entry];
        return !found;
      });
      if (found) return true;
    }
  }
  return false;
}
