/**
 * Builds the MCP server: every tool and prompt registered against one {@link ServerState}, and
 * the client's MCP roots kept in the state (they widen what `read_source` may read).
 *
 * @module
 */

import { fileURLToPath } from "node:url";
import { registerAllPrompts } from "../prompts/mod.ts";
import { McpServer, RootsListChangedNotificationSchema } from "../mcp/mod.ts";
import { registerTools } from "../tools/mod.ts";
import type { ServerState } from "./state.ts";

/** Server name and version as reported in `initialize`. */
export const SERVER_INFO = { name: "deno-debugger", version: "0.1.0" } as const;

const INSTRUCTIONS =
  "Finds memory leaks and CPU hot spots in a running Deno or Node.js program through the V8 " +
  "inspector. For a leak, start with investigate_leak: one call connects, warms up, snapshots around two " +
  "runs of the workload and names each root cause (variable, growth per request or client, " +
  "the adding statement at file:line, the fix); verify: true checks the fixed program. The " +
  "step tools do the same by hand: connect_inspector, capture_snapshot, a workload " +
  "(send_http_requests, simulate_connections), compare_snapshots, then read_source, " +
  "search_source, find_retainers, get_stats, get_heap_usage (process RSS). When something is " +
  "slow, profile_cpu around the workload names the hot functions and lines, likely causes and " +
  "how long the event loop was blocked; compare_cpu_profiles checks the fix. When state goes " +
  "wrong over time (lost updates, races, unhandled rejections): logpoints record values each " +
  "time a line runs, without pausing; catch_exceptions shows where exceptions come from; " +
  "breakpoints and paused_program stop and inspect (a paused program resumes by itself).";

/** A ready-to-connect server bound to `state`. */
export function createServer(state: ServerState): McpServer {
  const server = new McpServer(SERVER_INFO, {
    capabilities: { logging: {} },
    instructions: INSTRUCTIONS,
  });
  state.onSessionLost = (message) => {
    console.error(`[deno-debugger] ${message}`);
    server.sendLoggingMessage({ level: "warning", logger: "deno-debugger", data: message })
      .catch(() => {});
  };
  registerTools(server, state);
  registerAllPrompts(server);
  const refresh = () => refreshClientRoots(server, state);
  server.server.oninitialized = refresh;
  server.server.setNotificationHandler(RootsListChangedNotificationSchema, refresh);
  return server;
}

/** Asks the client for its roots (when it declares the capability) and keeps the file:// ones. */
async function refreshClientRoots(server: McpServer, state: ServerState): Promise<void> {
  if (!server.server.getClientCapabilities()?.roots) return;
  try {
    const { roots } = await server.server.listRoots();
    state.clientRoots = roots
      .filter((r) => r.uri.startsWith("file://"))
      .map((r) => fileURLToPath(r.uri));
    console.error(`[deno-debugger] the client declared its roots; ${state.describeRoots()}`);
  } catch (e) {
    console.error(`[deno-debugger] could not read the client's roots: ${(e as Error).message}`);
  }
}
