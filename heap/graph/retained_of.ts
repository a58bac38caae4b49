/**
 * Exact dominator-retained sizes of a few chosen nodes (holder instances) without building
 * the whole dominator tree — for the baseline of a comparison, whose only retained sizes
 * the report shows are its holders'.
 *
 * With X the chosen nodes: nodes reachable from the root without passing through X (R0)
 * are retained by no node of X. Every other reachable node v is reached from some nodes of
 * X through paths that avoid X and R0 (its "reachers"); v is retained by x exactly when x
 * dominates every reacher (or is one), i.e. when x is an ancestor-or-self of the reachers'
 * nearest common ancestor in the dominator tree of X itself. That small tree comes from the
 * graph condensed onto X (an edge x → y when a path avoiding X and R0 leads from x to y; the
 * root → y when y is reached from R0). Cost: a pass from the root, one pass over each
 * chosen node's region, a second one cut short wherever a node's attribution does not move.
 *
 * @module
 */

import type { HeapSnapshot } from "./snapshot.ts";
import { ROOT_NODE, type TypeCodes } from "./model.ts";
import { essentialEdgeRules, isEssentialEdge } from "./essential_edges.ts";

const UNSEEN = -1;
const IN_R0 = -2;

/**
 * Retained size of each node of `nodes` (same order), exactly as `computeDominators` gives
 * it: self size plus everything the node dominates over essential edges; self size alone for
 * a node the root does not reach. `scratch`, when at least 8 bytes per node, is used (and
 * overwritten) for the marks and the queue instead of fresh memory.
 *
 * Undefined when the searches would visit more than `budget` nodes in all (many chosen
 * nodes sharing a large region no other path reaches makes them quadratic): the caller then
 * builds the dominator tree instead. The default allows a few passes over the graph.
 */
