/**
 * Time per function: self (samples with the function on top) and total (samples with it
 * anywhere on the stack, counted once however deep it recurses), and the lines its self
 * samples landed on (V8's `positionTicks`, merged over every node of the function).
 *
 * @module
 */

import type { ProfileModel } from "./model.ts";

/** One function's samples and time (microseconds). */
export interface FunctionTime {
  /** Index into `model.functions`. */
  fn: number;
  selfSamples: number;
  selfUs: number;
  totalSamples: number;
  totalUs: number;
}

/** Self and total time of every function, indexed like `model.functions`. */
export function functionTimes(model: ProfileModel): FunctionTime[] {
  const nodeCount = model.parent.length;
  const nodeSamples = new Float64Array(nodeCount);
  const nodeUs = new Float64Array(nodeCount);
  for (let k = 0; k < model.sampleNode.length; k++) {
    nodeSamples[model.sampleNode[k]]++;
    nodeUs[model.sampleNode[k]] += model.sampleTime[k];
  }
  const times: FunctionTime[] = model.functions.map((_, fn) => ({
    fn,
    selfSamples: 0,
    selfUs: 0,
    totalSamples: 0,
    totalUs: 0,
  }));
  // Subtree sums, children before parents.
  const subSamples = nodeSamples.slice();
  const subUs = nodeUs.slice();
  for (let k = model.treeOrder.length - 1; k > 0; k--) {
    const v = model.treeOrder[k];
    const p = model.parent[v];
    if (p >= 0) {
      subSamples[p] += subSamples[v];
      subUs[p] += subUs[v];
    }
  }
  // A node adds its subtree to its function's total unless the function is already on the
  // stack above it (recursion): walk the tree keeping how often each function is on the path.
  const onPath = new Int32Array(model.functions.length);
  const childrenOf = childLists(model);
  const stack: number[] = [model.treeOrder[0]];
  const leaving: boolean[] = [false];
  while (stack.length) {
    const v = stack.pop()!;
    const fn = model.nodeFunction[v];
    if (leaving.pop()) {
      onPath[fn]--;
      continue;
    }
    const t = times[fn];
    t.selfSamples += nodeSamples[v];
    t.selfUs += nodeUs[v];
    if (onPath[fn] === 0) {
      t.totalSamples += subSamples[v];
      t.totalUs += subUs[v];
    }
    onPath[fn]++;
    stack.push(v);
    leaving.push(true);
    for (const c of childrenOf[v]) {
      stack.push(c);
      leaving.push(false);
    }
  }
  return times;
}

/** Each node's children (node indices). */
export function childLists(model: ProfileModel): number[][] {
  const children: number[][] = Array.from({ length: model.parent.length }, () => []);
  for (let v = 0; v < model.parent.length; v++) {
    if (model.parent[v] >= 0) children[model.parent[v]].push(v);
  }
  return children;
}

/** Ticks per line (1-based, of the running script) of function `fn`, over all its nodes. */
export function lineTicks(model: ProfileModel, fn: number): Map<number, number> {
  const lines = new Map<number, number>();
  for (const [i, node] of model.profile.nodes.entries()) {
    if (model.nodeFunction[i] !== fn) continue;
    for (const t of node.positionTicks ?? []) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
  }
  return lines;
}
