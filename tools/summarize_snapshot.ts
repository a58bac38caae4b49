/**
 * `summarize_snapshot`: what one snapshot holds, as text plus the engine's summary JSON.
 *
 * @module
 */

import { z } from "zod";
import { formatSummaryText, summarizeSnapshotFile } from "../heap/mod.ts";
import { defineTool } from "./define.ts";
import { sourceLocationShape } from "./output_shapes.ts";
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
    snapshot: z.string().min(1).describe("Snapshot label (e.g. after) or path."),
    top: z.number().int().min(1).max(100).default(20).describe(
      "How many groups to list (collections: at most 10).",
    ),
    includeInternals: z.boolean().default(false).describe(
      "Also list V8/runtime internal groups and the runtime's own collections.",
    ),
  },
  outputSchema: {
    file: z.string(),
    nodeCount: z.number(),
    totalSize: z.number(),
    userSize: z.number(),
    holders: z.array(z.looseObject({
      path: z.string(),
      holder: z.string(),
      instances: z.number(),
      entries: z.number(),
      retained: z.number(),
      freed: z.number().optional(),
      nodeId: z.number(),
      location: sourceLocationShape.optional(),
    })),
    groups: z.array(z.looseObject({
      name: z.string(),
      kind: z.string(),
      count: z.number(),
      size: z.number(),
      retained: z.number(),
      location: sourceLocationShape.optional(),
    })),
    notes: z.array(z.string()),
    timings: z.record(z.string(), z.number()).optional(),
  },
  annotations: READS_ONLY,
  async handler(args, { host, signal, phase }) {
    const file = await resolveSnapshot(host, args.snapshot, "snapshot");
    const summary = await summarizeSnapshotFile(file, {
      top: args.top,
      includeInternals: args.includeInternals,
      signal,
      onProgress: phase,
    });
    // The engine's interfaces have no index signatures, which the loose output shape has;
    // the SDK checks the same fields against outputSchema at runtime.
    return { text: formatSummaryText(summary), structured: summary as never };
  },
});
