/**
 * `find_retainers`: why objects of a class, a shape, or one object (`@id`) are still alive.
 *
 * @module
 */

import { z } from "zod";
import {
  DEFAULT_RETAINERS_LIMIT,
  findRetainers as findRetainersIn,
  formatRetainersText,
  RetainersReportSchema,
} from "../heap/mod.ts";
import { defineTool } from "./define.ts";
import { snapshotRefArg } from "./argument_shapes.ts";
import { resolveSnapshot } from "./snapshot_paths.ts";
import { READS_ONLY } from "./annotations.ts";

/** `find_retainers`. */
export const findRetainers = defineTool({
  name: "find_retainers",
  title: "Find retainer paths",
  description:
    "Shortest retainer paths from the GC roots to objects in one snapshot, internal hops " +
    "collapsed, so you can see which variable keeps them alive. target: a class name " +
    "(ChatConnection, Timeout), an object shape as compare_snapshots prints it " +
    "({type, user, content, timestamp}), or @nodeId from a suspect.",
  inputSchema: {
    snapshot: snapshotRefArg.describe("Snapshot label or path (usually the 'after' one)."),
    target: z.string().min(1).max(2000).describe("Class name, shape, or @nodeId."),
    limit: z.number().int().min(1).max(50).default(DEFAULT_RETAINERS_LIMIT).describe(
      "Objects to show.",
    ),
  },
  outputSchema: RetainersReportSchema.shape,
  annotations: READS_ONLY,
  async handler(args, { host }) {
    const file = await resolveSnapshot(host, args.snapshot, "snapshot");
    const report = await findRetainersIn({ file, target: args.target, limit: args.limit });
    return { text: formatRetainersText(report), structured: report };
  },
});
