/**
 * Graph basics over a parsed {@link HeapSnapshot}: node/edge type lookups, edge labels and
 * reverse edges. DevTools' figures have modules of their own: `shallow_sizes.ts`,
 * `essential_edges.ts`, `dominators.ts`, `distances.ts`.
 *
 * @module
 */

import type { HeapSnapshot } from "./snapshot.ts";

/** Index of a type name in a type table, or -1 when this V8 version does not have it. */
function typeIndex(types: string[], name: string): number {
  return types.indexOf(name);
}

/** Node and edge type numbers resolved once from `meta`, so loops compare integers. */
export interface TypeCodes {
  hidden: number;
  array: number;
  string: number;
  object: number;
  code: number;
  closure: number;
  regexp: number;
  number: number;
  native: number;
  synthetic: number;
  concatString: number;
  slicedString: number;
  symbol: number;
  bigint: number;
  objectShape: number;
  edgeContext: number;
  edgeElement: number;
  edgeProperty: number;
  edgeInternal: number;
  edgeHidden: number;
  edgeShortcut: number;
  edgeWeak: number;
}

/** Resolves the type numbers of a snapshot (they differ between V8 versions). */
export function typeCodes(snapshot: HeapSnapshot): TypeCodes {
  const n = snapshot.meta.nodeTypes;
  const e = snapshot.meta.edgeTypes;
  return {
    hidden: typeIndex(n, "hidden"),
    array: typeIndex(n, "array"),
    string: typeIndex(n, "string"),
    object: typeIndex(n, "object"),
    code: typeIndex(n, "code"),
    closure: typeIndex(n, "closure"),
    regexp: typeIndex(n, "regexp"),
    number: typeIndex(n, "number"),
    native: typeIndex(n, "native"),
    synthetic: typeIndex(n, "synthetic"),
    concatString: typeIndex(n, "concatenated string"),
    slicedString: typeIndex(n, "sliced string"),
    symbol: typeIndex(n, "symbol"),
    bigint: typeIndex(n, "bigint"),
    objectShape: typeIndex(n, "object shape"),
    edgeContext: typeIndex(e, "context"),
    edgeElement: typeIndex(e, "element"),
    edgeProperty: typeIndex(e, "property"),
    edgeInternal: typeIndex(e, "internal"),
    edgeHidden: typeIndex(e, "hidden"),
    edgeShortcut: typeIndex(e, "shortcut"),
    edgeWeak: typeIndex(e, "weak"),
  };
}

/** Whether node type `t` is one of V8's strings (flat, concatenated or sliced). */
export function isStringType(codes: TypeCodes, t: number): boolean {
  return t === codes.string || t === codes.concatString || t === codes.slicedString;
}

/** The synthetic root is always node 0 in V8 snapshots. */
export const ROOT_NODE = 0;

/** Name of an edge as a human reads it: the property/variable name, or `[index]`. */
export function edgeLabel(s: HeapSnapshot, codes: TypeCodes, edge: number): string {
  const t = s.edgeType[edge];
  const v = s.edgeNameOrIndex[edge];
  if (t === codes.edgeElement || t === codes.edgeHidden) return `[${v}]`;
  return v < s.strings.length ? s.strings.get(v) : `?${v}`;
}

/** The node `node`'s property named by string index `name` points at, or -1. */
export function namedProperty(
  s: HeapSnapshot,
  codes: TypeCodes,
  node: number,
  name: number,
): number {
  for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
    if (s.edgeType[e] === codes.edgeProperty && s.edgeNameOrIndex[e] === name) return s.edgeTo[e];
  }
  return -1;
}

/** Edge name as a string for named edge types, or `undefined` for element/hidden edges. */
export function edgeName(s: HeapSnapshot, codes: TypeCodes, edge: number): string | undefined {
  const t = s.edgeType[edge];
  if (t === codes.edgeElement || t === codes.edgeHidden) return undefined;
  return s.strings.get(s.edgeNameOrIndex[edge]);
}

/** Reverse edges in compressed form: retainers of node `i` are `first[i] .. first[i+1]-1`. */
export interface Retainers {
  /** Per node + 1: start of its slice in `node`/`edge`. */
  first: Uint32Array;
  /** Retaining node index. */
  node: Uint32Array;
  /** Edge index (in the snapshot) from the retaining node to this node. */
  edge: Uint32Array;
}

/** Builds reverse edges over all edges (weak included; callers filter). */
export function buildRetainers(s: HeapSnapshot): Retainers {
  const n = s.nodeCount;
  const first = new Uint32Array(n + 1);
  const to = s.edgeTo;
  for (let e = 0; e < s.edgeCount; e++) first[to[e] + 1]++;
  for (let i = 0; i < n; i++) first[i + 1] += first[i];
  const fill = first.slice(0, n);
  const node = new Uint32Array(s.edgeCount);
  const edge = new Uint32Array(s.edgeCount);
  for (let from = 0; from < n; from++) {
    for (let e = s.firstEdge[from], end = s.firstEdge[from + 1]; e < end; e++) {
      const slot = fill[to[e]]++;
      node[slot] = from;
      edge[slot] = e;
    }
  }
  return { first, node, edge };
}
