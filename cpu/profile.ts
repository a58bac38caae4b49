/**
 * The V8 CPU profile as CDP's `Profiler.stop` returns it and Chrome DevTools saves it
 * (`.cpuprofile`): a call tree of nodes, and the sampled node at each tick with the time since
 * the previous one. {@link checkCpuProfile} accepts only a whole, consistent profile, so the
 * analysis never meets a dangling id, a cycle or a sample without a time.
 *
 * @module
 */

import { CpuProfileError } from "./errors.ts";

/** Where a node's function starts (CDP `Runtime.CallFrame`; 0-based line and column). */
export interface CpuCallFrame {
  functionName: string;
  scriptId: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** Ticks that landed on one line of a node's function (1-based line of the running script). */
export interface PositionTick {
  line: number;
  ticks: number;
}

/** One node of the call tree (CDP `Profiler.ProfileNode`). */
export interface CpuProfileNode {
  id: number;
  callFrame: CpuCallFrame;
  /** Samples with this node on top. */
  hitCount?: number;
  children?: number[];
  /** Of those samples, the lines they landed on. */
  positionTicks?: PositionTick[];
  deoptReason?: string;
}

/** A whole CPU profile (CDP `Profiler.Profile`); times in microseconds. */
export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  /** The node on top of the stack at each sample. */
  samples?: number[];
  /** Microseconds from the previous sample (the first: from `startTime`). */
  timeDeltas?: number[];
}

/** Most nodes and samples a profile may hold (a 10-minute run at 100 µs is 6 M samples). */
export const MAX_PROFILE_NODES = 2_000_000;
export const MAX_PROFILE_SAMPLES = 10_000_000;

/**
 * `value` as a {@link CpuProfile}, or a {@link CpuProfileError} saying what is missing or
 * inconsistent (`source` names the file or the target in the message).
 */
export function checkCpuProfile(value: unknown, source: string): CpuProfile {
  const fail = (what: string): never => {
    throw new CpuProfileError(`${source} is not a usable V8 CPU profile: ${what}.`);
  };
  if (!value || typeof value !== "object" || Array.isArray(value)) fail("not a JSON object");
  const p = value as Record<string, unknown>;
  if (!Array.isArray(p.nodes) || p.nodes.length === 0) fail('no "nodes" list');
  const nodes = p.nodes as unknown[];
  if (nodes.length > MAX_PROFILE_NODES) {
    fail(`${nodes.length} nodes (at most ${MAX_PROFILE_NODES})`);
  }
  if (!Number.isFinite(p.startTime) || !Number.isFinite(p.endTime)) {
    fail('"startTime" and "endTime" must be numbers');
  }
  if ((p.endTime as number) < (p.startTime as number)) fail('"endTime" is before "startTime"');
  const ids = new Set<number>();
  for (const [i, raw] of nodes.entries()) {
    const n = raw as Record<string, unknown> | null;
    const f = n?.callFrame as Record<string, unknown> | undefined;
    if (!n || typeof n !== "object" || !Number.isInteger(n.id)) fail(`node ${i} has no integer id`);
    if (ids.has(n!.id as number)) fail(`node id ${n!.id} appears twice`);
    ids.add(n!.id as number);
    if (
      !f || typeof f !== "object" || typeof f.functionName !== "string" ||
      typeof f.url !== "string" || !Number.isFinite(f.lineNumber) ||
      !Number.isFinite(f.columnNumber)
    ) fail(`node ${n!.id} has no whole callFrame (functionName, url, lineNumber, columnNumber)`);
    if (typeof f!.scriptId !== "string") f!.scriptId = String(f!.scriptId ?? "0");
    if (n!.children !== undefined && !isIntArray(n!.children)) {
      fail(`node ${n!.id} has children that are not a list of ids`);
    }
    if (
      n!.hitCount !== undefined && !(Number.isInteger(n!.hitCount) && n!.hitCount as number >= 0)
    ) {
      fail(`node ${n!.id} has a hitCount that is not a count`);
    }
    if (n!.positionTicks !== undefined && !validTicks(n!.positionTicks)) {
      fail(`node ${n!.id} has positionTicks that are not {line, ticks} pairs`);
    }
  }
  checkTree(nodes as CpuProfileNode[], ids, fail);
  if ((p.samples === undefined) !== (p.timeDeltas === undefined)) {
    fail('"samples" and "timeDeltas" come together or not at all');
  }
  if (p.samples !== undefined) {
    if (!isIntArray(p.samples) || !isNumberArray(p.timeDeltas)) {
      fail('"samples" and "timeDeltas" must be lists of numbers');
    }
    const samples = p.samples as number[];
    if (samples.length !== (p.timeDeltas as number[]).length) {
      fail(`${samples.length} samples but ${(p.timeDeltas as number[]).length} timeDeltas`);
    }
    if (samples.length > MAX_PROFILE_SAMPLES) {
      fail(`${samples.length} samples (at most ${MAX_PROFILE_SAMPLES})`);
    }
    for (const s of samples) if (!ids.has(s)) fail(`a sample names node ${s}, which is not in it`);
  }
  return value as CpuProfile;
}

/** Every child id exists, no node has two parents, and every node hangs from one root. */
function checkTree(nodes: CpuProfileNode[], ids: Set<number>, fail: (w: string) => never): void {
  const parentOf = new Map<number, number>();
  for (const n of nodes) {
    for (const c of n.children ?? []) {
      if (!ids.has(c)) fail(`node ${n.id} names child ${c}, which is not in it`);
      if (parentOf.has(c) || c === n.id) fail(`node ${c} has more than one parent`);
      parentOf.set(c, n.id);
    }
  }
  const roots = nodes.filter((n) => !parentOf.has(n.id));
  if (roots.length !== 1) fail(`${roots.length} root nodes (a call tree has one)`);
  // One parent each and one root: a node not reached from the root sits on a cycle.
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const reached = new Set<number>([roots[0].id]);
  const stack = [roots[0].id];
  while (stack.length) {
    for (const c of byId.get(stack.pop()!)!.children ?? []) {
      if (!reached.has(c)) {
        reached.add(c);
        stack.push(c);
      }
    }
  }
  if (reached.size !== nodes.length) fail(`${nodes.length - reached.size} nodes form a cycle`);
}

function isIntArray(v: unknown): boolean {
  return Array.isArray(v) && v.every((x) => Number.isInteger(x));
}

function isNumberArray(v: unknown): boolean {
  return Array.isArray(v) && v.every((x) => Number.isFinite(x));
}

function validTicks(v: unknown): boolean {
  return Array.isArray(v) &&
    v.every((t) =>
      t && typeof t === "object" && Number.isInteger(t.line) && Number.isInteger(t.ticks) &&
      t.ticks >= 0
    );
}
