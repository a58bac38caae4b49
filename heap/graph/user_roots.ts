/**
 * The roots a web developer thinks of, as DevTools finds them: the root's children that are
 * not synthetic (the global objects its shortcut edges point at) and the `(Document DOM
 * trees)` root. Deno's root has none (its one child is `(GC roots)`); Node's and Chrome's
 * have their global objects. DevTools measures distances from them first, folds internal
 * arrays into their owners only when there are any, and calls what they reach the page's.
 *
 * @module
 */

import type { HeapSnapshot } from "./snapshot.ts";
import { ROOT_NODE, type TypeCodes } from "./model.ts";

/** Whether a child of the root is a user root (`isUserRoot` in DevTools' JSHeapSnapshot). */
export function isUserRoot(s: HeapSnapshot, codes: TypeCodes, node: number): boolean {
  return s.nodeType[node] !== codes.synthetic ||
    s.strings.equals(s.nodeName[node], "(Document DOM trees)");
}

/** Whether any child of the root is a user root. */
export function hasUserRoots(s: HeapSnapshot, codes: TypeCodes): boolean {
  for (let e = s.firstEdge[ROOT_NODE], end = s.firstEdge[ROOT_NODE + 1]; e < end; e++) {
    if (isUserRoot(s, codes, s.edgeTo[e])) return true;
  }
  return false;
}

/**
 * Per node: 1 when the page owns it — reachable over non-weak edges from what the root's
 * shortcut edges point at (the global objects) or from `(Document DOM trees)`
 * (`markPageOwnedNodes`). Undefined when the root has no such edge (Deno): then no edge is
 * left out of the dominators for it. `stack` (node-count long) is used as the search stack
 * when given.
 */
export function pageOwnedNodes(
  s: HeapSnapshot,
  codes: TypeCodes,
  stack: Uint32Array = new Uint32Array(s.nodeCount),
): Uint8Array | undefined {
  const { firstEdge, edgeTo, edgeType } = s;
  let flags: Uint8Array | undefined;
  let sp = 0;
  for (let e = firstEdge[ROOT_NODE], end = firstEdge[ROOT_NODE + 1]; e < end; e++) {
    const t = edgeType[e];
    const w = edgeTo[e];
    const entry = t === codes.edgeShortcut ||
      (t === codes.edgeElement && s.nodeType[w] === codes.synthetic &&
        s.strings.equals(s.nodeName[w], "(Document DOM trees)"));
    if (!entry || flags?.[w] === 1) continue;
    flags ??= new Uint8Array(s.nodeCount);
    stack[sp++] = w;
    flags[w] = 1;
  }
  if (!flags) return undefined;
  const weak = codes.edgeWeak;
  while (sp > 0) {
    const v = stack[--sp];
    for (let e = firstEdge[v], end = firstEdge[v + 1]; e < end; e++) {
      const w = edgeTo[e];
      if (flags[w] === 1 || edgeType[e] === weak) continue;
      flags[w] = 1;
      stack[sp++] = w;
    }
  }
  return flags;
}
