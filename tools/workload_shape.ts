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

/**
 * The workload argument: one object whose `kind` says which fields apply (a flat shape lists
 * shorter than a union; {@link toWorkload} checks each kind's fields).
 */
export const workloadArg = z.object({
  kind: z.enum(["http", "chat", "wait"]),
  url: urlArg.optional(),
  count: z.number().int().min(1).max(MAX_REQUESTS).optional(),
  concurrency: z.number().int().min(1).max(MAX_CONCURRENCY).optional(),
  method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]).optional(),
  body: z.string().max(MAX_BODY_CHARS).optional(),
  headers: z.record(z.string().max(256), z.string().max(8192)).optional(),
  clients: z.number().int().min(1).max(MAX_CLIENTS).optional(),
  messages: z.number().int().min(0).max(100).optional(),
  seconds: z.number().min(1).max(MAX_WAIT_SECONDS).optional(),
}).strict();

/** The argument as given. */
export type WorkloadArg = z.infer<typeof workloadArg>;

/** Requests per run of an HTTP workload, and in flight at once, unless told. */
const HTTP_COUNT = 200;
const HTTP_CONCURRENCY = 8;
/** Clients per run of a chat workload, and messages each, unless told. */
const CHAT_CLIENTS = 100;
const CHAT_MESSAGES = 5;

/** Fields each kind takes besides `kind`. */
const FIELDS: Record<WorkloadArg["kind"], string[]> = {
  http: ["url", "count", "concurrency", "method", "body", "headers"],
  chat: ["url", "clients", "messages"],
  wait: ["seconds"],
};

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
  const given = Object.keys(arg).filter((k) =>
    k !== "kind" && arg[k as keyof WorkloadArg] !== undefined
  );
  const foreign = given.filter((k) => !FIELDS[arg.kind].includes(k));
  if (foreign.length) {
    throw new ToolError(
      `workload: ${foreign.join(", ")} ${foreign.length === 1 ? "does" : "do"} not apply to ` +
        `kind "${arg.kind}", which takes ${FIELDS[arg.kind].join(", ")}.`,
      "Drop them, or pick the kind they belong to (http: url, count, method, body, headers; " +
        "chat: url, clients, messages; wait: seconds).",
    );
  }
  if (arg.kind === "wait") {
    if (arg.seconds === undefined) {
      throw new ToolError(
        'workload: kind "wait" needs seconds (how long the user drives the program).',
        'Pass e.g. {kind: "wait", seconds: 30}.',
      );
    }
    return { kind: "wait", seconds: arg.seconds };
  }
  if (arg.url === undefined) {
    throw new ToolError(
      `workload: kind "${arg.kind}" needs a url.`,
      arg.kind === "http"
        ? 'Pass e.g. {kind: "http", url: "http://127.0.0.1:8000/items/{i}"}.'
        : 'Pass e.g. {kind: "chat", url: "ws://127.0.0.1:8086/ws"}.',
    );
  }
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
      count: arg.count ?? HTTP_COUNT,
      concurrency: arg.concurrency ?? HTTP_CONCURRENCY,
      method: arg.method ?? (arg.body !== undefined ? "POST" : "GET"),
      body: arg.body,
      headers: looksJson && !typed
        ? { ...arg.headers, "content-type": "application/json" }
        : arg.headers,
      timeoutMs: HTTP_TIMEOUT_MS,
      totalTimeoutMs: DEFAULT_TOTAL_TIMEOUT_MS,
    };
  }
  checkToolUrl(arg.url, ["ws:", "wss:"], allowRemote, "workload.url");
  return {
    kind: "chat",
    url: arg.url,
    clients: arg.clients ?? CHAT_CLIENTS,
    messages: arg.messages ?? CHAT_MESSAGES,
    durationMs: CHAT_CLIENT_MS,
    staggerMs: CHAT_STAGGER_MS,
    totalTimeoutMs: DEFAULT_TOTAL_TIMEOUT_MS,
  };
}
