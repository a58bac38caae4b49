/**
 * The heap snapshot engine's public API: compare two or three snapshots and name the leak,
 * summarise one snapshot, find why an object is alive; and the program lines that allocated
 * what survived, from a sampling heap profile. Pure analysis of files on disk (no
 * MCP, no inspector); the CLI (`heap/cli.ts`) and the MCP tools are thin layers over it.
 *
 * Each snapshot of a comparison is parsed and reduced in its own Worker (two at a time, or
 * one at a time with the parse split over both cores when memory is short), so only compact
 * results reach the caller's thread.
 *
 * @module
 */

import type {
  CompareReport,
  RetainersReport,
  SnapshotSummary,
  SourceLocation,
  SummaryHolder,
} from "./report.ts";
import { analyzeFiles, retainersInWorker } from "./run_analysis.ts";
import { buildCompareReport } from "./compare.ts";
import { findDeclaration, findGrowthSites, SourceResolver } from "./attribution.ts";
import type { HolderRecord } from "./holders.ts";
import { planSchedule, type Schedule } from "./plan.ts";

export { SnapshotParseError } from "./parse.ts";
export {
  formatAllocationText,
  formatCompareText,
  formatRetainersText,
  formatSummaryText,
} from "./format.ts";
export {
  type AllocationReport,
  type AllocationSite,
  allocationSites,
  type SamplingHeapProfile,
} from "./allocation_profile.ts";
export { SourceResolver } from "./attribution.ts";
export type * from "./report.ts";
export type { Schedule } from "./plan.ts";
export { keepWorkersWarm, stopWarmWorkers } from "./worker_pool.ts";

/** Options of {@link compareSnapshotFiles}. */
export interface CompareOptions {
  /** Snapshot taken first (the baseline). */
  before: string;
  /** Snapshot taken after the repeated action. */
  after: string;
  /** Optional third snapshot (after more cycles / after undoing the action): enables the leaked set. */
  final?: string;
  /** How many times the action ran between `before` and `after`: adds per-cycle figures. */
  cycles?: number;
  /** How many groups (and at least how many suspects) to keep; default 20. */
  top?: number;
  /** Also list V8/runtime-internal groups and holders inside the runtime's own code. */
  includeInternals?: boolean;
  /** Human progress lines. */
  onProgress?: (message: string) => void;
  /** Stops the workers; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * `parallel`: two snapshots analysed at once (fastest). `sequential`: one at a time, each
   * file's parse split over both cores (a quarter to a third less peak memory, ~1.3× the time).
   * `auto` (default): parallel unless that would need more than half the free memory
   * (known when the process may read it: `--allow-sys` or `/proc/meminfo`).
   */
  schedule?: Schedule;
  /** Same as `schedule: "sequential"` (kept for callers that set it). */
  sequential?: boolean;
}

/**
 * Compares snapshot files and names what grew. Throws `SnapshotParseError` (file, byte
 * offset) when a file is not a readable snapshot.
 */
export async function compareSnapshotFiles(opts: CompareOptions): Promise<CompareReport> {
  const started = performance.now();
  const files = [opts.before, opts.after, ...(opts.final ? [opts.final] : [])];
  const plan = await planSchedule(files, opts.sequential ? "sequential" : opts.schedule);
  opts.onProgress?.(plan.reason);
  const analyses = await analyzeFiles(files, {
    onProgress: opts.onProgress,
    signal: opts.signal,
    concurrency: plan.concurrency,
    idSizes: opts.final !== undefined,
    // The report shows the baseline's holders' retained sizes, not its groups': no
    // dominator tree needed there.
    lightBaseline: true,
  });
  const analysed = performance.now();
  const [before, after, final] = analyses;
  const resolver = await SourceResolver.forSnapshot(opts.after, after.scriptUrls);
  const sources = await resolver.programSources();
  const report = buildCompareReport(before, after, final, {
    cycles: opts.cycles,
    top: opts.top,
    includeInternals: opts.includeInternals,
    resolver,
    sources,
  });
  const done = performance.now();
  report.timings = {
    concurrency: plan.concurrency,
    analyse: round((analysed - started) / 1000),
    report: round((done - analysed) / 1000),
    total: round((done - started) / 1000),
    ...Object.fromEntries(
      analyses.flatMap((a, i) =>
        Object.entries(a.timings).map(([k, v]) => [`${["before", "after", "final"][i]}.${k}`, v])
      ),
    ),
  };
  return report;
}

