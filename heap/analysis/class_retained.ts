/**
 * A class's retained size as DevTools' Summary shows it (`calculateClassesRetainedSize`): the
 * retained sizes of its objects, each counted unless an object of the same class (with a self
 * size) is above it anywhere on its dominator chain — then that one already counts it. Checking
 * only the immediate dominator counts an object twice when the same class sits higher up
 * (`A → Array → A`).
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import { ROOT_NODE } from "../graph/model.ts";

/**
 * Per class: retained size. `classOf(node)` is the node's class; `sizes` DevTools' self
 * sizes (objects of size 0 are not counted, as DevTools leaves them out of its classes).
 * `scratch` arrays (node-count long, contents overwritten) are used before fresh ones.
 */
export function classRetainedSizes(
  s: HeapSnapshot,
  idom: Uint32Array,
  retained: Float64Array,
  sizes: Uint32Array,
  shapeOf: Uint32Array,
  classOfShape: Uint32Array,
  classCount: number,
  scratch: Uint32Array[] = [],
): Float64Array {
  const n = s.nodeCount;
  const spare = () => scratch.pop() ?? new Uint32Array(n);
  // The dominator tree's children, in compressed rows: node v's are list[first[v]..first[v+1]).
  const first = new Uint32Array(n + 1);
  for (let v = 0; v < n; v++) if (v !== ROOT_NODE) first[idom[v] + 1]++;
  for (let v = 0; v < n; v++) first[v + 1] += first[v];
  const list = spare();
  const cursor = spare();
  cursor.set(first.subarray(0, n));
  for (let v = 0; v < n; v++) if (v !== ROOT_NODE) list[cursor[idom[v]]++] = v;
  // Depth first from the root. `active[c]` counts the counted objects of class c on the current
  // chain; a counted object is left (its class released) when its subtree is done.
  const active = new Uint32Array(classCount);
  const out = new Float64Array(classCount);
  const stack = cursor; // the fill cursors are done: node stack (high bit: leaving)
  const LEAVE = 0x80000000;
  let sp = 0;
  stack[sp++] = ROOT_NODE;
  while (sp > 0) {
    const top = stack[--sp];
    if (top & LEAVE) {
      active[classOfShape[shapeOf[top & ~LEAVE]]]--;
      continue;
    }
    const v = top;
    const c = classOfShape[shapeOf[v]];
    const children = first[v + 1] - first[v];
    if (sizes[v] !== 0 && active[c] === 0) {
      out[c] += retained[v];
      if (children > 0) {
        active[c]++;
        stack[sp++] = (v | LEAVE) >>> 0;
      }
    }
    for (let k = first[v], end = first[v + 1]; k < end; k++) stack[sp++] = list[k];
  }
  scratch.push(list);
  return out;
}
