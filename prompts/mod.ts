/**
 * Every prompt the server registers.
 *
 * @module
 */

import type { McpServer } from "../mcp/mod.ts";
import { registerChatServerLeaking } from "./chat_server_leaking.ts";
import { registerInvestigateMemoryLeak } from "./investigate_memory_leak.ts";

/** Registers all prompts on `server`. */
export function registerAllPrompts(server: McpServer): void {
  registerInvestigateMemoryLeak(server);
  registerChatServerLeaking(server);
}
