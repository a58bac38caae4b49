/**
 * What drives the program under investigation, and what reads its counters: chat clients over
 * WebSocket, bounded HTTP load with `{i}`/`{uuid}` templates, a wait while the user drives it
 * (one {@link Workload} type for all three), and its JSON stats endpoint with what changed
 * between readings. Knows nothing of MCP; the tools, the demo and the scenarios' CLIs build on it.
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
export {
  type EndpointWork,
  type HttpLoadOptions,
  type HttpLoadResult,
  type HttpRequestSpec,
  sendHttpLoad,
} from "./http_load.ts";
export {
  fillTemplate,
  hasPlaceholder,
  TEMPLATE_PLACEHOLDERS,
  templateUrl,
  type TemplateValues,
  templateValues,
} from "./templates.ts";
export {
  type ChatWorkload,
  describeWorkload,
  type HttpWorkload,
  runWorkload,
  type RunWorkloadOptions,
  type WaitWorkload,
  type Workload,
  workloadCycle,
  type WorkloadRun,
  workloadUnit,
  workloadUnits,
} from "./workload.ts";
export { sleep } from "./timing.ts";
export { getJson, type GetJsonOptions, JSON_TIMEOUT_MS, MAX_JSON_BYTES } from "./http_json.ts";
export { numericLeaves, type StatChange, statChanges } from "./stats_changes.ts";
export { WorkloadError, type WorkloadErrorCode } from "./errors.ts";
