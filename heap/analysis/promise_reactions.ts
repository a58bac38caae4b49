/**
 * The reactions a pending promise holds: one record per `then`, `await` or race on it, each
 * linking the next (V8's `PromiseReaction`, its first hidden edge). Counted apart from what
 * each keeps, which is several objects (two handlers, a derived promise).
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";
import { NEW } from "./accumulation.ts";
import { findName } from "./names.ts";

/** New reaction records on `promise` (0 when it has none, or is settled). */
export function newReactions(
  s: HeapSnapshot,
  codes: TypeCodes,
  promise: number,
  isNew: Uint8Array,
): number {
  const reaction = findName(s, "system / PromiseReaction");
  if (reaction < 0) return 0;
  let node = -1;
  for (let e = s.firstEdge[promise], end = s.firstEdge[promise + 1]; e < end; e++) {
    if (
      s.edgeType[e] === codes.edgeInternal &&
      s.strings.equals(s.edgeNameOrIndex[e], "reactions_or_result")
    ) {
      node = s.edgeTo[e];
      break;
    }
  }
  let count = 0;
  const seen = new Set<number>();
  while (node >= 0 && s.nodeName[node] === reaction && !seen.has(node)) {
    seen.add(node);
    if (isNew[node] === NEW) count++;
    let next = -1;
    for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
      if (s.edgeType[e] === codes.edgeHidden && s.nodeName[s.edgeTo[e]] === reaction) {
        next = s.edgeTo[e];
        break;
      }
    }
    node = next;
  }
  return count;
}
