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
    "Why objects are still alive: the path from the GC roots to the objects of a class, a " +
    "shape ({type, user}) or one @nodeId, and the variable that holds them.",
  inputSchema: {
    snapshot: snapshotRefArg.describe("Label or path"),
    target: z.string().min(1).max(2000).describe("Class, shape or @nodeId"),
    limit: z.number().int().min(1).max(50).default(DEFAULT_RETAINERS_LIMIT),
  },
  outputSchema: RetainersReportSchema.shape,
  annotations: READS_ONLY,
  async handler(args, { host }) {
    const file = await resolveSnapshot(host, args.snapshot, "snapshot");
    const report = await findRetainersIn({ file, target: args.target, limit: args.limit });
    return { text: formatRetainersText(report), structured: report };
  },
});
