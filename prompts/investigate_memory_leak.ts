/**
 * The `investigate-memory-leak` prompt: Pattern A for any program, with argument completions.
 *
 * @module
 */

import { z } from "zod";
import { completable, type GetPromptResult, type McpServer } from "../mcp/mod.ts";
import { renderPatternA } from "./pattern_a.ts";

const PORTS = ["9229", "9230", "9231"];
const STATS_URLS = ["http://localhost:8086/stats", "http://127.0.0.1:8086/stats"];
const WORKLOADS = [
  "simulate_connections",
  "simulate_connections with 50 clients",
  "my own workload (I will trigger it and tell you when it is done)",
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
  const workload = args.workload?.trim() || "simulate_connections";
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

/** Registers `investigate-memory-leak`. */
export function registerInvestigateMemoryLeak(server: McpServer): void {
  server.registerPrompt(
    "investigate-memory-leak",
    {
      title: "Investigate a memory leak (Pattern A)",
      description:
        "Step-by-step plan: connect to the inspector, baseline snapshot, trigger the workload, " +
        "snapshot again, compare, follow each suspect to its source line, check /stats, name the " +
        "root causes and fixes, then verify the fix.",
      argsSchema: {
        port: optionalWithCompletions("Inspector port of the program (default 9229).", PORTS),
        statsUrl: optionalWithCompletions(
          "The program's JSON stats URL, if it has one.",
          STATS_URLS,
        ),
        workload: optionalWithCompletions(
          'How to trigger the leak: "simulate_connections" or a description of your own workload.',
          WORKLOADS,
        ),
      },
    },
    (args) => investigateMemoryLeakMessages(args),
  );
}
