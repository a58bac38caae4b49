/**
 * Self sizes as DevTools shows them (`calculateShallowSizes`): an internal array or hidden
 * object that only one object reaches — through other such nodes, over non-weak edges — is
 * counted in that object's size and shows 0 itself (an `Array`'s elements store, a `Map`'s
 * table), so a class's size is what its objects occupy. Only when the snapshot has user roots
 * (see `user_roots.ts`): a snapshot with none (Deno's, or taken with internals exposed)
 * keeps V8's sizes, as DevTools does. The V8 sizes stay in `HeapSnapshot.nodeSelfSize`.
 *
 * @module
 */

import type { HeapSnapshot } from "./snapshot.ts";
import { ROOT_NODE, type TypeCodes } from "./model.ts";
import { hasUserRoots } from "./user_roots.ts";

const UNVISITED = 0xffffffff;
const SEVERAL_OWNERS = 0xfffffffe;

/**
 * Per node: its DevTools self size. `into` (node-count long, every element overwritten) and
 * `owners` (node-count long scratch) are used instead of fresh arrays when given.
 */
export function shallowSizes(
  s: HeapSnapshot,
  codes: TypeCodes,
  into: Uint32Array = new Uint32Array(s.nodeCount),
  owners: Uint32Array = new Uint32Array(s.nodeCount),
): Uint32Array {
  const n = s.nodeCount;
  into.set(s.nodeSelfSize);
  if (!hasUserRoots(s, codes)) return into;
  const { firstEdge, edgeTo, edgeType, nodeType } = s;
  const weak = codes.edgeWeak;
  const external = externalStringDataName(s);
  // Owners first: every node that is not an internal array, hidden object or external
  // string's data owns itself and starts a search.
  let stack = new Uint32Array(Math.max(1024, n >>> 3));
  let sp = 0;
  const push = (v: number) => {
    if (sp === stack.length) {
      const bigger = new Uint32Array(sp * 2);
      bigger.set(stack);
      stack = bigger;
    }
    stack[sp++] = v;
  };
  for (let i = 0; i < n; i++) {
    const t = nodeType[i];
    const owned = t === codes.hidden || t === codes.array ||
      (t === codes.native && s.nodeName[i] === external);
    owners[i] = owned ? UNVISITED : i;
  }
  // Each owner's search, one after another (the result does not depend on the order: a node
  // ends with one owner exactly when only that owner's searches reach it).
  for (let root = n - 1; root >= 0; root--) {
    if (owners[root] !== root) continue;
    push(root);
    while (sp > 0) {
      const v = stack[--sp];
      const owner = owners[v];
      for (let e = firstEdge[v], end = firstEdge[v + 1]; e < end; e++) {
        if (edgeType[e] === weak) continue;
        const w = edgeTo[e];
        const current = owners[w];
        if (current === UNVISITED) {
          owners[w] = owner;
          push(w);
        } else if (current !== w && current !== owner && current !== SEVERAL_OWNERS) {
          owners[w] = SEVERAL_OWNERS;
          push(w);
        }
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const owner = owners[i];
    if (owner === i || owner >= SEVERAL_OWNERS) continue;
    // Moving a size into the synthetic roots would tell nobody anything.
    if (owner === ROOT_NODE || nodeType[owner] === codes.synthetic) continue;
    into[owner] += into[i];
    into[i] = 0;
  }
  return into;
}

/** The string index of `system / ExternalStringData`, or -1. */
function externalStringDataName(s: HeapSnapshot): number {
  return s.strings.indicesOf(["system / ExternalStringData"])[0];
}
