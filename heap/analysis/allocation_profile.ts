/**
 * Allocation sites from V8's sampling heap profiler (`HeapProfiler.stopSampling`): which
 * functions of the program allocated the sampled objects that are still alive. Each sample is
 * charged to the innermost frame of its stack that is the program's own code, together with
 * the runtime function that did the allocating for it, if any — `socket.onopen via
 * setInterval` and `socket.onopen via Set` are two sites. V8 records functions, not
 * statements: a site's position is where its function starts, mapped to the original source.
 *
 * @module
 */

import type { SourceResolver } from "./attribution.ts";
import type { SourceLocation } from "../report.ts";
import { isRuntimeUrl } from "./script_urls.ts";

/** A frame of the profile's call tree (CDP `Runtime.CallFrame`; 0-based line and column). */
export interface SamplingCallFrame {
  functionName: string;
  scriptId: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** A node of the call tree (CDP `HeapProfiler.SamplingHeapProfileNode`). */
export interface SamplingHeapProfileNode {
  callFrame: SamplingCallFrame;
  /** Estimated bytes allocated by this frame itself (samples scaled by V8), still alive. */
  selfSize: number;
  id: number;
  children: SamplingHeapProfileNode[];
}

/** What `HeapProfiler.stopSampling` returns (CDP `HeapProfiler.SamplingHeapProfile`). */
export interface SamplingHeapProfile {
  head: SamplingHeapProfileNode;
  /** One entry per sampled object: its size and the node that allocated it. */
  samples?: { size: number; nodeId: number; ordinal: number }[];
}

/** One function of the program (and what it called to allocate) and the live memory it made. */
export interface AllocationSite {
  /** The function (`(anonymous)` when it has no name). */
  functionName: string;
  /** Where the function starts, in the original source. */
  location: SourceLocation;
  /** Estimated bytes allocated there that are still alive. */
  bytes: number;
  /** Sampled objects behind that estimate. */
  samples: number;
  /** The runtime function that did the allocating on the program's behalf (`setInterval`). */
  via?: string;
  /** Callers on the heaviest path to this site, innermost first, program frames only. */
  callers: string[];
}

/** What the sampled allocations that survived come to, by program function. */
export interface AllocationReport {
  /** Average bytes between samples, as the profiler was started with. */
  samplingInterval: number;
  /** How long the profiler ran, when known. */
  durationMs?: number;
  /** Estimated bytes still alive of everything sampled. */
  totalBytes: number;
  /** Of those, charged to functions of the program. */
  programBytes: number;
  /** Allocated with no program frame on the stack (the runtime's own work). */
  runtimeBytes: number;
  /** Program functions, most bytes first. */
  sites: AllocationSite[];
  notes: string[];
}

/** Callers kept per site. */
const MAX_CALLERS = 4;

function isProgramFrame(f: SamplingCallFrame): boolean {
  return !isRuntimeUrl(f.url);
}

function frameName(f: SamplingCallFrame): string {
  return f.functionName || "(anonymous)";
}

function resolveFrame(resolver: SourceResolver, f: SamplingCallFrame): SourceLocation {
  return resolver.resolve({
    scriptId: Number(f.scriptId),
    line: f.lineNumber,
    column: f.columnNumber,
  });
}

/**
 * Charges every node's live bytes to the innermost program frame on its stack (and the
 * runtime frame below it, if any), merges nodes that land on the same pair, and returns the
 * `top` heaviest.
 */
export function allocationSites(
  profile: SamplingHeapProfile,
  resolver: SourceResolver,
  opts: { samplingInterval: number; top?: number; durationMs?: number },
): AllocationReport {
  const samplesPerNode = new Map<number, number>();
  for (const s of profile.samples ?? []) {
    samplesPerNode.set(s.nodeId, (samplesPerNode.get(s.nodeId) ?? 0) + 1);
  }
  interface Site extends AllocationSite {
    heaviest: number;
  }
  const sites = new Map<string, Site>();
  let totalBytes = 0;
  let runtimeBytes = 0;
  // Iterative walk: the path from the head to the current node is `stack`.
  const stack: SamplingCallFrame[] = [];
  const walk: { node: SamplingHeapProfileNode; depth: number }[] = [{
    node: profile.head,
    depth: 0,
  }];
  while (walk.length > 0) {
    const { node, depth } = walk.pop()!;
    stack.length = depth;
    stack.push(node.callFrame);
    for (const child of node.children ?? []) walk.push({ node: child, depth: depth + 1 });
    if (!(node.selfSize > 0)) continue;
    totalBytes += node.selfSize;
    let at = stack.length - 1;
    while (at >= 0 && !isProgramFrame(stack[at])) at--;
    if (at < 0) {
      runtimeBytes += node.selfSize;
      continue;
    }
    const frame = stack[at];
    const via = at < stack.length - 1 ? frameName(stack[at + 1]) : undefined;
    const key = `${frame.scriptId}:${frame.lineNumber}:${frame.columnNumber}:${via ?? ""}`;
    let site = sites.get(key);
    if (!site) {
      site = {
        functionName: frameName(frame),
        location: resolveFrame(resolver, frame),
        ...(via ? { via } : {}),
        bytes: 0,
        samples: 0,
        callers: [],
        heaviest: 0,
      };
      sites.set(key, site);
    }
    site.bytes += node.selfSize;
    site.samples += samplesPerNode.get(node.id) ?? 0;
    if (node.selfSize > site.heaviest) {
      // Name the callers on the heaviest path.
      site.heaviest = node.selfSize;
      site.callers = [];
      for (let i = at - 1; i >= 0 && site.callers.length < MAX_CALLERS; i--) {
        const f = stack[i];
        if (isProgramFrame(f)) {
          site.callers.push(`${frameName(f)} ${resolveFrame(resolver, f).display}`);
        }
      }
    }
  }
  const ranked = [...sites.values()].sort((a, b) => b.bytes - a.bytes);
  const programBytes = totalBytes - runtimeBytes;
  const notes = [...resolver.notes];
  if (totalBytes === 0) {
    notes.push(
      "no sampled allocation survived: nothing allocated since the start is still alive, or " +
        "too little was allocated for the sampling interval",
    );
  }
  return {
    samplingInterval: opts.samplingInterval,
    ...(opts.durationMs !== undefined ? { durationMs: opts.durationMs } : {}),
    totalBytes,
    programBytes,
    runtimeBytes,
    sites: ranked.slice(0, opts.top ?? 15).map(({ heaviest: _, ...site }) => site),
    notes,
  };
}
