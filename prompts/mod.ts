/**
 * Every prompt the server registers, and the same prompts as plain entries for listings
 * outside MCP.
 *
 * @module
 */

import type { McpServer } from "../mcp/mod.ts";
import {
  CHAT_SERVER_LEAKING,
  chatServerLeakingMessages,
  registerChatServerLeaking,
} from "./chat_server_leaking.ts";
import {
  INVESTIGATE_MEMORY_LEAK,
  investigateMemoryLeakMessages,
  registerInvestigateMemoryLeak,
} from "./investigate_memory_leak.ts";
import {
  INVESTIGATE_SLOW_ENDPOINT,
  investigateSlowEndpointMessages,
  registerInvestigateSlowEndpoint,
} from "./investigate_slow_endpoint.ts";
import {
  INVESTIGATE_RACE,
  investigateRaceMessages,
  registerInvestigateRace,
} from "./investigate_race.ts";

/** A prompt as a listing shows it: name, description, argument names and its text. */
export interface PromptEntry {
  name: string;
  description: string;
  arguments: string[];
  /** The text with each argument left as `${arguments.<name>}` (the bundle format's template). */
  text: string;
}

/** Every prompt, for listings outside MCP (the Claude Desktop bundle's manifest). */
export function promptEntries(): PromptEntry[] {
  const textOf = (r: ReturnType<typeof chatServerLeakingMessages>) =>
    r.messages.map((m) => (m.content as { text: string }).text).join("\n\n");
  return [
    {
      name: INVESTIGATE_MEMORY_LEAK.name,
      description: INVESTIGATE_MEMORY_LEAK.description,
      arguments: [...INVESTIGATE_MEMORY_LEAK.arguments],
      text: textOf(investigateMemoryLeakMessages({
        port: "${arguments.port}",
        statsUrl: "${arguments.statsUrl}",
        workload: "${arguments.workload}",
      })),
    },
    {
      name: INVESTIGATE_SLOW_ENDPOINT.name,
      description: INVESTIGATE_SLOW_ENDPOINT.description,
      arguments: [...INVESTIGATE_SLOW_ENDPOINT.arguments],
      text: textOf(investigateSlowEndpointMessages({
        port: "${arguments.port}",
        endpoint: "${arguments.endpoint}",
      })),
    },
    {
      name: CHAT_SERVER_LEAKING.name,
      description: CHAT_SERVER_LEAKING.description,
      arguments: [],
      text: textOf(chatServerLeakingMessages()),
    },
    {
      name: INVESTIGATE_RACE.name,
      description: INVESTIGATE_RACE.description,
      arguments: [...INVESTIGATE_RACE.arguments],
      text: textOf(investigateRaceMessages({
        port: "${arguments.port}",
        symptom: "${arguments.symptom}",
        endpoint: "${arguments.endpoint}",
      })),
    },
  ];
}

/** Registers all prompts on `server`. */
export function registerAllPrompts(server: McpServer): void {
  registerInvestigateMemoryLeak(server);
  registerInvestigateSlowEndpoint(server);
  registerChatServerLeaking(server);
  registerInvestigateRace(server);
}