/** A fast-mode plain object is listed in a summary from this many keys on. */
const DICTIONARY_LISTED_KEYS = 32;
/** The runtimes' own namespaces on the global object: big, never the program's collections. */
const RUNTIME_GLOBALS = new Set(["globalThis.Deno", "globalThis.process"]);

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Why objects of a class (`Timeout`, `{type, user}`) or one object (`@12345`) are alive. */
export async function findRetainers(
  opts: { file: string; target: string; limit?: number; signal?: AbortSignal },
): Promise<RetainersReport> {
  return await retainersInWorker(opts.file, opts.target, opts.limit ?? 5, { signal: opts.signal });
}

/** What one snapshot holds: largest user groups and named collections/timers. */
export async function summarizeSnapshotFile(
  file: string,
  opts: {
    top?: number;
    includeInternals?: boolean;
    /** Stops the analysis (its worker is terminated) and rejects with the signal's reason. */
    signal?: AbortSignal;
    /** Phase messages, as for {@link compareSnapshotFiles}. */
    onProgress?: (message: string) => void;
  } = {},
): Promise<SnapshotSummary> {
  const top = opts.top ?? 20;
  const [a] = await analyzeFiles([file], { signal: opts.signal, onProgress: opts.onProgress });
  const resolver = await SourceResolver.forSnapshot(file, a.scriptUrls);
  const notes = [...resolver.notes];
  const g = a.groups;
  let userSize = 0;
  const groups = g.names.map((name, i) => {
    if (g.kinds[i] === "user") userSize += g.size[i];
    const loc = g.locations[i];
    return {
      name,
      kind: g.kinds[i],
      count: g.count[i],
      size: g.size[i],
      retained: g.retained[i],
      ...(loc ? { location: resolver.resolve(loc) } : {}),
    };
  }).filter((x) => opts.includeInternals || x.kind === "user")
    .sort((x, y) => y.retained - x.retained).slice(0, top);
  const sources = await resolver.programSources();
  // Where to look: a timer's callback; otherwise the line that adds to the holder, or where
  // the variable is declared, or (last) the closure that holds its scope.
  const locate = (h: HolderRecord): SourceLocation | undefined => {
    const scopeLocation = h.location ? resolver.resolve(h.location) : undefined;
    if (h.holder === "Timeout") return scopeLocation;
    return findGrowthSites(sources, h.path, 1)[0] ?? findDeclaration(sources, h.path) ??
      scopeLocation;
  };
  const holders: SummaryHolder[] = a.holders
    .filter((h) =>
      opts.includeInternals ||
      (h.scope === "global" ? !RUNTIME_GLOBALS.has(h.path) : !resolver.isRuntime(h.location))
    )
    // Plain records (`connectionStats`) are walked through, not listed; maps-as-objects are.
    .filter((h) => h.holder !== "Object" || h.entries / h.instances >= DICTIONARY_LISTED_KEYS)
    .sort((x, y) => (y.freed ?? y.retained) - (x.freed ?? x.retained)).slice(0, Math.min(top, 10))
    .map((h) => {
      const location = locate(h);
      return {
        path: h.path,
        holder: h.holder,
        instances: h.instances,
        entries: h.entries,
        retained: h.retained,
        ...(h.freed !== undefined ? { freed: h.freed } : {}),
        nodeId: h.nodeId,
        ...(location ? { location } : {}),
      };
    });
  if (!opts.includeInternals) {
    notes.push("internal groups and the runtime's own collections are hidden");
  }
  return {
    file,
    nodeCount: a.nodeCount,
    totalSize: a.totalSize,
    userSize,
    groups,
    holders,
    notes,
    timings: a.timings,
  };
}
