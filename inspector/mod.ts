/**
 * The inspector layer: connect to a Deno/Node target over the V8 inspector, read heap usage and
 * the target process's memory, capture heap snapshots (plus the scripts sidecar) to disk, run
 * the CPU profiler, set breakpoints and logpoints and catch exceptions —
 * every wait on the target bounded by a deadline and cancellable. Knows nothing of MCP.
 *
 * @module
 */

export {
  type CaptureOptions,
  type CaptureResult,
  CLOSED_BY_CLIENT,
  type ConnectOptions,
  type HeapUsage,
  InspectorSession,
  type RuntimeMemoryUsage,
} from "./session.ts";
export {
  captureGrewRss,
  type ProcessMemory,
  readProcessMemory,
  targetPid,
  targetRss,
} from "./process_memory.ts";
export {
  findTargetPid,
  inspectorEndpoint,
  inspectPortOf,
  type Lookup,
  pidFromTitle,
} from "./target_process.ts";
export { InspectorError, type InspectorErrorCode } from "./errors.ts";
export { cancelled, DEFAULT_TARGET_TIMEOUT_MS } from "./deadline.ts";
export {
  DEFAULT_INSPECTOR_HOST,
  DEFAULT_INSPECTOR_PORT,
  describeTarget,
  type TargetInfo,
} from "./discover.ts";
export { sweepStaleTempFiles } from "./snapshot_writer.ts";
export {
  type AsyncFrame,
  type AutoResumed,
  type BreakpointInfo,
  type CatchResult,
  type CaughtException,
  type DebugSettings,
  DEFAULT_AUTO_RESUME_MS,
  type FrameInfo,
  type LogpointHit,
  MAX_CAUGHT,
  MAX_LOGPOINT_HITS,
  type PausedFrame,
  type PausedState,
  type ScopeInfo,
  TargetDebugger,
  type VariableInfo,
} from "./debugger.ts";
export { clip, describeValue, type RemoteObject } from "./remote_values.ts";
