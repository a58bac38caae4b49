/**
 * Tool failures: {@link ToolError}, which a handler throws for bad input or an unmet
 * precondition, and {@link describeToolError}, which turns any error a call ends with into the
 * text of its `isError` result — what failed, then the next step when one is known.
 *
 * @module
 */

import { CpuProfileError } from "../cpu/mod.ts";
import { InspectorError } from "../inspector/mod.ts";
import { InvestigationError } from "../investigation/mod.ts";
import { WorkloadError } from "../workloads/mod.ts";

/** A failure the user can act on. */
export class ToolError extends Error {
  /** One sentence: what to do next. */
  readonly hint: string;
  constructor(message: string, hint: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "ToolError";
    this.hint = hint;
  }
}

/** The text of the `isError` result for `e`, thrown by the tool named `tool`. */
export function describeToolError(tool: string, e: unknown): string {
  if (
    e instanceof ToolError || e instanceof InspectorError || e instanceof WorkloadError ||
    e instanceof InvestigationError
  ) {
    return e.hint ? `${e.message}\nNext step: ${e.hint}` : e.message;
  }
  if (e instanceof Error && e.name === "SnapshotParseError") {
    return `${e.message}\nNext step: the file is not a whole V8 heap snapshot (truncated, or not ` +
      "a snapshot). Capture it again with capture_snapshot, or pick another file from list_snapshots.";
  }
  if (e instanceof CpuProfileError) {
    return `${e.message}\nNext step: pass a profile profile_cpu wrote (its id, cpu-…), or a ` +
      ".cpuprofile saved by Chrome DevTools or node --cpu-prof.";
  }
  if (e instanceof Deno.errors.NotCapable || e instanceof Deno.errors.PermissionDenied) {
    return `${(e as Error).message}\nNext step: the server's Deno permissions do not allow this; ` +
      "add the matching --allow-read/--allow-write/--allow-net entry to its command in the MCP config.";
  }
  console.error(`[deno-debugger] ${tool} failed:`, e);
  return `${tool} failed: ${e instanceof Error ? e.message : String(e)}`;
}
