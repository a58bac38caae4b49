/**
 * A class's retained size as DevTools' Summary shows it (`calculateClassesRetainedSize`): the
 * retained sizes of its objects, each counted unless an object of the same class (with a self
 * size) is above it anywhere on its dominator chain — then that one already counts it. Checking
 * only the immediate dominator counts an object twice when the same class sits higher up
 * (`A → Array → A`).
 *
 * @module
 */

import type { RetainedSizes } from "../graph/dominators.ts";
import type { HeapSnapshot } from "../graph/snapshot.ts";
import { ROOT_NODE } from "../graph/model.ts";
import { freeNow } from "../graph/free_now.ts";
import type { PerNodeIndex } from "./classes.ts";

const NONE = 0xffffffff;

/**
 * Per class: retained size. `classOf(node)` is the node's class; `sizes` DevTools' self
 * sizes (objects of size 0 are not counted, as DevTools leaves them out of its classes).
 * `scratch` arrays (node-count long, contents overwritten) are used before fresh ones.
 */
export function classRetainedSizes(
  s: HeapSnapshot,
  idom: Uint32Array,
  retained: RetainedSizes,
  sizes: Uint32Array,
  shapeOf: PerNodeIndex,
  classOfShape: Uint32Array,
  classCount: number,
  scratch: Uint32Array[] = [],
): Float64Array {
  const n = s.nodeCount;
  const spare = () => scratch.pop() ?? new Uint32Array(n);
  // The dominator tree's children as linked lists, built in one pass: node v's first child is
  // child[v], each child's next sibling next[child] (NONE ends a list).
  const child = spare().fill(NONE);
  const next = spare();
  for (let v = n - 1; v >= 0; v--) {
    if (v === ROOT_NODE) continue;
    const parent = idom[v];
    next[v] = child[parent];
    child[parent] = v;
  }
  // Depth first from the root, without a stack: down to the first child, across to the next
  // sibling, up by the dominator. `active[c]` counts the counted objects of class c on the
  // current chain; a counted object releases its class when it is left.
  const active = new Uint32Array(classCount);
  const out = new Float64Array(classCount);
  const counted = new Uint8Array(n);
  let v = ROOT_NODE;
  walk: for (;;) {
    // Entering v.
    const c = classOfShape[shapeOf[v]];
    if (sizes[v] !== 0 && active[c] === 0) {
      out[c] += retained[v];
      active[c]++;
      counted[v] = 1;
    }
    if (child[v] !== NONE) {
      v = child[v];
      continue;
    }
    // v's subtree is done: leave it and the ancestors whose last child it closes.
    for (;;) {
      if (counted[v] === 1) active[classOfShape[shapeOf[v]]]--;
      if (v === ROOT_NODE) break walk;
      if (next[v] !== NONE) {
        v = next[v];
        continue walk;
      }
      v = idom[v];
    }
  }
  freeNow(counted);
  scratch.push(child, next);
  return out;
}
