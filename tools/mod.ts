/**
 * The tools: every definition, in the order a Pattern A investigation uses them, and the one
 * function the server calls to register them against its {@link ToolHost}.
 *
 * @module
 */

import type { z } from "zod";
import { type McpServer, registerTool, serveToolList } from "../mcp/mod.ts";
import { startAllocationSampling, stopAllocationSampling } from "./allocation_sampling.ts";
import { breakpoints, logpoints } from "./breakpoints.ts";
import { captureSnapshot } from "./capture_snapshot.ts";
import { catchExceptions } from "./catch_exceptions.ts";
import { compareSnapshots } from "./compare_snapshots.ts";
import { compareCpuProfiles } from "./compare_cpu_profiles.ts";
import type { ToolDefinition } from "./define.ts";
import { describeToolError } from "./errors.ts";
import { findRetainers } from "./find_retainers.ts";
import { getStats } from "./get_stats.ts";
import type { ToolHost } from "./host.ts";
import { connectInspector, disconnectInspector } from "./inspector_tools.ts";
import { getHeapUsage } from "./get_heap_usage.ts";
import { investigateLeak } from "./investigate_leak.ts";
import { listSnapshots } from "./list_snapshots.ts";
import { pausedProgram } from "./paused_program.ts";
import { profileCpu } from "./profile_cpu.ts";
import { readSource } from "./read_source.ts";
import { searchSource } from "./search_source.ts";
import { sendHttpRequests } from "./send_http_requests.ts";
import { simulateConnections } from "./simulate_connections.ts";
import { summarizeSnapshot } from "./summarize_snapshot.ts";

export type { ToolHost } from "./host.ts";
export { type SessionChange, SessionLock } from "./session_lock.ts";
export type { ToolContext, ToolDefinition } from "./define.ts";
// What tools return as structuredContent, for clients that read it (the demo, tests).
export type { CaptureSnapshotResult } from "./capture_snapshot.ts";
export type { GetStatsResult } from "./get_stats.ts";
export type { InvestigateLeakResult } from "./investigate_leak.ts";
export type { ProfileCpuResult } from "./profile_cpu.ts";
export type { CompareCpuProfilesResult } from "./compare_cpu_profiles.ts";
export type { ConnectResult } from "./inspector_tools.ts";
export type { BreakpointsResult, LogpointsResult } from "./breakpoints.ts";
export type { PausedProgramResult } from "./paused_program.ts";
export type { CatchExceptionsResult } from "./catch_exceptions.ts";
export type { SimulateConnectionsResult } from "./simulate_connections.ts";

/** Any tool definition, whatever its name and shapes. */
export type AnyToolDefinition = ToolDefinition<string, z.ZodRawShape, z.ZodRawShape>;

/** Every tool, in the order a Pattern A investigation uses them; Patterns B and C after it. */
export const TOOLS = [
  investigateLeak,
  profileCpu,
  compareCpuProfiles,
  logpoints,
  catchExceptions,
  breakpoints,
  pausedProgram,
  connectInspector,
  disconnectInspector,
  getHeapUsage,
  captureSnapshot,
  listSnapshots,
  summarizeSnapshot,
  compareSnapshots,
  findRetainers,
  startAllocationSampling,
  stopAllocationSampling,
  readSource,
  searchSource,
  getStats,
  simulateConnections,
  sendHttpRequests,
] as const satisfies readonly AnyToolDefinition[];

/** A tool's name. */
export type ToolName = (typeof TOOLS)[number]["name"];

/** The tool names, in {@link TOOLS} order. */
export const TOOL_NAMES: readonly ToolName[] = TOOLS.map((t) => t.name);

/** Registers every tool on `server` (listed short, see mcp/tool_list.ts); each call reaches `host`. */
export function registerTools(server: McpServer, host: ToolHost): void {
  const all: readonly AnyToolDefinition[] = TOOLS;
  const listed = all.map((def) =>
    registerTool(
      server,
      def,
      (args, call) => def.handler(args, { ...call, host }),
      (e) => describeToolError(def.name, e),
    )
  );
  serveToolList(server, listed);
}
