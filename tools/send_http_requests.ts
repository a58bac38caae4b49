/**
 * `send_http_requests`: drive a workload against the program's own HTTP endpoint (the trigger
 * step of Pattern A for programs that are not the scenario's chat server).
 *
 * @module
 */

import { z } from "zod";
import { sendHttpLoad } from "../workloads/mod.ts";
import { defineTool } from "./define.ts";
import { ToolError } from "./errors.ts";
import { checkToolUrl } from "./remote_urls.ts";
import { httpLoadText } from "./text.ts";
import { ACTS_ON_TARGET } from "./annotations.ts";

/** Upper bounds per call. */
export const MAX_REQUESTS = 10_000;
export const MAX_CONCURRENCY = 50;
/** Request bodies larger than this are refused (this is a trigger, not a benchmark). */
export const MAX_BODY_CHARS = 64 * 1024;

/** `send_http_requests`. */
export const sendHttpRequests = defineTool({
  name: "send_http_requests",
  title: "Send HTTP requests",
  description:
    "Send `count` HTTP requests to one URL of the program under investigation, `concurrency` " +
    "at a time, and report statuses and latency: the workload step of Pattern A for an HTTP " +
    "service (hit the endpoint you suspect, then capture_snapshot and compare). Bodies are " +
    "read and dropped; redirects are not followed. Bounded (count ≤ 10000, concurrency ≤ 50), " +
    "loopback only by default, progress notifications.",
  inputSchema: {
    url: z.string().min(1).describe("Endpoint to call, e.g. http://127.0.0.1:8000/api/items."),
    count: z.number().int().min(1).max(MAX_REQUESTS, {
      error: `count must be at most ${MAX_REQUESTS} per call; call again for more load`,
    }).optional().describe("Requests to send (default 100)."),
    concurrency: z.number().int().min(1).max(MAX_CONCURRENCY).optional().describe(
      "Requests in flight at once (default 10).",
    ),
    method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]).optional().describe(
      "HTTP method (default GET).",
    ),
    body: z.string().max(MAX_BODY_CHARS).optional().describe(
      "Request body (e.g. JSON text), sent with every request.",
    ),
    headers: z.record(z.string(), z.string()).optional().describe(
      'Request headers, e.g. {"content-type": "application/json"}.',
    ),
    timeoutMs: z.number().int().min(100).max(120_000).optional().describe(
      "Per-request timeout (default 10000).",
    ),
  },
  outputSchema: {
    url: z.string(),
    method: z.string(),
    requests: z.number(),
    answered: z.number(),
    failed: z.number(),
    statusCounts: z.record(z.string(), z.number()),
    errors: z.array(z.string()),
    elapsedMs: z.number(),
    latencyMs: z.object({ p50: z.number(), p95: z.number(), max: z.number() }).optional(),
  },
  // It changes the target's state (that is the point: it drives the leak).
  annotations: ACTS_ON_TARGET,
  async handler(args, { host, signal, progress }) {
    const url = checkToolUrl(args.url, ["http:", "https:"], host.config.allowRemote);
    const method = args.method ?? "GET";
    if (args.body !== undefined && method === "GET") {
      throw new ToolError(
        "body: a GET request cannot carry a body.",
        'Pass method "POST" (or PUT/PATCH).',
      );
    }
    const count = args.count ?? 100;
    const r = await sendHttpLoad({
      url,
      method,
      count,
      concurrency: args.concurrency ?? 10,
      body: args.body,
      headers: args.headers,
      timeoutMs: args.timeoutMs ?? 10_000,
      signal,
      onProgress: (done, total) => progress(done, total, `${done}/${total} requests done`),
    });
    if (r.answered === 0) {
      throw new ToolError(
        `None of ${count} requests to ${url.href} got an answer` +
          (r.errors[0] ? ` (first error: ${r.errors[0]}).` : "."),
        "Check that the program is running and listening on that host and port.",
      );
    }
    const structured = { url: url.href, method, ...r };
    return { text: httpLoadText(structured), structured };
  },
});
