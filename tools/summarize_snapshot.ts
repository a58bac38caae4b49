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
  description: "What one snapshot holds, like DevTools' Summary view but named by variable: the " +
    "program's largest collections and timers by what clearing them would free (variable " +
    "path such as messageHistory or conn.heartbeat, entries, original file:line), then the " +
    "largest object groups by retained size. Use it when there is only one snapshot (the " +
    "process is already big) or to see what is big before a comparison; to find what grew, " +
    "use compare_snapshots. Structured output is the engine's summary JSON.",
  inputSchema: {
    snapshot: snapshotRefArg.describe("Snapshot label (e.g. after) or path."),
    top: z.number().int().min(1).max(100).default(DEFAULT_SUMMARY_TOP).describe(
      "How many groups to list (collections: at most 10).",
    ),
    includeInternals: z.boolean().default(false).describe(
      "Also list V8/runtime internal groups and the runtime's own collections.",
    ),
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
