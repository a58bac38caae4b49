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

const INSTRUCTIONS = "Finds memory leaks in a running Deno or Node.js program through the V8 " +
  "inspector. Pattern A: connect_inspector → capture_snapshot 'baseline' → trigger the workload " +
  "(send_http_requests for an HTTP endpoint, simulate_connections for the scenario's chat " +
  "server, or the user's own) → capture_snapshot 'after' → compare_snapshots → read_source at " +
  "each suspect's file:line → get_stats. With one snapshot only, summarize_snapshot names what " +
  "is big; start/stop_allocation_sampling around the workload names the functions that " +
  "allocated what survived. The prompt investigate-memory-leak spells out the steps.";

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
