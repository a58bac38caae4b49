/**
 * The `investigate-slow-endpoint` prompt: Pattern B for any Deno or Node program — one
 * `profile_cpu` call around the slow endpoint, the hot spots at their lines, the fix checked
 * with `compare_cpu_profiles`.
 *
 * @module
 */

import { z } from "zod";
import { completable, type GetPromptResult, type McpServer } from "../mcp/mod.ts";

const PORTS = ["9229", "9230", "9231"];
const ENDPOINTS = [
  "GET http://127.0.0.1:8000/search?q=term",
  "GET http://127.0.0.1:8000/items/{i}",
  "POST http://127.0.0.1:8000/orders with a JSON body",
  "I will drive it myself for 10 seconds",
];

/** The plan's arguments. */
export interface SlowEndpointParams {
  /** Inspector port of the program. */
  port: string;
  /** The slow endpoint or action, in the user's words or as a workload. */
  endpoint?: string;
}

/** Renders the numbered plan (one step per line). */
export function renderPatternB(p: SlowEndpointParams): string {
  const workload = p.endpoint
    ? `The slow part: ${p.endpoint}. Express it as profile_cpu's workload`
    : "Find out what is slow (an endpoint, a job, a page) and express it as profile_cpu's " +
      "workload";
  const steps = [
    `${workload}: {kind: "http", url, method?, body?, count, concurrency} with {i} or {uuid} ` +
    'for varying keys; {kind: "wait", seconds} when the user drives the program meanwhile. ' +
    "Enough requests for about 2 s of work (e.g. count 24, concurrency 4).",
    `profile_cpu with port ${p.port} and that workload (one warm-up run by default). If ` +
    "nothing is listening, tell the user how to start the program: " +
    `\`deno run --inspect=127.0.0.1:${p.port} main.ts\` or ` +
    `\`node --inspect=127.0.0.1:${p.port} app.js\`.`,
    "Read the answer: the hottest functions by self and total time at file:line, the lines " +
    "inside them (quoted), the call paths that lead there, likely causes (a linear search " +
    "per item, work redone on every call), and the event loop's longest stretches with the " +
    "function on top — how long one request blocks every other. A note that a function's time " +
    "sits on a call means V8 inlined the callee there: profile a fresh start with warmup: 0. " +
    "read_source at a file:line when the code around a hot line matters.",
    "Report each hot spot with its file:line, why it is slow (what is repeated, what grows " +
    "with the input) and the concrete fix; the .cpuprofile opens in Chrome DevTools and the " +
    "flame graph (SVG) shows the whole picture.",
    "Verify the fix: once the fixed program runs, profile_cpu it with the same workload and " +
    'warm-up, then compare_cpu_profiles {before: "<first id>", after: "<second id>"}: busy ' +
    "CPU and latency per request before → after, and each function's speed-up.",
  ];
  return "Investigate the slow endpoint with the deno-debugger tools (Pattern B: profile the " +
    "CPU around the workload):\n\n" + steps.map((s, i) => `${i + 1}. ${s}`).join("\n");
}

/** The prompt's body for given arguments (exported for tests and the bundle's listing). */
export function investigateSlowEndpointMessages(
  args: { port?: string; endpoint?: string },
): GetPromptResult {
  const port = args.port?.trim() || "9229";
  const endpoint = args.endpoint?.trim() || undefined;
  return {
    description: `Pattern B CPU investigation of the program inspected on port ${port}`,
    messages: [{
      role: "user",
      content: {
        type: "text",
        text:
          `My program (inspector on port ${port}) is slow${
            endpoint ? ` on ${endpoint}` : ""
          }. Please find where the time goes and why.\n\n` + renderPatternB({ port, endpoint }),
      },
    }],
  };
}

/** The prompt's name, title and description (also what the Claude Desktop bundle lists). */
export const INVESTIGATE_SLOW_ENDPOINT = {
  name: "investigate-slow-endpoint",
  title: "Investigate a slow endpoint (Pattern B)",
  description: "Find why any Deno or Node program is slow: one profile_cpu call with your " +
    "workload names the hot functions and lines, with likely causes; then compare the fix.",
  arguments: ["port", "endpoint"],
} as const;

function optionalWithCompletions(description: string, values: string[]) {
  const complete = (typed: string | undefined) =>
    values.filter((v) => v.toLowerCase().startsWith((typed ?? "").toLowerCase()));
  // Marked on the optional and its inner schema: the SDK reads one to advertise, one to answer.
  return completable(completable(z.string(), complete).optional().describe(description), complete);
}

/** Registers `investigate-slow-endpoint`. */
export function registerInvestigateSlowEndpoint(server: McpServer): void {
  server.registerPrompt(
    INVESTIGATE_SLOW_ENDPOINT.name,
    {
      title: INVESTIGATE_SLOW_ENDPOINT.title,
      description: INVESTIGATE_SLOW_ENDPOINT.description,
      argsSchema: {
        port: optionalWithCompletions("Inspector port of the program (default 9229).", PORTS),
        endpoint: optionalWithCompletions(
          "What is slow: an endpoint to call (method and URL), or your own action.",
          ENDPOINTS,
        ),
      },
    },
    (args) => investigateSlowEndpointMessages(args),
  );
}
