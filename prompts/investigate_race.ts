/**
 * The `investigate-race` prompt: Pattern C for any Deno or Node service whose state goes wrong
 * under concurrency — lost updates, a missing `await`, an unhandled rejection — with logpoints,
 * exception capture and, when needed, a breakpoint.
 *
 * @module
 */

import { z } from "zod";
import type { GetPromptResult, McpServer } from "../mcp/mod.ts";

/** The plan for the given arguments (exported for tests and the bundle's listing). */
export function renderPatternC(
  args: { port: string; symptom?: string; endpoint?: string },
): string {
  const endpoint = args.endpoint ||
    "the endpoint that changes the state (ask me if you cannot tell from the code)";
  return [
    `The symptom: ${args.symptom || "state is sometimes wrong under load"}. The program runs ` +
    `under the inspector on port ${args.port}. The request that changes the state: ${endpoint}.`,
    "",
    "Work through these steps with the deno-debugger tools:",
    "1. Find the code: search_source and read_source for the handler of that request. Note where " +
    "it reads the shared record, every `await` after the read, and where it writes it back.",
    `2. logpoints {action: "add", port: ${args.port}, file: "<file>:<line>"} on the line right ` +
    "after the read and on the write, with expressions that identify the record and its " +
    'version (e.g. ["order.id", "order.version"]). They record without pausing the program.',
    "3. Drive concurrent load on that request: send_http_requests with concurrency 4 or more on " +
    "one record.",
    '4. logpoints {action: "hits"}: in order, two reads of the same version before either write ' +
    "is a lost update — the second write overwrites the first across the await between them. " +
    "Name the read, the await and the write by file:line.",
    "5. catch_exceptions with a workload that reaches the failing path (mode uncaught): for an " +
    "unhandled rejection it names the line whose promise nobody awaited or caught.",
    "6. If a value is still unclear: breakpoints set, make it run, paused_program state (and " +
    "step); the program resumes by itself after a deadline, so keep it short, then remove it.",
    '7. Remove the logpoints (logpoints {action: "remove"}). Propose the fixes: one ' +
    "read-modify-write per record at a time (a per-key lock or queue, a transaction or a version " +
    "check), and the missing await. Verify on the fixed program with the same logpoints and " +
    "load: no two reads of one version before a write, and no unhandled rejection.",
  ].join("\n");
}

/** The prompt's body. */
export function investigateRaceMessages(
  args: { port?: string; symptom?: string; endpoint?: string },
): GetPromptResult {
  const port = args.port?.trim() || "9229";
  return {
    description: `Pattern C race investigation of the program inspected on port ${port}`,
    messages: [{
      role: "user",
      content: {
        type: "text",
        text: "Under concurrent requests my service sometimes loses updates or crashes. " +
          "Please find out why.\n\n" +
          renderPatternC({
            port,
            symptom: args.symptom?.trim() || undefined,
            endpoint: args.endpoint?.trim() || undefined,
          }),
      },
    }],
  };
}

/** The prompt's name, title and description (also what the Claude Desktop bundle lists). */
export const INVESTIGATE_RACE = {
  name: "investigate-race",
  title: "Investigate lost updates or a crash under load (Pattern C)",
  description: "Find why state goes wrong under concurrency in a Deno or Node service: " +
    "logpoints on the read and the write, concurrent load, exceptions caught with the line " +
    "that dropped a promise.",
  arguments: ["port", "symptom", "endpoint"],
} as const;

/** Registers `investigate-race`. */
export function registerInvestigateRace(server: McpServer): void {
  server.registerPrompt(
    INVESTIGATE_RACE.name,
    {
      title: INVESTIGATE_RACE.title,
      description: INVESTIGATE_RACE.description,
      argsSchema: {
        port: z.string().optional().describe("Inspector port of the program (default 9229)."),
        symptom: z.string().optional().describe("What goes wrong, in your words."),
        endpoint: z.string().optional().describe(
          "The request that changes the state, e.g. POST http://127.0.0.1:8000/orders/1/items.",
        ),
      },
    },
    (args) => investigateRaceMessages(args),
  );
}
