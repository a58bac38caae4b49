/**
 * A weak reference that cannot clear: an entry keeps a `WeakRef` so that its target may go,
 * and also holds that target strongly another way (a handler bound to it, a closure over it),
 * so the target never goes and the cleanup that waits for `deref()` to come back undefined
 * never runs. Found near one of a holder's entries: the WeakRef, its target, and the strong
 * path to the target from the object that keeps the WeakRef.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import { edgeLabel, type TypeCodes } from "../graph/model.ts";
import { displayName } from "./holders.ts";
import { findName } from "./names.ts";

/** A WeakRef whose target the same object holds strongly. */
export interface WeakTargetHeld {
  /** The object's property that keeps the WeakRef (`ref`). */
  ref: string;
  /** The target's class (`SpotReport`). */
  target: string;
  /** The edges from the object to the target (`handler`, `bound_this`). */
  via: string[];
}

/** How far from an entry the WeakRef is looked for, and the strong path to its target. */
const REF_DEPTH = 3;
const HOLD_DEPTH = 3;
/**
 * Most objects visited per search, and per node (a few of a big collection's entries stand for
 * the rest): an entry's near neighbourhood, not the heap.
 */
const VISITS = 1024;
const PER_NODE = 16;

/** The first WeakRef near `entry` whose target its holder also keeps strongly, if any. */
export function weakTargetHeld(
  s: HeapSnapshot,
  codes: TypeCodes,
  entry: number,
): WeakTargetHeld | undefined {
  const weakRefName = findName(s, "WeakRef");
  if (weakRefName < 0 || entry < 0) return undefined;
  const found = search(s, codes, entry, REF_DEPTH, (node) => s.nodeName[node] === weakRefName);
  for (const { node: ref, parent, edge } of found) {
    if (parent < 0) continue;
    const target = weakTarget(s, codes, ref);
    if (target < 0) continue;
    const held = search(s, codes, parent, HOLD_DEPTH, (node) => node === target, ref);
    if (held.length === 0) continue;
    return {
      ref: edgeLabel(s, codes, edge),
      target: displayName(s, codes, target),
      via: held[0].labels,
    };
  }
  return undefined;
}

/**
 * The target of a WeakRef (or a FinalizationRegistry's cell): its weak edge, the one named
 * `name` when given (a cell's other weak edge is its unregister token); -1 if there is none.
 */
export function weakTarget(s: HeapSnapshot, codes: TypeCodes, ref: number, name = -1): number {
  for (let e = s.firstEdge[ref], end = s.firstEdge[ref + 1]; e < end; e++) {
    if (s.edgeType[e] === codes.edgeWeak && (name < 0 || s.edgeNameOrIndex[e] === name)) {
      return s.edgeTo[e];
    }
  }
  return -1;
}

interface Reached {
  node: number;
  /** The node it was reached from and by which edge (-1 at the start). */
  parent: number;
  edge: number;
  labels: string[];
}

/**
 * Nodes within `depth` strong edges of `from` that `wanted` accepts, nearest first, each with
 * the labels of the edges that lead there; `avoid` is not entered.
 */
function search(
  s: HeapSnapshot,
  codes: TypeCodes,
  from: number,
  depth: number,
  wanted: (node: number) => boolean,
  avoid = -1,
): Reached[] {
  const out: Reached[] = [];
  const seen = new Set<number>([from]);
  let level: Reached[] = [{ node: from, parent: -1, edge: -1, labels: [] }];
  for (let d = 0; d < depth && level.length && seen.size < VISITS; d++) {
    const next: Reached[] = [];
    for (const at of level) {
      let taken = 0;
      for (let e = s.firstEdge[at.node], end = s.firstEdge[at.node + 1]; e < end; e++) {
        const t = s.edgeTo[e];
        if (s.edgeType[e] === codes.edgeWeak || t === avoid || seen.has(t)) continue;
        // Hidden classes and code say nothing about what the program keeps.
        if (s.nodeType[t] !== codes.object && s.nodeType[t] !== codes.closure) continue;
        if (++taken > PER_NODE) break;
        seen.add(t);
        const reached = {
          node: t,
          parent: at.node,
          edge: e,
          labels: [...at.labels, edgeLabel(s, codes, e)],
        };
        if (wanted(t)) out.push(reached);
        else next.push(reached);
        if (seen.size >= VISITS) break;
      }
    }
    level = next;
  }
  return out;
}
