/**
 * The `workload` argument of `investigate_leak`: HTTP requests, chat clients, or a wait while
 * the user drives the program — one zod union, and the workloads/ value it becomes.
 *
 * @module
 */

import { z } from "zod";
import type { HttpRequestSpec, Workload } from "../workloads/mod.ts";
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
const method = z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]);
const body = z.string().max(MAX_BODY_CHARS);
const headers = z.record(z.string().max(256), z.string().max(8192));

/** Endpoints an HTTP workload mixes in besides its `url`. */
export const MAX_MORE_ENDPOINTS = 7;

export const workloadArg = z.object({
  kind: z.enum(["http", "chat", "wait"]),
  url: urlArg.optional(),
  count: z.number().int().min(1).max(MAX_REQUESTS).optional(),
  concurrency: z.number().int().min(1).max(MAX_CONCURRENCY).optional(),
  method: method.optional(),
  body: body.optional(),
  headers: headers.optional(),
  more: z.array(
    z.object({
      url: urlArg,
      method: method.optional(),
      body: body.optional(),
      headers: headers.optional(),
    })
      .strict(),
  ).max(MAX_MORE_ENDPOINTS).optional(),
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
  http: ["url", "count", "concurrency", "method", "body", "headers", "more"],
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
    const first = httpRequest({ ...arg, url: arg.url }, "workload", allowRemote);
    const more = (arg.more ?? []).map((r, k) => httpRequest(r, `workload.more[${k}]`, allowRemote));
    return {
      kind: "http",
      ...first,
      count: arg.count ?? HTTP_COUNT,
      concurrency: arg.concurrency ?? HTTP_CONCURRENCY,
      ...(more.length ? { more } : {}),
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

/**
 * One endpoint of an HTTP workload, checked (`at` names it in errors): with a body the method
 * defaults to POST, and a body that looks like JSON gets a JSON content type unless one is given.
 */
function httpRequest(
  r: { url: string; method?: string; body?: string; headers?: Record<string, string> },
  at: string,
  allowRemote: boolean,
): HttpRequestSpec {
  checkTemplateUrl(r.url, ["http:", "https:"], allowRemote, `${at}.url`);
  if (r.body !== undefined && r.method === "GET") {
    throw new ToolError(
      `${at}.body: a GET request cannot carry a body.`,
      'Leave method out (a body means POST) or pass "POST", "PUT" or "PATCH".',
    );
  }
  checkHeaders(r.headers);
  const looksJson = r.body !== undefined && /^\s*[{[]/.test(r.body);
  const typed = Object.keys(r.headers ?? {}).some((h) => h.toLowerCase() === "content-type");
  return {
    url: r.url,
    method: r.method ?? (r.body !== undefined ? "POST" : "GET"),
    ...(r.body !== undefined ? { body: r.body } : {}),
    ...(r.headers || looksJson
      ? {
        headers: looksJson && !typed
          ? { ...r.headers, "content-type": "application/json" }
          : r.headers,
      }
      : {}),
  };
}

/** The workload argument checked against investigate_leak's shape, with the field named. */
export function parseWorkload(value: unknown): WorkloadArg {
  const r = workloadArg.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new ToolError(
    `workload${issue.path.length ? `.${issue.path.join(".")}` : ""}: ${issue.message}`,
    'Pass it as investigate_leak takes it, e.g. {kind: "http", url: "http://127.0.0.1:8000/x", ' +
      "count: 20}.",
  );
}
