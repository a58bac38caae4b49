/**
 * Trees grown at many levels, reported as one holder. A trie or a category tree keeps its
 * nodes' children in a collection of each node (`node.children`): a new key adds a node or two
 * to each of many levels' collections, and to the new nodes' own, so no single collection may
 * gain enough to have grown while the tree gains nodes every cycle. The worker counts a tree's
 * levels together (`tree_levels.ts`) on one of their records; here that record becomes the
 * tree's, named by its top collection (`floorIndex.root.children`) and counted in nodes.
 *
 * @module
 */

import type { GrowthRecord } from "./growth.ts";

/** `records` with each tree's record standing for all its levels (see the module doc). */
export function treeStructures(records: GrowthRecord[]): GrowthRecord[] {
  return records.map((r) => r.tree ? treeRecord(r) : r);
}

/** The record of a tree's level as the tree's, named by its top collection. */
function treeRecord(r: GrowthRecord): GrowthRecord {
  const tree = r.tree!;
  const steps = r.path?.steps;
  const at = steps?.findIndex((step) => step.nodeId === tree.rootId) ?? -1;
  const top = at >= 0 ? steps![at + 1] : undefined;
  // Reached otherwise than through its first node: named as the level it is.
  if (!top || top.edge !== tree.edge) return r;
  const record: GrowthRecord = {
    ...r,
    holderId: top.nodeId,
    newEntries: tree.newEntries,
    entries: tree.entries,
    newCount: tree.newCount,
    newBytes: tree.newBytes,
    path: { ...r.path!, steps: steps!.slice(0, at + 2) },
    treeLevels: tree.holderIds,
    // The new nodes' own collections are the tree itself, not collections inside it.
    nested: r.nested.filter((n) => n.path.steps.at(-1)?.edge !== tree.edge),
  };
  for (const field of ["sharedWith", "keysHeldBy", "siblings", "hang", "rebuilt"] as const) {
    delete record[field];
  }
  return record;
}
