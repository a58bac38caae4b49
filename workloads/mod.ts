/**
 * What drives the program under investigation, and what reads its counters: chat clients over
 * WebSocket, bounded HTTP load, and its JSON stats endpoint with what changed between
 * readings. Knows nothing of MCP; the tools, the demo and the scenarios' CLIs build on it.
 *
 * @module
 */

export {
  CONNECT_TIMEOUT_MS,
  MAX_CONCURRENT_CLIENTS,
  MAX_REPORTED_ERRORS,
  simulateConnections,
  type SimulateOptions,
  type SimulateResult,
  validateSimulateOptions,
} from "./chat_clients.ts";
export {
  type ChatStats,
  fetchChatStats,
  healthUrlFor,
  IDLE_TIMEOUT_MS,
  type IdleStats,
  statsUrlFor,
  waitForIdleStats,
} from "./chat_stats.ts";
export { type ChatWorkloadResult, runChatWorkload } from "./chat_workload.ts";
export { type HttpLoadOptions, type HttpLoadResult, sendHttpLoad } from "./http_load.ts";
export { getJson, type GetJsonOptions, JSON_TIMEOUT_MS, MAX_JSON_BYTES } from "./http_json.ts";
export { numericLeaves, type StatChange, statChanges } from "./stats_changes.ts";
export { WorkloadError, type WorkloadErrorCode } from "./errors.ts";
