/**
 * The `chat-server-leaking` prompt: the user's complaint about the WebSocket chat server,
 * expanded into the Pattern A plan with this server's tools.
 *
 * @module
 */

import type { GetPromptResult, McpServer } from "../mcp/mod.ts";
import { renderPatternA } from "./pattern_a.ts";

/** The user's own words. */
export const CHAT_COMPLAINT =
  "My WebSocket chat server is leaking memory. After clients connect and disconnect, memory " +
  "stays high even with no active connections. Can you investigate?";

/** The prompt's body. */
export function chatServerLeakingMessages(): GetPromptResult {
  return {
    description: "The WebSocket chat server keeps memory after clients disconnect",
    messages: [{
      role: "user",
      content: {
        type: "text",
        text:
          `${CHAT_COMPLAINT}\n\nThe chat server (scenario-6/app.ts) runs under the inspector on ` +
          "port 9229 (`deno task scenario`); its WebSocket is ws://localhost:8086/ws and its " +
          "counters are at http://localhost:8086/stats. The fixed version starts with " +
          "`deno task scenario:fixed` on the same ports, for the verification step.\n\n" +
          renderPatternA({
            port: "9229",
            statsUrl: "http://localhost:8086/stats",
            workload: 'chat clients coming and going: {kind: "chat", url: ' +
              '"ws://localhost:8086/ws", clients: 100}, warm-up runs past its console logging ' +
              "(two lines per connection)",
          }) +
          "\n\nExpect several independent leaks (per-connection state kept after disconnect, " +
          "histories that only grow, timers never cleared); find all of them, not just the largest.",
      },
    }],
  };
}

/** The prompt's name, title and description (also what the Claude Desktop bundle lists). */
export const CHAT_SERVER_LEAKING = {
  name: "chat-server-leaking",
  title: "My chat server is leaking memory",
  description: "The user's report about the WebSocket chat server (scenario 6) turned into an " +
    "investigation plan with this server's tools.",
  arguments: [] as string[],
} as const;

/** Registers `chat-server-leaking`. */
export function registerChatServerLeaking(server: McpServer): void {
  server.registerPrompt(
    CHAT_SERVER_LEAKING.name,
    { title: CHAT_SERVER_LEAKING.title, description: CHAT_SERVER_LEAKING.description },
    () => chatServerLeakingMessages(),
  );
}
