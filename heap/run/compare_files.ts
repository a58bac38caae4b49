/**
 * Compares snapshot files end to end: plans the schedule, analyses each file in a worker,
 * resolves source lines and builds the report.
 *
 * @module
 */

import type { CompareReport } from "../report.ts";
import { analyzeFiles } from "./analyze_files.ts";
import { buildCompareReport } from "../analysis/compare.ts";
import { SourceResolver } from "../analysis/attribution.ts";
import { planSchedule, type Schedule } from "./plan.ts";

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
   * `parallel`: the snapshots analysed at once, one worker per core (fastest). `sequential`:
   * one at a time, each file's parse split over two threads (a quarter to a third less peak
   * memory, somewhat slower). `auto` (default): as many at once as cores and half the free
   * memory allow (known when the process may read it: `--allow-sys` or `/proc/meminfo`).
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
    // Only the target's groups show retained sizes: the others need no dominator tree.
    lightBaseline: true,
    comparison: true,
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

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
