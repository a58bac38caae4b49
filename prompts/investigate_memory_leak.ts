/**
 * The `investigate-memory-leak` prompt, the general one: Pattern A for any Deno or Node
 * program, with argument completions.
 *
 * @module
 */

import { z } from "zod";
import { completable, type GetPromptResult, type McpServer } from "../mcp/mod.ts";
import { renderPatternA } from "./pattern_a.ts";

const PORTS = ["9229", "9230", "9231"];
const STATS_URLS = ["http://127.0.0.1:8000/stats", "http://localhost:3000/stats"];
const WORKLOADS = [
  "GET http://127.0.0.1:8000/items/{i}",
  "POST http://127.0.0.1:8000/login with a JSON body",
  "WebSocket clients connecting to ws://127.0.0.1:8000/ws and leaving",
  "I will drive it myself for 30 seconds",
];

/** Values that start with what the user typed so far. */
function startingWith(values: string[], typed: string | undefined): string[] {
  return values.filter((v) => v.toLowerCase().startsWith((typed ?? "").toLowerCase()));
}

/**
 * An optional string argument with completions. The SDK looks for the completion marker on the
 * optional's inner schema when deciding to advertise completions, but on the field itself when
 * answering `completion/complete`; marking both makes both work.
 */
function optionalWithCompletions(description: string, values: string[]) {
  const complete = (typed: string | undefined) => startingWith(values, typed);
  return completable(completable(z.string(), complete).optional().describe(description), complete);
}

/** The prompt's body for given arguments (exported for tests and docs). */
export function investigateMemoryLeakMessages(
  args: { port?: string; statsUrl?: string; workload?: string },
): GetPromptResult {
  const port = args.port?.trim() || "9229";
  const workload = args.workload?.trim() || undefined;
  return {
    description: `Pattern A memory-leak investigation of the program inspected on port ${port}`,
    messages: [{
      role: "user",
      content: {
        type: "text",
        text:
          `My program (inspector on port ${port}) seems to leak memory. Please find the cause.\n\n` +
          renderPatternA({ port, statsUrl: args.statsUrl?.trim() || undefined, workload }),
      },
    }],
  };
}

/** The prompt's name, title and description (also what the Claude Desktop bundle lists). */
export const INVESTIGATE_MEMORY_LEAK = {
  name: "investigate-memory-leak",
  title: "Investigate a memory leak (Pattern A)",
  description: "Find why any Deno or Node program keeps memory: one investigate_leak call " +
    "with your workload names each root cause with its file:line and fix; then verify the fix.",
  arguments: ["port", "statsUrl", "workload"],
} as const;

/** Registers `investigate-memory-leak`. */
export function registerInvestigateMemoryLeak(server: McpServer): void {
  server.registerPrompt(
    INVESTIGATE_MEMORY_LEAK.name,
    {
      title: INVESTIGATE_MEMORY_LEAK.title,
      description: INVESTIGATE_MEMORY_LEAK.description,
      argsSchema: {
        port: optionalWithCompletions("Inspector port of the program (default 9229).", PORTS),
        statsUrl: optionalWithCompletions(
          "The program's JSON stats URL, if it has one.",
          STATS_URLS,
        ),
        workload: optionalWithCompletions(
          "What makes it grow: an endpoint to hit, connections, or your own action.",
          WORKLOADS,
        ),
      },
    },
    (args) => investigateMemoryLeakMessages(args),
  );
}
