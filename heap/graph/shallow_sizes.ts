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
import { freeNow } from "./free_now.ts";

const UNVISITED = 0xffffffff;
const SEVERAL_OWNERS = 0xfffffffe;
const EXTERNAL_STRING_DATA = "system / ExternalStringData";

/**
 * Per node: its DevTools self size. `into` (node-count long, every element overwritten) and
 * `scratch` (node-count long) are used instead of fresh arrays when given; a fresh scratch
 * array is freed before this returns (the dominators come next and would add to it).
 */
export function shallowSizes(
  s: HeapSnapshot,
  codes: TypeCodes,
  into: Uint32Array = new Uint32Array(s.nodeCount),
  scratch?: Uint32Array,
): Uint32Array {
  const n = s.nodeCount;
  into.set(s.nodeSelfSize);
  if (!hasUserRoots(s, codes)) return into;
  const owners = scratch ?? new Uint32Array(n);
  const { firstEdge, edgeTo, edgeType, nodeType } = s;
  const weak = codes.edgeWeak;
  // The name's string index, found on the first native node that has it (natives are few;
  // a search of the whole string table would cost more).
  let external = -1;
  const isExternalData = (name: number) => {
    if (external < 0 && s.strings.equals(name, EXTERNAL_STRING_DATA)) external = name;
    return name === external;
  };
  // Owners first: every node that is not an internal array, hidden object or external
  // string's data owns itself; the others start unvisited. `owned[t]`: type t can be owned.
  const owned = new Uint8Array(s.meta.nodeTypes.length);
  for (const t of [codes.hidden, codes.array]) if (t >= 0) owned[t] = 1;
  // The same as bits: the test every edge makes reads this set, an eighth of the types'
  // size, which stays in the processor's cache where random reads of the owners would not.
  const ownable = new Uint8Array((n >>> 3) + 1);
  let ownedCount = 0;
  for (let i = 0; i < n; i++) {
    const t = nodeType[i];
    const isOwned = owned[t] === 1 || (t === codes.native && isExternalData(s.nodeName[i]));
    owners[i] = isOwned ? UNVISITED : i;
    if (isOwned) {
      ownedCount++;
      ownable[i >>> 3] |= 1 << (i & 7);
    }
  }
  // The searches, merged: an owned node reached from one owner takes it, from a second one
  // becomes shared, and passes what it holds on to the owned nodes it reaches (again when it
  // changes, at most twice). A node ends with one owner exactly when only that owner's
  // searches reach it, whatever the order; owners' own edges are read once, in order.
  let stack = new Uint32Array(Math.max(1024, Math.min(n, 2 * ownedCount + 16)));
  let sp = 0;
  const reach = (w: number, owner: number) => {
    const current = owners[w];
    if (current === UNVISITED) owners[w] = owner;
    else if (current !== w && current !== owner && current !== SEVERAL_OWNERS) {
      owners[w] = SEVERAL_OWNERS;
    } else return;
    if (sp === stack.length) {
      const bigger = new Uint32Array(sp * 2);
      bigger.set(stack);
      stack = bigger;
    }
    stack[sp++] = w;
  };
  for (let v = 0; v < n; v++) {
    if (owners[v] !== v) continue;
    for (let e = firstEdge[v], end = firstEdge[v + 1]; e < end; e++) {
      if (edgeType[e] === weak) continue;
      const w = edgeTo[e];
      // Another owner: nothing to pass on (the usual edge).
      if ((ownable[w >>> 3] & (1 << (w & 7))) === 0) continue;
      reach(w, v);
    }
    while (sp > 0) {
      const u = stack[--sp];
      const owner = owners[u];
      for (let e = firstEdge[u], end = firstEdge[u + 1]; e < end; e++) {
        const w = edgeTo[e];
        if ((ownable[w >>> 3] & (1 << (w & 7))) !== 0 && edgeType[e] !== weak) reach(w, owner);
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
  if (!scratch) freeNow(owners);
  return into;
}
