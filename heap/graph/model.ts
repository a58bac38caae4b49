/**
 * Graph questions over a parsed {@link HeapSnapshot}, answered with typed arrays in one pass
 * each (the approach of Chrome DevTools' heap_snapshot_worker): node/edge type lookups,
 * reverse edges, distances from the root, dominators and retained sizes.
 *
 * @module
 */

import type { HeapSnapshot } from "./snapshot.ts";
import type { StringTable } from "./string_table.ts";
import { freeNow } from "./free_now.ts";

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

/** The synthetic root is always node 0 in V8 snapshots. */
export const ROOT_NODE = 0;

/** Name of an edge as a human reads it: the property/variable name, or `[index]`. */
export function edgeLabel(s: HeapSnapshot, codes: TypeCodes, edge: number): string {
  const t = s.edgeType[edge];
  const v = s.edgeNameOrIndex[edge];
  if (t === codes.edgeElement || t === codes.edgeHidden) return `[${v}]`;
  return v < s.strings.length ? s.strings.get(v) : `?${v}`;
}

/** Edge name as a string for named edge types, or `undefined` for element/hidden edges. */
export function edgeName(s: HeapSnapshot, codes: TypeCodes, edge: number): string | undefined {
  const t = s.edgeType[edge];
  if (t === codes.edgeElement || t === codes.edgeHidden) return undefined;
  return s.strings.get(s.edgeNameOrIndex[edge]);
}

/** {@link weakMapValueEdgeNames} per string table, computed once (read-only for callers). */
const weakMapNamesOf = new WeakMap<StringTable, Uint8Array>();

/**
 * Per string index: 1 when the string names a WeakMap table→value edge (`3 / part of key
 * (Object @5) -> value (Object @7) pair in WeakMap (table @9)`). V8 emits that edge from both
 * the key and the table; like DevTools, only the key's counts, so a value is retained by its key.
 */
export function weakMapValueEdgeNames(s: HeapSnapshot): Uint8Array {
  // Asked for by the dominators, the light retained sizes and the freed pass of one
  // analysis: one scan of the strings (tens of ms on a real heap's) serves them all.
  const known = weakMapNamesOf.get(s.strings);
  if (known) return known;
  const flags = new Uint8Array(s.strings.length);
  const str = s.strings;
  // On the bytes: this runs over every string, and all but a handful are never decoded.
  for (let i = 0; i < str.length; i++) {
    if (
      str.includes(i, "part of key") && str.includes(i, "pair in WeakMap") && str.get(i).length > 30
    ) {
      flags[i] = 1;
    }
  }
  weakMapNamesOf.set(s.strings, flags);
  return flags;
}

/**
 * Whether an edge keeps its target alive for dominator purposes, as DevTools decides: weak
 * edges never; shortcut edges only from the root; a WeakMap table's edge to a value never.
 */
