/**
 * A chain hanging from what a holder holds: new objects of its entries' own class, linked from
 * one of them by a property, that the holder no longer holds (an LRU whose eviction takes the
 * node out of its Map and moves the tail back, but leaves the new tail's `next` on it: every
 * evicted node stays chained from the tail). The holder itself is bounded; the chain is what
 * grows, and it is measured here: its nodes of that class and everything it alone keeps among
 * the holder's new objects.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";
import type { EntryWalker } from "./entries.ts";
import { NEW } from "./accumulation.ts";
import type { PerNodeIndex } from "./classes.ts";

/** What hangs from one of a holder's objects. */
export interface HangingChain {
  /** The object it hangs from, and the edge. */
  from: number;
  edge: number;
  /**
   * New objects of the chain's class in it, those it reaches by its link that were there
   * before (its older part), all new objects in it, and their bytes.
   */
  links: number;
  oldLinks: number;
  objects: number;
  bytes: number;
}

/**
 * Measures the chain that starts at `edge` of `from` (see `Accumulation.hangFrom`) among the
 * new objects labelled `recordLabel`, without entering the holder's own entries.
 */
export function measureHangingChain(
  s: HeapSnapshot,
  codes: TypeCodes,
  walker: EntryWalker,
  holder: number,
  from: number,
  edge: number,
  label: Uint32Array,
  recordLabel: number,
  isNew: Uint8Array,
  groupOf: PerNodeIndex,
): HangingChain {
  const entries = new Set<number>();
  if (holder >= 0) walker.forEachEntry(holder, (child) => void entries.add(child));
  const first = s.edgeTo[edge];
  const cls = groupOf[first];
  const link = s.edgeNameOrIndex[edge];
  const seen = new Set<number>([from, first]);
  const queue = [first];
  const chain: HangingChain = { from, edge, links: 0, oldLinks: 0, objects: 0, bytes: 0 };
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    const old = isNew[node] !== NEW;
    if (old) chain.oldLinks++;
    else {
      chain.objects++;
      chain.bytes += s.nodeSelfSize[node];
      if (groupOf[node] === cls) chain.links++;
    }
    for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
      if (s.edgeType[e] === codes.edgeWeak) continue;
      const t = s.edgeTo[e];
      if (seen.has(t) || entries.has(t)) continue;
      // The chain goes on through nodes that were there before (unlinked since), by its link.
      const onChain = s.edgeType[e] === codes.edgeProperty && s.edgeNameOrIndex[e] === link &&
        groupOf[t] === cls && isNew[t] !== NEW && label[t] === 0;
      if (old ? !onChain : !onChain && label[t] !== recordLabel) continue;
      seen.add(t);
      queue.push(t);
    }
  }
  return chain;
}
