/**
 * Dominator tree and retained sizes, as DevTools computes them
 * (`calculateDominatorsAndRetainedSizes`): over essential edges (`essential_edges.ts`), from
 * the root; then, as DevTools does, every node the root does not reach but that nothing
 * retains through an essential edge (only weak retainers) hangs under the root with what it
 * reaches, and what is still left (cycles only they reach) is dominated by the root alone.
 * So every node is under the root and the root retains the whole heap.
 *
 * @module
 */

import type { HeapSnapshot } from "./snapshot.ts";
import { ROOT_NODE, type TypeCodes } from "./model.ts";
import { freeNow } from "./free_now.ts";
import { type EssentialEdgeRules, essentialEdgeRules } from "./essential_edges.ts";

/**
 * Per node: retained size in bytes; 32-bit when the whole heap's size fits (half the memory),
 * else 64-bit floats.
 */
export type RetainedSizes = Uint32Array | Float64Array;

/** Dominator tree and retained sizes. */
export interface Dominators {
  /** Per node: immediate dominator's node index (the root dominates itself). */
  idom: Uint32Array;
  /** Per node: retained size in bytes, from the sizes the tree was given. */
  retained: RetainedSizes;
  /** The self sizes summed into `retained` (computed here when a function was given). */
  sizes: Uint32Array;
  /** Number of nodes reachable from the root through essential edges. */
  reachable: number;
  /**
   * Node-count-sized arrays the computation used and no longer needs (contents undefined):
   * a caller that would allocate such arrays next can reuse these instead, so the process
   * does not grow by another ~4 bytes per node each time before the GC frees the scratch.
   */
  scratch: Uint32Array[];
}

const NONE = 0xffffffff;

/**
 * Dominators by the Semi-NCA variant of Lengauer–Tarjan (semidominators by link-eval with
 * path compression, then immediate dominators by nearest-common-ancestor walks); the tree
 * does not depend on the variant, so it is DevTools'. Iterative, so multi-million-node graphs
 * do not overflow the stack; scratch arrays are indexed by DFS preorder number and reused
 * between phases to keep the peak at about six 32-bit words per node plus one per essential
 * edge into a node with several. `sizes` are the self sizes summed into retained sizes
 * (DevTools': `shallow_sizes.ts`); V8's by default. Given as a function, they are computed
 * once the tree is built, into two node-long arrays it no longer needs (`into`, every element
 * to be overwritten, and `scratch`): the tree's peak then does not hold them.
 */
