/**
 * A checked CPU profile indexed for analysis: nodes by index with their parents in tree order,
 * one entry per distinct function (V8 makes a node per call site, so a function called from
 * two lines of one caller has two sibling nodes), each function's kind — the program's own
 * code, the runtime's (`ext:`, `node:`, native ops, regular expressions) or V8's pseudo frames
 * — and the samples in time order with what each one stands for (DevTools' rule: the time
 * until the next sample).
 *
 * @module
 */

import { isRuntimeUrl } from "../heap/mod.ts";
import type { CpuProfile } from "./profile.ts";

/** What a function is. */
export type FunctionKind =
  | "program" // the program's own code (and its dependencies)
  | "runtime" // Deno's or Node's own code, native ops, regular expressions
  | "root" // (root)
  | "idle" // (idle): the event loop waited for something to do
  | "native" // (program): V8 or the embedder outside JavaScript
  | "gc"; // (garbage collector)

/** One distinct function of the profile. */
export interface ProfileFunction {
  /** `(anonymous)` when V8 gives no name. */
  name: string;
  scriptId: string;
  url: string;
  /** Where it starts in the running script (0-based). */
  line: number;
  column: number;
  kind: FunctionKind;
}

const PSEUDO_FRAMES: Record<string, FunctionKind> = {
  "(root)": "root",
  "(idle)": "idle",
  "(program)": "native",
  "(garbage collector)": "gc",
};

/** The indexed profile (see the module doc). */
export class ProfileModel {
  readonly profile: CpuProfile;
  readonly functions: ProfileFunction[] = [];
  /** Per node index: its function. */
  readonly nodeFunction: Int32Array;
  /** Per node index: its parent's index (-1 at the root). */
  readonly parent: Int32Array;
  /** Node indices, every parent before its children. */
  readonly treeOrder: Int32Array;
  /** Per sample, in time order: the node on top. */
  readonly sampleNode: Int32Array;
  /** Per sample: microseconds from the profile's start. */
  readonly sampleStart: Float64Array;
  /** Per sample: microseconds it stands for. */
  readonly sampleTime: Float64Array;
  /** False when the profile has hit counts only (an old format): no timeline. */
  readonly hasTimeline: boolean;
  readonly #nodeIndex = new Map<number, number>();

  constructor(profile: CpuProfile) {
    this.profile = profile;
    const { nodes } = profile;
    this.nodeFunction = new Int32Array(nodes.length);
    this.parent = new Int32Array(nodes.length).fill(-1);
    const functionIndex = new Map<string, number>();
    for (const [i, n] of nodes.entries()) {
      this.#nodeIndex.set(n.id, i);
      const f = n.callFrame;
      const key = `${f.scriptId}:${f.lineNumber}:${f.columnNumber}:${f.url}:${f.functionName}`;
      let fi = functionIndex.get(key);
      if (fi === undefined) {
        fi = this.functions.length;
        functionIndex.set(key, fi);
        this.functions.push({
          name: f.functionName || "(anonymous)",
          scriptId: f.scriptId,
          url: f.url,
          line: f.lineNumber,
          column: f.columnNumber,
          kind: kindOf(f.functionName, f.url),
        });
      }
      this.nodeFunction[i] = fi;
    }
    for (const [i, n] of nodes.entries()) {
      for (const c of n.children ?? []) this.parent[this.#nodeIndex.get(c)!] = i;
    }
    this.treeOrder = treeOrder(this.parent);
    const timeline = sampleTimeline(profile, this.#nodeIndex);
    this.hasTimeline = timeline.hasTimeline;
    this.sampleNode = timeline.node;
    this.sampleStart = timeline.start;
    this.sampleTime = timeline.time;
  }

  /** The node index of a profile node id. */
  nodeIndex(id: number): number | undefined {
    return this.#nodeIndex.get(id);
  }

  /** The kind of the function at node index `node`. */
  kindOfNode(node: number): FunctionKind {
    return this.functions[this.nodeFunction[node]].kind;
  }

  /** Microseconds the profile covers. */
  get durationUs(): number {
    return this.profile.endTime - this.profile.startTime;
  }
}

function kindOf(name: string, url: string): FunctionKind {
  if (url === "" && PSEUDO_FRAMES[name]) return PSEUDO_FRAMES[name];
  return isRuntimeUrl(url) ? "runtime" : "program";
}

/** Parents before children (a breadth-first walk from the root). */
function treeOrder(parent: Int32Array): Int32Array {
  const n = parent.length;
  const childCount = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) childCount[parent[i] + 1]++;
  // Children of each node contiguous: counting sort by parent (root's parent -1 → slot 0).
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i] + childCount[i];
  const byParent = new Int32Array(n);
  const fill = offset.slice();
  for (let i = 0; i < n; i++) byParent[fill[parent[i] + 1]++] = i;
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let k = offset[0]; k < offset[1]; k++) order[tail++] = byParent[k];
  while (head < tail) {
    const v = order[head++];
    for (let k = offset[v + 1]; k < offset[v + 2]; k++) order[tail++] = byParent[k];
  }
  return order;
}

/**
 * Samples sorted by time (V8 can record one slightly out of order), each standing for the time
 * until the next; the last stands for the median gap (the profile may stop well after it).
 * Without samples, each node's hit count becomes that many samples of the average length.
 */
function sampleTimeline(profile: CpuProfile, nodeIndex: Map<number, number>) {
  const { samples, timeDeltas } = profile;
  if (!samples || !timeDeltas) {
    const nodes: number[] = [];
    for (const [i, n] of profile.nodes.entries()) {
      for (let k = 0; k < (n.hitCount ?? 0); k++) nodes.push(i);
    }
    const each = nodes.length ? (profile.endTime - profile.startTime) / nodes.length : 0;
    return {
      hasTimeline: false,
      node: Int32Array.from(nodes),
      start: new Float64Array(nodes.length),
      time: new Float64Array(nodes.length).fill(each),
    };
  }
  const count = samples.length;
  const stamp = new Float64Array(count);
  let t = 0;
  let sorted = true;
  for (let i = 0; i < count; i++) {
    t += timeDeltas[i];
    stamp[i] = t;
    if (i > 0 && stamp[i] < stamp[i - 1]) sorted = false;
  }
  const order = Int32Array.from({ length: count }, (_, i) => i);
  if (!sorted) order.sort((a, b) => stamp[a] - stamp[b] || a - b);
  const node = new Int32Array(count);
  const start = new Float64Array(count);
  const time = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    node[k] = nodeIndex.get(samples[order[k]])!;
    start[k] = Math.max(0, stamp[order[k]]);
  }
  for (let k = 0; k + 1 < count; k++) time[k] = start[k + 1] - start[k];
  if (count > 0) time[count - 1] = median(time.subarray(0, count - 1));
  return { hasTimeline: true, node, start, time };
}

function median(values: Float64Array): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[sorted.length >> 1];
}
