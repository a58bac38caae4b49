/**
 * `compare_snapshots`: the engine's two/three-snapshot comparison, as text plus its JSON.
 *
 * @module
 */

import { z } from "zod";
import {
  CompareReportSchema,
  compareSnapshotFiles,
  DEFAULT_COMPARE_TOP,
  formatCompareText,
} from "../heap/mod.ts";
import { defineTool } from "./define.ts";
import { snapshotRefArg } from "./argument_shapes.ts";
import { resolveSnapshot } from "./snapshot_paths.ts";
import { READS_ONLY } from "./annotations.ts";

/** `compare_snapshots`. */
export const compareSnapshots = defineTool({
  name: "compare_snapshots",
  title: "Compare heap snapshots",
  description:
    "Compare two (or three) snapshots by label or path and name the leak: where the objects " +
    "allocated since the baseline (and alive in `final`) accumulate — each suspect named by the " +
    "program's variable path (app.state.log, rates 'update' listeners, setInterval timers " +
    "(conn.heartbeat)), its new entries and bytes (per cycle with `cycles`; bytes never " +
    "overlap between suspects), what each entry keeps alive, the statement that adds to it " +
    "quoted with file:line, and the usual fix; then the growing object groups. Structured " +
    "output is the engine's report JSON.",
  inputSchema: {
    before: snapshotRefArg.describe("Baseline snapshot: label (e.g. baseline) or path."),
    after: snapshotRefArg.describe("Snapshot after the workload: label or path."),
    final: snapshotRefArg.optional().describe("Optional third snapshot: label or path."),
    cycles: z.number().int().min(1).optional().describe(
      "Units of work between before and after, for per-cycle figures: 50 clients that each " +
        "connected once = 50; 200 requests = 200",
    ),
    top: z.number().int().min(1).max(100).default(DEFAULT_COMPARE_TOP).describe(
      "How many groups to list.",
    ),
    includeInternals: z.boolean().default(false).describe(
      "Also list V8/runtime internal groups.",
    ),
  },
  outputSchema: CompareReportSchema.shape,
  annotations: READS_ONLY,
  async handler(args, { host, signal, phase }) {
    const before = await resolveSnapshot(host, args.before, "before");
    const after = await resolveSnapshot(host, args.after, "after");
    const final = args.final ? await resolveSnapshot(host, args.final, "final") : undefined;
    const report = await compareSnapshotFiles({
      before,
      after,
      final,
      cycles: args.cycles,
      top: args.top,
      includeInternals: args.includeInternals,
      signal,
      onProgress: phase,
    });
    return { text: formatCompareText(report, { top: args.top }), structured: report };
  },
});
