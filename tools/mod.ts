/**
 * Every tool the server registers, in the order a Pattern A investigation uses them.
 *
 * @module
 */

import { startAllocationSampling, stopAllocationSampling } from "./allocation_sampling.ts";
import { captureSnapshot } from "./capture_snapshot.ts";
import { compareSnapshots } from "./compare_snapshots.ts";
import { findRetainers } from "./find_retainers.ts";
import { getStats } from "./get_stats.ts";
import { connectInspector, disconnectInspector, getHeapUsage } from "./inspector_tools.ts";
import { listSnapshots } from "./list_snapshots.ts";
import { readSource } from "./read_source.ts";
import { sendHttpRequests } from "./send_http_requests.ts";
import { simulateConnections } from "./simulate_connections.ts";
import { summarizeSnapshot } from "./summarize_snapshot.ts";
import type { McpServer } from "../server/sdk.ts";
import type { ServerState } from "../server/state.ts";
import { registerTool } from "./define.ts";

/** Registers all tools on `server`. */
export function registerAllTools(server: McpServer, state: ServerState): void {
  registerTool(server, state, connectInspector);
  registerTool(server, state, disconnectInspector);
  registerTool(server, state, getHeapUsage);
  registerTool(server, state, captureSnapshot);
  registerTool(server, state, listSnapshots);
  registerTool(server, state, summarizeSnapshot);
  registerTool(server, state, compareSnapshots);
  registerTool(server, state, findRetainers);
  registerTool(server, state, startAllocationSampling);
  registerTool(server, state, stopAllocationSampling);
  registerTool(server, state, readSource);
  registerTool(server, state, getStats);
  registerTool(server, state, simulateConnections);
  registerTool(server, state, sendHttpRequests);
}

/** The tool names, for tests and docs. */
export const TOOL_NAMES = [
  "connect_inspector",
  "disconnect_inspector",
  "get_heap_usage",
  "capture_snapshot",
  "list_snapshots",
  "summarize_snapshot",
  "compare_snapshots",
  "find_retainers",
  "start_allocation_sampling",
  "stop_allocation_sampling",
  "read_source",
  "get_stats",
  "simulate_connections",
  "send_http_requests",
] as const;
