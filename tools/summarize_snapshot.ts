/**
 * `summarize_snapshot`: what one snapshot holds, as text plus the engine's summary JSON.
 *
 * @module
 */

import { z } from "zod";
import {
  DEFAULT_SUMMARY_TOP,
  formatSummaryText,
  SnapshotSummarySchema,
  summarizeSnapshotFile,
} from "../heap/mod.ts";
import { defineTool } from "./define.ts";
import { snapshotRefArg } from "./argument_shapes.ts";
import { resolveSnapshot } from "./snapshot_paths.ts";
import { READS_ONLY } from "./annotations.ts";

/** `summarize_snapshot`. */
export const summarizeSnapshot = defineTool({
  name: "summarize_snapshot",
  title: "Summarize a heap snapshot",
  description:
    "What one snapshot holds, by variable: the largest collections and timers (entries, " +
    "file:line), then the largest object groups. For a process already big before you " +
    "looked.",
  inputSchema: {
    snapshot: snapshotRefArg.describe("Label or path"),
    top: z.number().int().min(1).max(100).default(DEFAULT_SUMMARY_TOP),
    includeInternals: z.boolean().default(false),
  },
  outputSchema: SnapshotSummarySchema.shape,
  annotations: READS_ONLY,
  async handler(args, { host, signal, phase }) {
    const file = await resolveSnapshot(host, args.snapshot, "snapshot");
    const summary = await summarizeSnapshotFile(file, {
      top: args.top,
      includeInternals: args.includeInternals,
      signal,
      onProgress: phase,
    });
    return { text: formatSummaryText(summary), structured: summary };
  },
});
