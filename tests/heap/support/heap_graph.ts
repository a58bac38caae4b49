/**
 * Tiny hand-made heap graphs as `HeapSnapshot`s, for algorithm tests that need exact control
 * over nodes and edges (no file, no parser). Every node is an `object`; node 0 is the root.
 *
 * @module
 */

import type { HeapSnapshot } from "../../../heap/graph/snapshot.ts";
import { StringTable } from "../../../heap/graph/string_table.ts";

/** Node type names in V8's order (index = type number). */
export const NODE_TYPES = [
  "hidden",
  "array",
  "string",
  "object",
  "code",
  "closure",
  "regexp",
  "number",
  "native",
  "synthetic",
];

/** Edge type names in V8's order (index = type number). */
export const EDGE_TYPES = [
  "context",
  "element",
  "property",
  "internal",
  "hidden",
  "shortcut",
  "weak",
];

/** An edge as `[from, to, edge type name]`. */
export type GraphEdge = [number, number, string];

/** A snapshot with the given self sizes (one node each), edges and node ids (default 2, 4, 6, …). */
export function graphSnapshot(
  sizes: number[],
  edges: GraphEdge[],
  ids: number[] = sizes.map((_, i) => (i + 1) * 2),
): HeapSnapshot {
  const n = sizes.length;
  const sorted = [...edges].sort((a, b) => a[0] - b[0]);
  const firstEdge = new Uint32Array(n + 1);
  for (const [from] of sorted) firstEdge[from + 1]++;
  for (let i = 0; i < n; i++) firstEdge[i + 1] += firstEdge[i];
  return {
    path: "graph",
    meta: {
      nodeFields: [],
      nodeTypes: NODE_TYPES,
      edgeFields: [],
      edgeTypes: EDGE_TYPES,
      locationFields: [],
    },
    nodeCount: n,
    edgeCount: sorted.length,
    nodeType: new Uint8Array(n).fill(NODE_TYPES.indexOf("object")),
    nodeName: new Uint32Array(n),
    nodeId: Uint32Array.from(ids),
    nodeSelfSize: Uint32Array.from(sizes),
    firstEdge,
    edgeType: Uint8Array.from(sorted, (e) => EDGE_TYPES.indexOf(e[2])),
    edgeNameOrIndex: new Uint32Array(sorted.length),
    edgeTo: Uint32Array.from(sorted, (e) => e[1]),
    strings: StringTable.fromArray(["x"]),
    locations: {
      count: 0,
      nodeIndex: new Uint32Array(0),
      scriptId: new Uint32Array(0),
      line: new Uint32Array(0),
      column: new Uint32Array(0),
    },
  };
}

/**
 * The WeakMap case: 0 → 1 (WeakMap) → 2 (its table, an internal array) -weak→ 3 (key) and
 * -internal pair→ 4 (value); 0 → 3 (the key is held elsewhere) -internal pair→ 4. Sizes 0, 8, 16,
 * 32, 64. The table's edge to the value carries V8's "part of key … pair in WeakMap" name.
 */
export function weakMapGraph(): HeapSnapshot {
  const s = graphSnapshot([0, 8, 16, 32, 64], [
    [0, 1, "element"],
    [0, 3, "element"],
    [1, 2, "internal"],
    [2, 3, "weak"],
    [2, 4, "internal"],
    [3, 4, "internal"],
  ]);
  s.nodeType[2] = NODE_TYPES.indexOf("array");
  s.strings = StringTable.fromArray([
    "x",
    "3 / part of key (Object @8) -> value (Object @10) pair in WeakMap (table @6)",
  ]);
  for (let e = 0; e < s.edgeCount; e++) {
    if (s.edgeType[e] === EDGE_TYPES.indexOf("internal") && s.edgeTo[e] === 4) {
      s.edgeNameOrIndex[e] = 1;
    }
  }
  return s;
}

/** A deterministic pseudo-random integer source: `rand(k)` is in `0 .. k-1`. */
export function seededRandom(seed: number): (k: number) => number {
  let state = seed >>> 0;
  return (k) => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state % k;
  };
}
