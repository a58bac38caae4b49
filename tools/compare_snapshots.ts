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
    "Compare two (or three) snapshots by label or path and name the leak: where the objects " +
    "allocated since the baseline (and alive in `final`) accumulate — each suspect named by the " +
    "program's variable path (app.state.log, rates 'update' listeners, setInterval timers " +
    "(conn.heartbeat)), its new entries and bytes (per cycle with `cycles`; bytes never " +
    "overlap between suspects), what each entry keeps alive, the statement that adds to it " +
    "quoted with file:line, and the usual fix; then the growing object groups. Structured " +
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
      rank: z.number(),
      name: z.string(),
      path: z.string(),
      kind: z.string(),
      holder: z.string(),
      reason: z.string(),
      entriesBefore: z.number(),
      entriesAfter: z.number(),
      added: z.number(),
      bytes: z.number(),
      insideOf: z.number().optional(),
      fix: z.string(),
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
