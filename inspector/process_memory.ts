/**
 * A target's memory as users see it: the process's resident size beside V8's heap, ArrayBuffer
 * and external memory — from `Runtime.getHeapUsage` and `ps`, and from the runtime's own
 * `memoryUsage()` only when evaluating code in the target is allowed. Every figure that cannot
 * be read says why.
 *
 * @module
 */

import type { InspectorSession } from "./session.ts";
import { findTargetPid, type Lookup, readRss } from "./target_process.ts";

/** One reading, bytes. */
export interface ProcessMemory {
  /** `Date.now()` at the reading. */
  at: number;
  pid?: number;
  /** Resident set size of the target's process. */
  rss?: number;
  heapUsed: number;
  heapTotal: number;
  /** ArrayBuffer backing stores. */
  arrayBuffers?: number;
  /** Memory of native objects bound to JavaScript objects (`memoryUsage().external`). */
  external?: number;
  /** The embedder's own heap (Deno's native objects), as V8 reports it. */
  embedderHeap?: number;
  /** Figures that could not be read, and why. */
  unavailable: { figure: string; why: string }[];
}

/** RSS growth during a capture worth saying: at least this much … */
const CAPTURE_RSS_GROWTH_BYTES = 32 * 1024 * 1024;
/** … and to half again the size before. */
const CAPTURE_RSS_GROWTH_RATIO = 1.5;

/**
 * Whether a capture grew the target's RSS enough to say so: V8 builds the snapshot inside the
 * target, and the OS gets that memory back slowly — growth that is the capture's, not a leak.
 */
export function captureGrewRss(before: number, after: number): boolean {
  return after - before >= CAPTURE_RSS_GROWTH_BYTES && after >= before * CAPTURE_RSS_GROWTH_RATIO;
}

/** The pid lookup of each session, done once. */
const pids = new WeakMap<InspectorSession, Promise<Lookup<number>>>();

/** The target's pid (looked up once per session). */
export function targetPid(session: InspectorSession): Promise<Lookup<number>> {
  let lookup = pids.get(session);
  if (!lookup) {
    lookup = findTargetPid(session.info);
    pids.set(session, lookup);
  }
  return lookup;
}

/** The target's RSS, or why it is unknown. */
export async function targetRss(session: InspectorSession): Promise<Lookup<number>> {
  const pid = await targetPid(session);
  return "unavailable" in pid ? pid : await readRss(pid.value);
}

/**
 * Reads the target's memory. `allowEval`: also evaluate `memoryUsage()` in the target (the only
 * source of `external` on every runtime, and of ArrayBuffers on Node 20).
 */
export async function readProcessMemory(
  session: InspectorSession,
  opts: { allowEval?: boolean; signal?: AbortSignal } = {},
): Promise<ProcessMemory> {
  const [heap, pid] = await Promise.all([session.heapUsage(opts.signal), targetPid(session)]);
  const m: ProcessMemory = {
    at: Date.now(),
    heapUsed: heap.usedSize,
    heapTotal: heap.totalSize,
    arrayBuffers: heap.backingStorageSize,
    embedderHeap: heap.embedderHeapUsedSize,
    unavailable: [],
  };
  if ("value" in pid) {
    m.pid = pid.value;
    const rss = await readRss(pid.value);
    if ("value" in rss) m.rss = rss.value;
    else m.unavailable.push({ figure: "rss", why: rss.unavailable });
  } else {
    m.unavailable.push({ figure: "rss", why: pid.unavailable });
  }
  if (opts.allowEval) {
    const usage = await session.runtimeMemoryUsage(opts.signal).catch(() => undefined);
    if (usage) {
      m.rss ??= usage.rss;
      m.external = usage.external;
      m.arrayBuffers ??= usage.arrayBuffers;
      m.unavailable = m.unavailable.filter((u) => u.figure !== "rss");
    }
  }
  const noEval = "the runtime reports it only to code run in the target, which is off " +
    "(start the server with --allow-eval to allow it)";
  if (m.arrayBuffers === undefined) {
    m.unavailable.push({
      figure: "arrayBuffers",
      why: opts.allowEval ? "the target did not report it" : noEval,
    });
  }
  if (m.external === undefined) {
    m.unavailable.push({
      figure: "external",
      why: opts.allowEval ? "the target did not report it" : noEval,
    });
  }
  return m;
}
