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
    "Name the leak between two or three snapshots: each suspect's variable, growth per " +
    "cycle, what each entry keeps, the adding statement at file:line and the fix; then " +
    "the groups left to explain.",
  inputSchema: {
    before: snapshotRefArg.describe("Label or path"),
    after: snapshotRefArg,
    final: snapshotRefArg.optional(),
    cycles: z.number().int().min(1).optional().describe(
      "Units of work between before and after: 50 clients that each connected once = 50",
    ),
    top: z.number().int().min(1).max(100).default(DEFAULT_COMPARE_TOP),
    includeInternals: z.boolean().default(false),
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