export function retainedSizesOf(
  s: HeapSnapshot,
  codes: TypeCodes,
  nodes: ArrayLike<number>,
  scratch?: ArrayBuffer,
  budget = 4 * s.nodeCount + (1 << 20),
): Float64Array | undefined {
  const n = s.nodeCount;
  const { firstEdge, edgeTo, nodeSelfSize } = s;
  const rules = essentialEdgeRules(s, codes);
  const essential = (v: number, e: number) => isEssentialEdge(s, rules, v, e);

  // The chosen nodes, without repeats: xs[k], and k from a node.
  const xOf = new Int32Array(n).fill(-1);
  const xs: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const x = nodes[i];
    if (x !== ROOT_NODE && xOf[x] < 0) {
      xOf[x] = xs.length;
      xs.push(x);
    }
  }
  const K = xs.length;
  const S = K; // the root, in the condensed graph
  const buffer = scratch && scratch.byteLength >= n * 8 ? scratch : new ArrayBuffer(n * 8);
  const mark = new Int32Array(buffer, 0, n).fill(UNSEEN);
  const queue = new Uint32Array(buffer, n * 4, n);

  /**
   * Breadth-first from `start` over essential edges; `enter(w)` says whether to go on from
   * w. False once the searches together have gone past the budget.
   */
  let visits = 0;
  const search = (start: number, enter: (w: number) => boolean): boolean => {
    let head = 0, tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const v = queue[head++];
      for (let e = firstEdge[v], end = firstEdge[v + 1]; e < end; e++) {
        if (essential(v, e) && enter(edgeTo[e])) queue[tail++] = edgeTo[e];
      }
    }
    visits += tail;
    return visits <= budget;
  };

  // 1. R0: reachable from the root without entering X; which X nodes it points at.
  const fromRoot = new Uint8Array(K);
  mark[ROOT_NODE] = IN_R0;
  search(ROOT_NODE, (w) => {
    const k = xOf[w];
    if (k >= 0) fromRoot[k] = 1;
    if (k >= 0 || mark[w] !== UNSEEN) return false;
    mark[w] = IN_R0;
    return true;
  });

  // 2. The condensed graph: x → y when y is reached from x avoiding X and R0.
  const succ: number[][] = Array.from({ length: K + 1 }, () => []);
  for (let k = 0; k < K; k++) if (fromRoot[k]) succ[S].push(k);
  for (let k = 0; k < K; k++) {
    const stamp = -3 - k; // visited by this search
    const seenY = new Set<number>();
    const inBudget = search(xs[k], (w) => {
      const j = xOf[w];
      if (j >= 0) {
        if (j !== k && !seenY.has(j)) {
          seenY.add(j);
          succ[k].push(j);
        }
        return false;
      }
      const m = mark[w];
      if (m === IN_R0 || m === stamp) return false;
      mark[w] = stamp;
      return true;
    });
    if (!inBudget) return undefined;
  }

  // 3. Dominators of the condensed graph (Cooper, Harvey & Kennedy: it is small).
  const order: number[] = []; // reverse postorder from S
  const rpo = new Int32Array(K + 1).fill(-1);
  {
    const visited = new Uint8Array(K + 1);
    const stack: [number, number][] = [[S, 0]];
    visited[S] = 1;
    const post: number[] = [];
    while (stack.length) {
      const top = stack[stack.length - 1];
      const list = succ[top[0]];
      if (top[1] < list.length) {
        const w = list[top[1]++];
        if (!visited[w]) {
          visited[w] = 1;
          stack.push([w, 0]);
        }
      } else {
        post.push(top[0]);
        stack.pop();
      }
    }
    for (let i = post.length - 1; i >= 0; i--) {
      rpo[post[i]] = order.length;
      order.push(post[i]);
    }
  }
  const preds: number[][] = Array.from({ length: K + 1 }, () => []);
  for (let v = 0; v <= K; v++) for (const w of succ[v]) preds[w].push(v);
  const idom = new Int32Array(K + 1).fill(-1);
  idom[S] = S;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (rpo[a] > rpo[b]) a = idom[a];
      while (rpo[b] > rpo[a]) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 1; i < order.length; i++) {
      const b = order[i];
      let d = -1;
      for (const p of preds[b]) {
        if (idom[p] < 0) continue;
        d = d < 0 ? p : intersect(p, d);
      }
      if (d >= 0 && idom[b] !== d) {
        idom[b] = d;
        changed = true;
      }
    }
  }
  const depth = new Int32Array(K + 1);
  for (let i = 1; i < order.length; i++) depth[order[i]] = depth[idom[order[i]]] + 1;
  const nca = (a: number, b: number) => {
    while (depth[a] > depth[b]) a = idom[a];
    while (depth[b] > depth[a]) b = idom[b];
    while (a !== b) {
      a = idom[a];
      b = idom[b];
    }
    return a;
  };

  // 4. Attribute every node outside R0 to the nearest common dominator of its reachers. A
  // search stops where the attribution does not move: what follows was reached by the
  // same searches and is attributed at or above it already.
  const att = mark; // reuse: ≥ 0 attributed to that X (or S), IN_R0, else not seen yet
  for (let v = 0; v < n; v++) if (att[v] !== IN_R0) att[v] = UNSEEN;
  for (const k of order) {
    if (k === S) continue;
    const inBudget = search(xs[k], (w) => {
      const a = att[w];
      if (xOf[w] >= 0 || a === IN_R0) return false;
      const next = a === UNSEEN ? k : nca(a, k);
      if (next === a) return false;
      att[w] = next;
      return true;
    });
    if (!inBudget) return undefined;
  }

  // 5. Sizes: each X node's own, plus what is attributed to it, then up the condensed tree.
  const sum = new Float64Array(K + 1);
  for (let k = 0; k < K; k++) sum[k] = nodeSelfSize[xs[k]];
  for (let v = 0; v < n; v++) {
    const a = att[v];
    if (a >= 0 && a < K) sum[a] += nodeSelfSize[v];
  }
  for (let i = order.length - 1; i > 0; i--) {
    const k = order[i];
    if (idom[k] !== S) sum[idom[k]] += sum[k];
  }
  const out = new Float64Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const x = nodes[i];
    const k = xOf[x];
    // Not reached from the root (or the root itself): its self size, as the dominators say.
    out[i] = k < 0 || rpo[k] < 0 ? nodeSelfSize[x] : sum[k];
  }
  return out;
}