export function isEssentialEdge(
  s: HeapSnapshot,
  codes: TypeCodes,
  from: number,
  edge: number,
  weakMapNames: Uint8Array,
) {
  const t = s.edgeType[edge];
  if (t === codes.edgeWeak) return false;
  if (t === codes.edgeShortcut) return from === ROOT_NODE;
  if (t === codes.edgeInternal && weakMapNames[s.edgeNameOrIndex[edge]] === 1) {
    return s.nodeType[from] !== codes.array; // the table is an internal array; the key is not
  }
  return true;
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

/** Marker for "not reachable" in {@link computeDistances}. */
export const UNREACHABLE = 0xffffffff;

/** Hop count from the root for every node, by BFS skipping weak edges. */
export function computeDistances(s: HeapSnapshot, codes: TypeCodes): Uint32Array {
  const n = s.nodeCount;
  const dist = new Uint32Array(n).fill(UNREACHABLE);
  const queue = new Uint32Array(n);
  let head = 0;
  let tail = 0;
  dist[ROOT_NODE] = 0;
  queue[tail++] = ROOT_NODE;
  while (head < tail) {
    const v = queue[head++];
    const d = dist[v] + 1;
    for (let e = s.firstEdge[v], end = s.firstEdge[v + 1]; e < end; e++) {
      if (s.edgeType[e] === codes.edgeWeak) continue;
      const w = s.edgeTo[e];
      if (dist[w] !== UNREACHABLE) continue;
      dist[w] = d;
      queue[tail++] = w;
    }
  }
  return dist;
}

/** Dominator tree and retained sizes. */
export interface Dominators {
  /** Per node: immediate dominator's node index (the root dominates itself and unreachable nodes). */
  idom: Uint32Array;
  /** Per node: retained size in bytes (self size for nodes unreachable by essential edges). */
  retained: Float64Array;
  /** Number of nodes reachable from the root through essential edges. */
  reachable: number;
  /**
   * Node-count-sized arrays the computation used and no longer needs (contents undefined):
   * a caller that would allocate such arrays next can reuse these instead, so the process
   * does not grow by another ~4 bytes per node each time before the GC frees the scratch.
   */
  scratch: Uint32Array[];
}

/**
 * Dominators by the Semi-NCA variant of Lengauer–Tarjan (semidominators by link-eval with
 * path compression, then immediate dominators by nearest-common-ancestor walks) over
 * essential edges (see {@link isEssentialEdge}; the same rules are inlined here). Iterative, so multi-million-node graphs do not overflow the stack; scratch
 * arrays are indexed by DFS preorder number and reused between phases to keep the peak at
 * about six 32-bit words per node plus one per essential edge into a node with several.
 */
export function computeDominators(s: HeapSnapshot, codes: TypeCodes): Dominators {
  const n = s.nodeCount;
  const NONE = 0xffffffff;
  const { firstEdge, edgeTo, edgeType } = s;
  const weak = codes.edgeWeak;
  const shortcut = codes.edgeShortcut;
  const arrayType = codes.array;
  const weakMapNames = weakMapValueEdgeNames(s);
  // No WeakMap pairs in this snapshot: make the extra test below never match (cheaper loops).
  const internal = weakMapNames.includes(1) ? codes.edgeInternal : -1;
  const { edgeNameOrIndex, nodeType } = s;
  // 1. Iterative DFS from the root over essential edges, numbering nodes in preorder.
  const dfnum = new Uint32Array(n).fill(NONE); // node → preorder number
  const vertex = new Uint32Array(n); // preorder number → node
  const parent = new Uint32Array(n); // preorder number → parent's preorder number
  // stackA and stackB share one buffer that later holds the link records of step 3 and
  // finally the retained sizes (Float64).
  const buffer = new ArrayBuffer(n * 8);
  const stackA = new Uint32Array(buffer, 0, n); // DFS node stack, later fill cursors
  const stackB = new Uint32Array(buffer, n * 4, n); // DFS edge cursors
  // Predecessor counts are gathered during the DFS (every essential edge of a reachable node
  // is scanned exactly once there), saving a pass over all edges.
  const predFirst = new Uint32Array(n + 1);
  let reachable = 0;
  {
    // The node being scanned lives in locals (v, its number, edge cursor, end); the stacks
    // hold only suspended ancestors and where to resume their scan.
    let sp = 0;
    let v = ROOT_NODE;
    let dv = 0;
    let e = firstEdge[v];
    let end = firstEdge[v + 1];
    dfnum[v] = reachable;
    vertex[reachable++] = v;
    for (;;) {
      if (e === end) {
        if (sp === 0) break;
        v = stackA[--sp];
        e = stackB[sp];
        end = firstEdge[v + 1];
        dv = dfnum[v];
        continue;
      }
      const t = edgeType[e];
      if (t === weak || (t === shortcut && v !== ROOT_NODE)) {
        e++;
        continue;
      }
      if (t === internal && weakMapNames[edgeNameOrIndex[e]] === 1 && nodeType[v] === arrayType) {
        e++;
        continue;
      }
      const w = edgeTo[e++];
      const dw = dfnum[w];
      if (dw !== NONE) {
        predFirst[dw + 1]++;
        continue;
      }
      predFirst[reachable + 1]++;
      dfnum[w] = reachable;
      vertex[reachable] = w;
      parent[reachable++] = dv;
      const wFirst = firstEdge[w];
      const wEnd = firstEdge[w + 1];
      // A leaf (strings, numbers: a large share of a heap) would be pushed only to be
      // popped: it is numbered and v's scan goes on (same preorder).
      if (wFirst === wEnd) continue;
      stackA[sp] = v;
      stackB[sp++] = e;
      v = w;
      dv = reachable - 1;
      e = wFirst;
      end = wEnd;
    }
  }
  // 2. Predecessors over essential edges between reachable nodes, in preorder numbers. Most
  // nodes (~3/4 of a heap) have one predecessor, necessarily their DFS parent: their
  // semidominator is that parent, so their predecessor is not stored (fill cursor NONE).
  // predFirst[i + 1] holds node i's count; rewritten in place into start offsets.
  const fill = stackA;
  let stored = 0;
  for (let i = 0; i < reachable; i++) {
    const count = predFirst[i + 1];
    predFirst[i] = stored;
    fill[i] = count > 1 ? stored : NONE;
    if (count > 1) stored += count;
  }
  predFirst[reachable] = stored;
  const pred = new Uint32Array(stored);
  for (let v = 0; v < n; v++) {
    const dv = dfnum[v];
    if (dv === NONE) continue;
    for (let e = firstEdge[v], end = firstEdge[v + 1]; e < end; e++) {
      const t = edgeType[e];
      if (t === weak || (t === shortcut && v !== ROOT_NODE)) continue;
      if (t === internal && weakMapNames[edgeNameOrIndex[e]] === 1 && nodeType[v] === arrayType) {
        continue;
      }
      const dw = dfnum[edgeTo[e]];
      if (dw === NONE) continue;
      const slot = fill[dw];
      if (slot !== NONE) {
        pred[slot] = dv;
        fill[dw] = slot + 1;
      }
    }
  }
  // 3. Semidominators (link-eval with path compression), in preorder-number space. Only
  // semidominator values are ever compared, so each forest node keeps, beside its ancestor,
  // the smallest semidominator on its compressed path (what `semi[label[x]]` would read):
  // both in one record, so a step up a path touches one cache line, not three arrays.
  const semi = dfnum; // the node numbering is no longer needed
  const link = new Uint32Array(buffer); // [2x]: ancestor (NONE: not linked); [2x + 1]: min semi
  for (let i = 0; i < reachable; i++) {
    link[2 * i] = NONE;
    link[2 * i + 1] = i;
  }
  // Compression paths are short in practice: a small stack that doubles when one is not.
  let compressStack = new Uint32Array(1024);
  for (let w = reachable - 1; w > 0; w--) {
    // The parent is always a predecessor and, not linked yet, evaluates to itself: start
    // there (it is the answer for nodes whose predecessor was not stored).
    let best = parent[w];
    for (let p = predFirst[w], end = predFirst[w + 1]; p < end; p++) {
      const v = pred[p];
      if (link[2 * v] !== NONE) {
        // eval(v) with iterative path compression.
        let sp = 0;
        let x = v;
        while (link[2 * link[2 * x]] !== NONE) {
          if (sp === compressStack.length) {
            const bigger = new Uint32Array(sp * 2);
            bigger.set(compressStack);
            compressStack = bigger;
          }
          compressStack[sp++] = x;
          x = link[2 * x];
        }
        while (sp > 0) {
          const y = compressStack[--sp];
          const a = link[2 * y];
          if (link[2 * a + 1] < link[2 * y + 1]) link[2 * y + 1] = link[2 * a + 1];
          link[2 * y] = link[2 * a];
        }
      }
      // Not linked: v is the root or not processed yet, and its own semidominator (v).
      const m = link[2 * v + 1];
      if (m < best) best = m;
    }
    semi[w] = best;
    link[2 * w + 1] = best;
    link[2 * w] = parent[w]; // link
  }
  // Predecessors are done with: give their memory back now, not at the next GC (what the
  // analysis allocates after this would otherwise add to the peak).
  freeNow(pred);
  // 4. Immediate dominators: walk up the DFS tree until at or above the semidominator.
  const idomD = parent;
  for (let w = 1; w < reachable; w++) {
    let d = idomD[w];
    while (d > semi[w]) d = idomD[d];
    idomD[w] = d;
  }
  // 5. Back to node indices; retained sizes bottom-up in reverse preorder.
  const idom = semi.fill(0); // unreachable nodes: dominated by the root (0)
  const retained = new Float64Array(buffer); // the link records are no longer needed
  for (let v = 0; v < n; v++) retained[v] = s.nodeSelfSize[v];
  for (let w = 1; w < reachable; w++) idom[vertex[w]] = vertex[idomD[w]];
  for (let w = reachable - 1; w > 0; w--) {
    retained[vertex[idomD[w]]] += retained[vertex[w]];
  }
  return { idom, retained, reachable, scratch: [vertex, idomD, predFirst.subarray(0, n)] };
}
