/**
 * The `workload` argument of `investigate_leak`: HTTP requests, chat clients, or a wait while
 * the user drives the program — one zod union, and the workloads/ value it becomes.
 *
 * @module
 */

import { z } from "zod";
import type { Workload } from "../workloads/mod.ts";
import {
  checkHeaders,
  MAX_BODY_CHARS,
  MAX_CONCURRENCY,
  MAX_REQUESTS,
} from "./send_http_requests.ts";
import { MAX_CLIENTS } from "./simulate_connections.ts";
import { checkTemplateUrl, checkToolUrl } from "./remote_urls.ts";
import { ToolError } from "./errors.ts";
import { DEFAULT_TOTAL_TIMEOUT_MS, urlArg } from "./argument_shapes.ts";

/** The longest wait a `wait` workload takes per run. */
export const MAX_WAIT_SECONDS = 600;

/** The workload argument. */
export const workloadArg = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("http"),
    url: urlArg,
    count: z.number().int().min(1).max(MAX_REQUESTS).default(200),
    concurrency: z.number().int().min(1).max(MAX_CONCURRENCY).default(8),
    method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]).optional(),
    body: z.string().max(MAX_BODY_CHARS).optional(),
    headers: z.record(z.string().max(256), z.string().max(8192)).optional(),
  }),
  z.object({
    kind: z.literal("chat"),
    url: urlArg,
    clients: z.number().int().min(1).max(MAX_CLIENTS).default(100),
    messages: z.number().int().min(0).max(100).default(5),
  }),
  z.object({ kind: z.literal("wait"), seconds: z.number().min(1).max(MAX_WAIT_SECONDS) }),
]);

/** The argument as given. */
export type WorkloadArg = z.infer<typeof workloadArg>;

/** How long each simulated chat client stays, and the gap between client starts. */
const CHAT_CLIENT_MS = 200;
const CHAT_STAGGER_MS = 5;
/** Per-request timeout of HTTP workloads. */
const HTTP_TIMEOUT_MS = 10_000;

/**
 * The workload to run: URLs checked (loopback unless allowed; `{i}`/`{uuid}` only after the
 * origin); with a body the method defaults to POST, and a body that looks like JSON gets a
 * JSON content type unless one is given.
 */
export function toWorkload(arg: WorkloadArg, allowRemote: boolean): Workload {
  if (arg.kind === "http") {
    checkTemplateUrl(arg.url, ["http:", "https:"], allowRemote, "workload.url");
    if (arg.body !== undefined && arg.method === "GET") {
      throw new ToolError(
        "workload.body: a GET request cannot carry a body.",
        'Leave method out (a body means POST) or pass "POST", "PUT" or "PATCH".',
      );
    }
    checkHeaders(arg.headers);
    const looksJson = arg.body !== undefined && /^\s*[{[]/.test(arg.body);
    const typed = Object.keys(arg.headers ?? {}).some((h) => h.toLowerCase() === "content-type");
    return {
      kind: "http",
      url: arg.url,
      count: arg.count,
      concurrency: arg.concurrency,
      method: arg.method ?? (arg.body !== undefined ? "POST" : "GET"),
      body: arg.body,
      headers: looksJson && !typed
        ? { ...arg.headers, "content-type": "application/json" }
        : arg.headers,
      timeoutMs: HTTP_TIMEOUT_MS,
      totalTimeoutMs: DEFAULT_TOTAL_TIMEOUT_MS,
    };
  }
  if (arg.kind === "chat") {
    checkToolUrl(arg.url, ["ws:", "wss:"], allowRemote, "workload.url");
    return {
      kind: "chat",
      url: arg.url,
      clients: arg.clients,
      messages: arg.messages,
      durationMs: CHAT_CLIENT_MS,
      staggerMs: CHAT_STAGGER_MS,
      totalTimeoutMs: DEFAULT_TOTAL_TIMEOUT_MS,
    };
  }
  return { kind: "wait", seconds: arg.seconds };
}
