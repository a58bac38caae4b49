/**
 * `compare_snapshots`: the engine's two/three-snapshot comparison, as text plus its JSON.
 *
 * @module
 */

import { z } from "zod";
import { compareSnapshotFiles, formatCompareText } from "../heap/mod.ts";
import { defineTool } from "./define.ts";
import { sourceLocationShape } from "./output_shapes.ts";
import { resolveSnapshot } from "./snapshot_paths.ts";
import { READS_ONLY } from "./annotations.ts";

/** `compare_snapshots`. */
export const compareSnapshots = defineTool({
  name: "compare_snapshots",
  title: "Compare heap snapshots",
  description:
    "Compare two (or three) snapshots by label or path and name the leak: totals, the leak " +
    "suspects ranked by the growth of what clearing them would free (freedBefore/freedAfter; " +
    "retained growth when that was not measured), each with its variable path such as " +
    "connectionStats.connectionDurations, entries before → after, those figures per cycle when " +
    "`cycles` is given, and its original file:line; then the top growing object groups. " +
    "With `final` (a third snapshot after more cycles or after the load stopped), " +
    "also counts objects allocated between before and after that are still alive. Structured " +
    "output is the engine's report JSON.",
  inputSchema: {
    before: z.string().min(1).describe("Baseline snapshot: label (e.g. baseline) or path."),
    after: z.string().min(1).describe("Snapshot after the workload: label or path."),
    final: z.string().min(1).optional().describe("Optional third snapshot: label or path."),
    cycles: z.number().int().min(1).optional().describe(
      "How many times the workload ran between before and after (adds per-cycle figures).",
    ),
    top: z.number().int().min(1).max(100).default(15).describe("How many groups to list."),
    includeInternals: z.boolean().default(false).describe(
      "Also list V8/runtime internal groups.",
    ),
  },
  outputSchema: {
    files: z.looseObject({ before: z.string(), after: z.string(), final: z.string().optional() }),
    totals: z.looseObject({
      nodesBefore: z.number(),
      nodesAfter: z.number(),
      sizeBefore: z.number(),
      sizeAfter: z.number(),
      sizeDelta: z.number(),
      userSizeDelta: z.number(),
      codeSizeDelta: z.number().describe("Growth of JIT-compiled code (not a leak)."),
      sizeDeltaExcludingCode: z.number(),
    }),
    suspects: z.array(z.looseObject({
      path: z.string(),
      holder: z.string(),
      reason: z.string(),
      entriesBefore: z.number(),
      entriesAfter: z.number(),
      retainedBefore: z.number(),
      retainedAfter: z.number(),
      freedBefore: z.number().optional(),
      freedAfter: z.number().optional(),
      nodeId: z.number(),
      location: sourceLocationShape.optional(),
      retainerPath: z.string(),
    })),
    groups: z.array(z.looseObject({
      name: z.string(),
      kind: z.string(),
      countDelta: z.number(),
      sizeDelta: z.number(),
      location: sourceLocationShape.optional(),
    })),
    notes: z.array(z.string()),
    timings: z.record(z.string(), z.number()).optional(),
  },
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
    // The engine's interfaces have no index signatures, which the loose output shape has;
    // the SDK checks the same fields against outputSchema at runtime.
    return { text: formatCompareText(report, { top: args.top }), structured: report as never };
  },
});
