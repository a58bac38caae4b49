/**
 * The MCP annotations most tools share, named for what they promise a client. Tools that
 * differ (connect, disconnect, capture with overwrite) spell theirs out.
 *
 * @module
 */

import type { ToolAnnotations } from "../mcp/mod.ts";

/** Reads files or the target, changes nothing; the same call gives the same answer. */
export const READS_ONLY: ToolAnnotations = {
  readOnlyHint: true,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
};

/** Reads and changes nothing, but the answer moves with the live target (heap, stats). */
export const READS_LIVE: ToolAnnotations = {
  readOnlyHint: true,
  destructiveHint: false,
  idempotentHint: false,
  openWorldHint: false,
};

/** Acts on the target (drives its workload, starts or stops a profiler): not a read. */
export const ACTS_ON_TARGET: ToolAnnotations = {
  readOnlyHint: false,
  destructiveHint: false,
  idempotentHint: false,
  openWorldHint: false,
};
