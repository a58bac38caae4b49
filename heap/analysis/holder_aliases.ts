/**
 * The other names a holder is kept under. A collection is often referenced from two places —
 * a parser's document (`#root.readings`) and its stack of open containers (`frame.value`), a
 * registry's map and the entry that points back at its list — and the program may add to it
 * through either: the declared path gives one name, these give the rest.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";

/** Names kept per holder, at most. */
const ALIASES_PER_HOLDER = 3;

/**
 * Per holder (node index): the property and variable names it is kept under besides
 * `pathEdge`'s (the edge its declared path reaches it by; -1 for none), sorted. One pass over
 * the snapshot's edges; a retaining node is looked up only for the names found.
 */
export function holderAliases(
  s: HeapSnapshot,
  codes: TypeCodes,
  holders: { node: number; pathEdge: number }[],
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (holders.length === 0) return out;
  const wanted = new Uint8Array(s.nodeCount);
  for (const h of holders) if (h.node >= 0) wanted[h.node] = 1;
  // Per holder: each name it is kept under, by its first such edge.
  const names = new Map<number, Map<number, number>>();
  const to = s.edgeTo;
  const type = s.edgeType;
  for (let e = 0, end = s.edgeCount; e < end; e++) {
    if (wanted[to[e]] === 0) continue;
    const t = type[e];
    if (t !== codes.edgeProperty && t !== codes.edgeContext) continue;
    let byName = names.get(to[e]);
    if (!byName) names.set(to[e], byName = new Map());
    if (!byName.has(s.edgeNameOrIndex[e])) byName.set(s.edgeNameOrIndex[e], e);
  }
  for (const { node, pathEdge } of holders) {
    const byName = names.get(node);
    if (!byName) continue;
    const own = pathEdge >= 0 ? s.edgeNameOrIndex[pathEdge] : -1;
    const found: string[] = [];
    for (const [name, e] of byName) {
      if (name === own) continue;
      const text = s.strings.get(name);
      // Names a program can write after a dot: not V8's (`<symbol …>`, `.result`).
      if (/^#?[A-Za-z_$][\w$]*$/.test(text) && retainerOf(s, e) !== node) found.push(text);
    }
    if (found.length) out.set(node, found.sort().slice(0, ALIASES_PER_HOLDER));
  }
  return out;
}

/** The node whose edge `e` is (binary search over the nodes' first edges). */
function retainerOf(s: HeapSnapshot, e: number): number {
  let lo = 0;
  let hi = s.nodeCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (s.firstEdge[mid] <= e) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
