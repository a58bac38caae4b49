/**
 * Whether an AbortSignal on a holder's path was aborted already: an `abort` listener added to
 * it afterwards never runs (the event fired once, before), so `{ once: true }` never takes it
 * off. A signal keeps its reason once aborted, undefined until then: Deno under
 * `[[abortReason]]`, Node under `kReason` (its flags are oddballs a snapshot does not tell
 * apart, and its signals are named `EventTarget`).
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";
import { findName } from "./names.ts";

/** The property names under which a runtime's AbortSignal keeps its reason. */
const REASON_KEYS = ["<symbol [[abortReason]]>", "<symbol kReason>"];

/** Values that stand for no reason: undefined (Deno names it), an oddball (Node). */
const NO_REASON = ["undefined", "null", "system / Oddball"];

/** Whether the last signal among `nodes` (a path's) holds a reason: it was aborted. */
export function abortedSignalOn(s: HeapSnapshot, codes: TypeCodes, nodes: number[]): boolean {
  const keys = REASON_KEYS.map((k) => findName(s, k)).filter((k) => k >= 0);
  if (!keys.length) return false;
  const none = NO_REASON.map((n) => findName(s, n));
  for (let k = nodes.length - 1; k >= 0; k--) {
    const node = nodes[k];
    for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
      if (s.edgeType[e] !== codes.edgeProperty || !keys.includes(s.edgeNameOrIndex[e])) continue;
      return !none.includes(s.nodeName[s.edgeTo[e]]);
    }
  }
  return false;
}