export function computeDominators(
  s: HeapSnapshot,
  codes: TypeCodes,
  sizes: Uint32Array | ((into: Uint32Array, scratch: Uint32Array) => Uint32Array) = s.nodeSelfSize,
): Dominators {
  const n = s.nodeCount;
  const { firstEdge, edgeTo, edgeType, edgeNameOrIndex, nodeId } = s;
  // 1. Iterative DFS over essential edges, numbering nodes in preorder.
  const dfnum = new Uint32Array(n).fill(NONE); // node → preorder number
  const vertex = new Uint32Array(n); // preorder number → node
  const parent = new Uint32Array(n); // preorder number → parent's preorder number
  // stackA and stackB share one buffer that later holds the link records of step 3.
  const buffer = new ArrayBuffer(n * 8);
  const stackA = new Uint32Array(buffer, 0, n); // DFS node stack, later fill cursors
  const stackB = new Uint32Array(buffer, n * 4, n); // DFS edge cursors
  // The page-owned search (once per snapshot) borrows the stack.
  const rules = essentialEdgeRules(s, codes, stackA);
  const { weak, shortcut, weakMapInternal, tableId } = rules;
  // No page-owned nodes: a zero array makes the page test never match.
  const page = rules.page ?? new Uint8Array(0);
  const pageRule = rules.page !== undefined;
  // Predecessor counts are gathered during the DFS (every essential edge of a numbered node
  // is scanned exactly once there), saving a pass over all edges.
  const predFirst = new Uint32Array(n + 1);
  let numbered = 0;
  let reachable = -1;
  {
    // The node being scanned lives in locals (v, its number, edge cursor, end); the stacks
    // hold only suspended ancestors and where to resume their scan.
    let sp = 0;
    let v = ROOT_NODE;
    let dv = 0;
    let e = firstEdge[v];
    let end = firstEdge[v + 1];
    dfnum[v] = numbered;
    vertex[numbered++] = v;
    // After the root's search: per node, whether an essential edge retains it; nodes that
    // none does start their own searches under the root, in node order (`next` scans).
    let retainedByEssential: Uint8Array | undefined;
    let next = 0;
    for (;;) {
      if (e === end) {
        if (sp > 0) {
          v = stackA[--sp];
          e = stackB[sp];
          end = firstEdge[v + 1];
          dv = dfnum[v];
          continue;
        }
        if (reachable < 0) reachable = numbered;
        if (numbered === n) break;
        retainedByEssential ??= essentiallyRetained(s, rules);
        while (next < n && (dfnum[next] !== NONE || retainedByEssential[next] === 1)) next++;
        if (next === n) break;
        v = next;
        dv = numbered;
        e = firstEdge[v];
        end = firstEdge[v + 1];
        dfnum[v] = numbered;
        parent[numbered] = 0;
        vertex[numbered++] = v;
        continue;
      }
      // The rules of isEssentialEdge, inlined.
      const t = edgeType[e];
      const w = edgeTo[e++];
      if (t === weak || w === v) continue;
      if (v !== ROOT_NODE) {
        if (t === shortcut) continue;
        if (pageRule && page[w] === 1 && page[v] === 0) continue;
      }
      if (t === weakMapInternal && tableId[edgeNameOrIndex[e - 1]] === nodeId[v]) continue;
      const dw = dfnum[w];
      if (dw !== NONE) {
        predFirst[dw + 1]++;
        continue;
      }
      predFirst[numbered + 1]++;
      dfnum[w] = numbered;
      vertex[numbered] = w;
      parent[numbered++] = dv;
      const wFirst = firstEdge[w];
      const wEnd = firstEdge[w + 1];
      // A leaf (strings, numbers: a large share of a heap) would be pushed only to be
      // popped: it is numbered and v's scan goes on (same preorder).
      if (wFirst === wEnd) continue;
      stackA[sp] = v;
      stackB[sp++] = e;
      v = w;
      dv = numbered - 1;
      e = wFirst;
      end = wEnd;
    }
  }
  const searched = numbered;
  // Nodes no search reached (cycles that only unreachable nodes retain; usually none) are the
  // root's, with their own size: listed here, while dfnum still tells them apart.
  const unsearched = new Uint32Array(n - searched);
  // 2. Predecessors over essential edges between numbered nodes, in preorder numbers. Most
  // nodes (~3/4 of a heap) have one predecessor, necessarily their DFS parent: their
  // semidominator is that parent, so their predecessor is not stored (fill cursor NONE).
  // predFirst[i + 1] holds node i's count; rewritten in place into start offsets.
  const fill = stackA;
  let stored = 0;
  for (let i = 0; i < searched; i++) {
    const count = predFirst[i + 1];
    predFirst[i] = stored;
    fill[i] = count > 1 ? stored : NONE;
    if (count > 1) stored += count;
  }
  predFirst[searched] = stored;
  const pred = new Uint32Array(stored);
  for (let v = 0, u = 0; v < n; v++) {
    const dv = dfnum[v];
    if (dv === NONE) {
      unsearched[u++] = v;
      continue;
    }
    for (let e = firstEdge[v], end = firstEdge[v + 1]; e < end; e++) {
      const t = edgeType[e];
      const w = edgeTo[e];
      if (t === weak || w === v) continue;
      if (v !== ROOT_NODE) {
        if (t === shortcut) continue;
        if (pageRule && page[w] === 1 && page[v] === 0) continue;
      }
      if (t === weakMapInternal && tableId[edgeNameOrIndex[e]] === nodeId[v]) continue;
      const dw = dfnum[w];
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
  const link = new Uint32Array(buffer); // [2x]: ancestor (NONE: not linked); [2x + 1]: min semi
  for (let i = 0; i < searched; i++) {
    link[2 * i] = NONE;
    link[2 * i + 1] = i;
  }
  const semi = dfnum; // the node numbering is no longer needed
  let compressStack = new Uint32Array(1024);
  for (let w = searched - 1; w > 0; w--) {
    // The parent is always a predecessor and, not linked yet, evaluates to itself: start
    // there (it is the answer for nodes whose predecessor was not stored, and for a search's
    // start, whose parent is the root).
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
  for (let w = 1; w < searched; w++) {
    let d = idomD[w];
    while (d > semi[w]) d = idomD[d];
    idomD[w] = d;
  }
  // 5. Back to node indices; retained sizes bottom-up in reverse preorder.
  const idom = semi.fill(ROOT_NODE);
  for (let w = 1; w < searched; w++) idom[vertex[w]] = vertex[idomD[w]];
  // The link records are done with: their two words per node go before the sizes come. So
  // are the preorder idoms and the predecessor offsets: the sizes' arrays when computed now.
  freeNow(link);
  const offsets = predFirst.subarray(0, n);
  const selfSizes = typeof sizes === "function" ? sizes(idomD, offsets) : sizes;
  let total = 0;
  for (let v = 0; v < n; v++) total += selfSizes[v];
  const retained = total <= 0xffffffff ? new Uint32Array(n) : new Float64Array(n);
  retained.set(selfSizes.subarray(0, n));
  for (let w = searched - 1; w > 0; w--) {
    const v = vertex[w];
    retained[idom[v]] += retained[v];
  }
  for (const v of unsearched) retained[ROOT_NODE] += selfSizes[v];
  const scratch = typeof sizes === "function" ? [vertex, offsets] : [vertex, idomD, offsets];
  return { idom, retained, sizes: selfSizes, reachable, scratch };
}

/** Per node: 1 when some essential edge points at it. */
function essentiallyRetained(s: HeapSnapshot, rules: EssentialEdgeRules): Uint8Array {
  const { firstEdge, edgeTo, edgeType, edgeNameOrIndex, nodeId } = s;
  const { weak, shortcut, weakMapInternal, tableId } = rules;
  const page = rules.page ?? new Uint8Array(0);
  const pageRule = rules.page !== undefined;
  const out = new Uint8Array(s.nodeCount);
  for (let v = 0; v < s.nodeCount; v++) {
    for (let e = firstEdge[v], end = firstEdge[v + 1]; e < end; e++) {
      const t = edgeType[e];
      const w = edgeTo[e];
      if (t === weak || w === v) continue;
      if (v !== ROOT_NODE) {
        if (t === shortcut) continue;
        if (pageRule && page[w] === 1 && page[v] === 0) continue;
      }
      if (t === weakMapInternal && tableId[edgeNameOrIndex[e]] === nodeId[v]) continue;
      out[w] = 1;
    }
  }
  return out;
}
