/**
 * `send_http_requests`: drive a workload against the program's own HTTP endpoint (the trigger
 * step of Pattern A for programs that are not the scenario's chat server).
 *
 * @module
 */

import { z } from "zod";
import type { ToolResult } from "../mcp/mod.ts";
import { maskCredentials } from "../net/mod.ts";
import { sendHttpLoad } from "../workloads/mod.ts";
import { ACTS_ON_TARGET } from "./annotations.ts";
import { defineTool } from "./define.ts";
import { totalTimeoutArg, urlArg } from "./argument_shapes.ts";
import { requireRunning } from "./inspector_tools.ts";
import { ToolError } from "./errors.ts";
import { NEXT_AFTER_WORKLOAD } from "./next_steps.ts";
import { checkTemplateUrl } from "./remote_urls.ts";

/** Upper bounds per call. */
export const MAX_REQUESTS = 10_000;
export const MAX_CONCURRENCY = 50;
/** Request bodies larger than this are refused (this is a trigger, not a benchmark). */
export const MAX_BODY_CHARS = 64 * 1024;

const output = {
  url: z.string(),
  method: z.string(),
  requests: z.number(),
  answered: z.number(),
  failed: z.number(),
  statusCounts: z.record(z.string(), z.number()),
  refusals: z.record(z.string(), z.string()).optional().describe(
    "The start of the first answer's body for each status other than 2xx.",
  ),
  errors: z.array(z.string()),
  elapsedMs: z.number(),
  latencyMs: z.object({ p50: z.number(), p95: z.number(), max: z.number() }).optional(),
  stoppedEarly: z.string().optional().describe(
    "Why the run ended before every request was sent (the total time limit).",
  ),
  indices: z.object({ first: z.number(), last: z.number() }).optional().describe(
    "The {i} values this call used: it counts on from one call to the next.",
  ),
};

/** What `send_http_requests` returns. */
export type SendHttpRequestsResult = ToolResult<typeof output>;

/** `send_http_requests`. */
export const sendHttpRequests = defineTool({
  name: "send_http_requests",
  title: "Send HTTP requests",
  description:
    "HTTP requests to one endpoint, for step-by-step Pattern A; {i} and {uuid} in url, " +
    "body or header values make each distinct. Returns statuses and latency.",
  inputSchema: {
    url: urlArg.describe("e.g. http://127.0.0.1:8000/items/{i}"),
    count: z.number().int().min(1).max(MAX_REQUESTS, {
      error: `count must be at most ${MAX_REQUESTS} per call; call again for more load`,
    }).default(100),
    concurrency: z.number().int().min(1).max(MAX_CONCURRENCY).default(10),
    method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]).default("GET"),
    body: z.string().max(MAX_BODY_CHARS).optional(),
    headers: z.record(z.string().max(256), z.string().max(8192)).optional(),
    timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
    totalTimeoutMs: totalTimeoutArg,
  },
  outputSchema: output,
  // It changes the target's state (that is the point: it drives the leak).
  annotations: ACTS_ON_TARGET,
  async handler(args, { host, signal, progress }) {
    const url = checkTemplateUrl(args.url, ["http:", "https:"], host.config.allowRemote);
    requireRunning(host.session, "requests to it");
    if (args.body !== undefined && args.method === "GET") {
      throw new ToolError(
        "body: a GET request cannot carry a body.",
        'Pass method "POST" (or PUT/PATCH).',
      );
    }
    checkHeaders(args.headers);
    const firstIndex = host.templateIndex;
    host.templateIndex += args.count;
    const { nextIndex: _, ...r } = await sendHttpLoad({
      url: args.url,
      firstIndex,
      method: args.method,
      count: args.count,
      concurrency: args.concurrency,
      body: args.body,
      headers: args.headers,
      timeoutMs: args.timeoutMs,
      totalTimeoutMs: args.totalTimeoutMs,
      signal,
      onProgress: (done, total) => progress(done, total, `${done}/${total} requests done`),
    });
    // The template as given, its credentials masked.
    const shown = maskCredentials(args.url, url);
    if (r.answered === 0) {
      throw new ToolError(
        `None of ${args.count} requests to ${shown} got an answer` +
          (r.errors[0] ? ` (first error: ${r.errors[0]})` : "") +
          (r.stoppedEarly ? `; ${r.stoppedEarly}.` : "."),
        "Check that the program is running, listening on that host and port, and answering.",
      );
    }
    // `{i}` counts on across calls: say which values this call used.
    const templated = [args.url, args.body ?? "", ...Object.values(args.headers ?? {})]
      .some((s) => s.includes("{i}"));
    const structured: SendHttpRequestsResult = {
      url: shown,
      method: args.method,
      ...r,
      ...(templated ? { indices: { first: firstIndex, last: firstIndex + args.count - 1 } } : {}),
    };
    return { text: httpLoadText(structured), structured };
  },
});

/** What was sent and how the program answered. */
function httpLoadText(r: SendHttpRequestsResult): string {
  const statuses = Object.entries(r.statusCounts)
    .sort((a, b) => b[1] - a[1])
    .map(([status, n]) => `${status} ×${n}`)
    .join(", ");
  const latency = r.latencyMs
    ? `; latency p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, max ${r.latencyMs.max} ms`
    : "";
  const indices = r.indices ? ` ({i} = ${r.indices.first}…${r.indices.last})` : "";
  return `${r.requests} × ${r.method} ${r.url}${indices} in ${
    (r.elapsedMs / 1000).toFixed(1)
  } s: ` +
    `${r.answered} answered (${statuses}), ${r.failed} failed${latency}.` +
    Object.entries(r.refusals ?? {}).filter(([, body]) => body).map(([status, body]) =>
      `\nThe first ${status} said: ${body}`
    ).join("") +
    (r.errors.length ? `\nFailures: ${r.errors.join("; ")}` : "") +
    (r.stoppedEarly ? `\nStopped early: ${r.stoppedEarly}.` : "") +
    NEXT_AFTER_WORKLOAD;
}

/**
 * Refuses headers `fetch` would reject, before any request is sent (it would otherwise fail
 * every request and the answer would blame the program).
 */
export function checkHeaders(headers: Record<string, string> | undefined): void {
  for (const [name, value] of Object.entries(headers ?? {})) {
    try {
      new Headers([[name, value]]);
    } catch {
      const bad = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)
        ? `the value of "${name}"`
        : `"${name}"`;
      throw new ToolError(
        `headers: ${bad} is not a valid HTTP header ${
          bad.startsWith("the value") ? "value" : "name"
        }.`,
        "Header names are tokens such as content-type or x-request-id; values are one line of " +
          "text. Fix or drop it and call again.",
      );
    }
  }
}
