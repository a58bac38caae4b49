/**
 * The hottest call paths: samples grouped by the chain of the program's own functions on their
 * stack (the runtime's frames between them left out, recursion kept), with the function on
 * top when it is the runtime's (a regular expression, a native op) — where the time lands,
 * and how the program got there.
 *
 * @module
 */

import type { ProfileModel } from "./model.ts";

/** One call path and the samples that landed on it (time in microseconds). */
export interface CallPath {
  /** Function indices, outermost first. */
  functions: number[];
  samples: number;
  us: number;
}

/**
 * Per node, an id for its chain of program functions: the parent's chain, extended when the
 * node is the program's. Id 0 is the empty chain (no program frame on the stack).
 */
export function programChains(model: ProfileModel): {
  chainOf: Int32Array;
  chainParent: number[];
  chainFunction: number[];
} {
  const chainOf = new Int32Array(model.parent.length);
  const chainParent = [-1];
  const chainFunction = [-1];
  const interned = new Map<string, number>();
  for (const v of model.treeOrder) {
    const p = model.parent[v];
    const base = p >= 0 ? chainOf[p] : 0;
    const fn = model.nodeFunction[v];
    if (model.functions[fn].kind !== "program") {
      chainOf[v] = base;
      continue;
    }
    const key = `${base}:${fn}`;
    let id = interned.get(key);
    if (id === undefined) {
      id = chainParent.length;
      interned.set(key, id);
      chainParent.push(base);
      chainFunction.push(fn);
    }
    chainOf[v] = id;
  }
  return { chainOf, chainParent, chainFunction };
}

/** The `top` paths with the most samples, among samples with a program frame on the stack. */
export function hotPaths(model: ProfileModel, top: number): CallPath[] {
  const { chainOf, chainParent, chainFunction } = programChains(model);
  const byKey = new Map<string, { chain: number; topFn: number; samples: number; us: number }>();
  for (let k = 0; k < model.sampleNode.length; k++) {
    const v = model.sampleNode[k];
    const chain = chainOf[v];
    if (chain === 0) continue;
    const fn = model.nodeFunction[v];
    const kind = model.functions[fn].kind;
    // The runtime's function on top is where the time goes (RegExp, an op); GC is not the path's.
    const topFn = kind === "runtime" ? fn : -1;
    const key = `${chain}:${topFn}`;
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, entry = { chain, topFn, samples: 0, us: 0 });
    entry.samples++;
    entry.us += model.sampleTime[k];
  }
  return [...byKey.values()]
    .sort((a, b) => b.samples - a.samples || a.chain - b.chain)
    .slice(0, top)
    .map((e) => {
      const functions: number[] = [];
      for (let c = e.chain; c > 0; c = chainParent[c]) functions.push(chainFunction[c]);
      functions.reverse();
      if (e.topFn >= 0) functions.push(e.topFn);
      return { functions, samples: e.samples, us: e.us };
    });
}
