/**
 * Distances as DevTools' Memory panel shows them (`calculateDistances`): breadth-first over
 * non-weak edges from the user roots first (the global objects, at distance 1; see
 * `user_roots.ts`), then from the root for what only the GC roots reach, counted from
 * {@link SYSTEM_DISTANCE} (DevTools shows those as "−"). A snapshot without user roots (Deno)
 * counts from the root at 0. Three kinds of edges are not walked, as in DevTools: a native
 * context's `sloppy_function_map`, descriptor arrays' descriptor slots (maps share them, so
 * they are not real paths), and the first of a WeakMap entry's two edges to its value (the
 * value is as far as the farther of its key and its table).
 *
 * @module
 */

import type { HeapSnapshot } from "./snapshot.ts";
import { ROOT_NODE, type TypeCodes } from "./model.ts";
import { isUserRoot } from "./user_roots.ts";
import { weakMapEdgeNames } from "./weak_maps.ts";

/** Not reached at all (DevTools' `noDistance`). */
export const NO_DISTANCE = -5;
/** Added to the distance of what only the GC roots reach (DevTools' `baseSystemDistance`). */
export const SYSTEM_DISTANCE = 100_000_000;

/** The distance DevTools prints: -1 for its "−" (only the GC roots reach it, or nothing). */
export function shownDistance(d: number): number {
  return d >= 0 && d < SYSTEM_DISTANCE ? d : -1;
}

/** Per node: DevTools' distance. `queue` (node-count long) is used when given. */
export function computeDistances(
  s: HeapSnapshot,
  codes: TypeCodes,
  queue: Uint32Array = new Uint32Array(s.nodeCount),
): Int32Array {
  const dist = new Int32Array(s.nodeCount).fill(NO_DISTANCE);
  const skip = skippedEdges(s, codes);
  let length = 0;
  for (let e = s.firstEdge[ROOT_NODE], end = s.firstEdge[ROOT_NODE + 1]; e < end; e++) {
    const w = s.edgeTo[e];
    if (dist[w] === 1 || !isUserRoot(s, codes, w)) continue;
    dist[w] = 1;
    queue[length++] = w;
  }
  breadthFirst(s, codes, dist, queue, length, skip);
  dist[ROOT_NODE] = length > 0 ? SYSTEM_DISTANCE : 0;
  queue[0] = ROOT_NODE;
  breadthFirst(s, codes, dist, queue, 1, skip);
  return dist;
}

/** The edges DevTools' distance filter leaves out, as a per-edge test. */
interface SkippedEdges {
  /** `system / NativeContext` name index and `sloppy_function_map` name index (or -1). */
  nativeContext: number;
  sloppyFunctionMap: number;
  /** `(map descriptors)` name index, or -1. */
  mapDescriptors: number;
  /** WeakMap pair per edge name string (1 + pair), and a pending bit per pair. */
  pairOf: Uint32Array;
  pending: Uint8Array;
  weakMapInternal: number;
}

function skippedEdges(s: HeapSnapshot, codes: TypeCodes): SkippedEdges {
  const [nativeContext, sloppyFunctionMap, mapDescriptors] = s.strings.indicesOf([
    "system / NativeContext",
    "sloppy_function_map",
    "(map descriptors)",
  ]);
  const weakMaps = weakMapEdgeNames(s);
  return {
    nativeContext,
    sloppyFunctionMap,
    mapDescriptors,
    pairOf: weakMaps.pair,
    pending: new Uint8Array(weakMaps.pairs + 1),
    weakMapInternal: weakMaps.any ? codes.edgeInternal : -1,
  };
}

/** DevTools' filter (`JSHeapSnapshot.calculateDistances`): whether edge `e` of `v` is walked. */
function walked(s: HeapSnapshot, codes: TypeCodes, skip: SkippedEdges, v: number, e: number) {
  const t = s.edgeType[e];
  const name = s.edgeNameOrIndex[e];
  const named = t !== codes.edgeElement && t !== codes.edgeHidden;
  if (
    s.nodeType[v] === codes.hidden && named && name === skip.sloppyFunctionMap &&
    s.nodeName[v] === skip.nativeContext
  ) return false;
  if (s.nodeType[v] === codes.array && s.nodeName[v] === skip.mapDescriptors) {
    const index = named ? parseInt(s.strings.get(name), 10) : name;
    // NaN (a named slot) is walked, as `index < 2 || index % 3 !== 1` lets it through.
    return index < 2 || index % 3 !== 1;
  }
  if (t === skip.weakMapInternal) {
    const pair = skip.pairOf[name];
    if (pair !== 0) {
      // The first edge of the pair met is held back; the second is walked.
      if (skip.pending[pair] === 0) {
        skip.pending[pair] = 1;
        return false;
      }
      skip.pending[pair] = 0;
    }
  }
  return true;
}

function breadthFirst(
  s: HeapSnapshot,
  codes: TypeCodes,
  dist: Int32Array,
  queue: Uint32Array,
  length: number,
  skip: SkippedEdges,
): void {
  const { firstEdge, edgeTo, edgeType, nodeType } = s;
  const weak = codes.edgeWeak;
  // Only nodes of these kinds can have edges the filter leaves out.
  const hidden = codes.hidden, array = codes.array, internal = skip.weakMapInternal;
  let head = 0;
  while (head < length) {
    const v = queue[head++];
    const d = dist[v] + 1;
    const mayFilter = nodeType[v] === hidden || nodeType[v] === array;
    for (let e = firstEdge[v], end = firstEdge[v + 1]; e < end; e++) {
      const t = edgeType[e];
      if (t === weak) continue;
      const w = edgeTo[e];
      if (dist[w] !== NO_DISTANCE) continue;
      if ((mayFilter || t === internal) && !walked(s, codes, skip, v, e)) continue;
      dist[w] = d;
      queue[length++] = w;
    }
  }
}
