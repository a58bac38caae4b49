/**
 * One workload as an investigation names it — HTTP requests, chat clients, or a wait while the
 * user drives the program — and one run of it, with what it did in a common shape. A unit of
 * work (one request, one client, one wait) is what per-cycle figures are counted in.
 *
 * @module
 */

import { type ChatWorkloadResult, runChatWorkload } from "./chat_workload.ts";
import { type EndpointWork, type HttpRequestSpec, sendHttpLoad } from "./http_load.ts";
import { sleep } from "./timing.ts";

/** `count` requests to a URL template, `concurrency` at a time. */
export interface HttpWorkload {
  kind: "http";
  /** May hold `{i}` and `{uuid}` in its path or query (and `body`). */
  url: string;
  count: number;
  concurrency: number;
  method: string;
  body?: string;
  headers?: Record<string, string>;
  /** Other endpoints sent in turn with this one, `count` requests each (a mix). */
  more?: HttpRequestSpec[];
  /** Per request. */
  timeoutMs: number;
  /** One run stops after this long (ms). */
  totalTimeoutMs?: number;
}

/** Chat clients that connect, send `messages` and leave (scenario 6's protocol). */
export interface ChatWorkload {
  kind: "chat";
  /** The chat server's WebSocket URL. */
  url: string;
  clients: number;
  messages: number;
  /** How long each client stays connected. */
  durationMs: number;
  /** Delay between client starts. */
  staggerMs: number;
  /** One run stops after this long (ms). */
  totalTimeoutMs?: number;
}

/** Nothing is sent: the user (or the program itself) does the work meanwhile. */
export interface WaitWorkload {
  kind: "wait";
  seconds: number;
}

/** Any workload. */
export type Workload = HttpWorkload | ChatWorkload | WaitWorkload;

/** What one unit of a workload is called, singular and plural. */
export function workloadUnit(w: Workload): { one: string; many: string } {
  return w.kind === "http"
    ? { one: "request", many: "requests" }
    : w.kind === "chat"
    ? { one: "client", many: "clients" }
    : { one: "wait", many: "waits" };
}

/**
 * What one cycle of a leak's per-cycle figures is, and how many one run makes: a request; for
 * a mix of endpoints a turn (one request to each, sharing `{i}`: what the program keeps per
 * request depends on the endpoint, per turn it does not); a client; a wait.
 */
export function workloadCycle(w: Workload): { unit: string; perRun: number } {
  if (w.kind === "http" && w.more?.length) return { unit: "turn", perRun: w.count };
  return { unit: workloadUnit(w).one, perRun: workloadUnits(w) };
}

/** Units of work in one run: requests, clients, or 1 for a wait. */
export function workloadUnits(w: Workload): number {
  return w.kind === "http"
    ? w.count * (1 + (w.more?.length ?? 0))
    : w.kind === "chat"
    ? w.clients
    : 1;
}

/** `200 × POST http://…/items/{i}`, `100 chat clients × 5 messages to ws://…`, `wait 30 s`. */
export function describeWorkload(w: Workload): string {
  if (w.kind === "http") {
    const all = [w, ...(w.more ?? [])].map((r) => `${r.method} ${r.url}`);
    return `${w.count} × ${all.length > 1 ? `(${all.join(", ")})` : all[0]}`;
  }
  if (w.kind === "chat") return `${w.clients} chat clients × ${w.messages} messages to ${w.url}`;
  return `wait ${w.seconds} s`;
}

/** What one run did. */
export interface WorkloadRun {
  /** Units asked for (requests, clients, 1 for a wait). */
  units: number;
  /** Units that got through: answered requests, clients that connected; the wait's 1. */
  succeeded: number;
  /** Requests with no answer, clients that could not connect. */
  failed: number;
  elapsedMs: number;
  /** HTTP answers by status. */
  statusCounts?: Record<string, number>;
  /** HTTP: the start of the first answer's body for each status other than 2xx. */
  refusals?: Record<string, string>;
  /** HTTP with more than one endpoint: each one's answers, in the order sent. */
  endpoints?: EndpointWork[];
  /** HTTP: latency of the answered requests (ms). */
  latencyMs?: { p50: number; p95: number; max: number };
  /** Up to five distinct failure messages. */
  errors: string[];
  /** Chat: whether the server's `/stats` showed every close handled; absent without `/stats`. */
  settled?: boolean;
  /** Why the run ended before all its units had their turn (its total time limit). */
  stoppedEarly?: string;
  /** `{i}` after this run, for the next one to continue from. */
  nextIndex: number;
}

/** Options of {@link runWorkload}. */
export interface RunWorkloadOptions {
  /** `{i}` of the first request (HTTP). */
  firstIndex?: number;
  signal?: AbortSignal;
  /** Units done so far out of the run's total. */
  onProgress?: (done: number, total: number) => void;
}

/** Runs `w` once. Throws only for bad options or abort; failures are counted in the result. */
export async function runWorkload(
  w: Workload,
  opts: RunWorkloadOptions = {},
): Promise<WorkloadRun> {
  const firstIndex = opts.firstIndex ?? 1;
  if (w.kind === "http") {
    const r = await sendHttpLoad({
      url: w.url,
      method: w.method,
      count: w.count,
      concurrency: w.concurrency,
      body: w.body,
      headers: w.headers,
      ...(w.more?.length ? { more: w.more } : {}),
      timeoutMs: w.timeoutMs,
      totalTimeoutMs: w.totalTimeoutMs,
      firstIndex,
      signal: opts.signal,
      onProgress: opts.onProgress,
    });
    return {
      units: r.requests,
      succeeded: r.answered,
      failed: r.failed,
      elapsedMs: r.elapsedMs,
      statusCounts: r.statusCounts,
      ...(r.refusals ? { refusals: r.refusals } : {}),
      ...(r.endpoints ? { endpoints: r.endpoints } : {}),
      ...(r.latencyMs ? { latencyMs: r.latencyMs } : {}),
      errors: r.errors,
      stoppedEarly: r.stoppedEarly,
      nextIndex: r.nextIndex,
    };
  }
  if (w.kind === "chat") {
    const r: ChatWorkloadResult = await runChatWorkload({
      url: w.url,
      clients: w.clients,
      messages: w.messages,
      durationMs: w.durationMs,
      staggerMs: w.staggerMs,
      totalTimeoutMs: w.totalTimeoutMs,
      signal: opts.signal,
      onProgress: opts.onProgress,
    });
    return {
      units: w.clients,
      succeeded: r.connected,
      failed: r.failed,
      elapsedMs: r.elapsedMs,
      errors: [...new Set(r.errors.map((e) => e.error))].slice(0, 5),
      settled: r.settled,
      stoppedEarly: r.stoppedEarly,
      nextIndex: firstIndex,
    };
  }
  const started = performance.now();
  const total = Math.max(1, Math.round(w.seconds));
  for (let s = 0; s < total; s++) {
    await sleep((w.seconds * 1000) / total, opts.signal);
    opts.onProgress?.(s + 1, total);
  }
  return {
    units: 1,
    succeeded: 1,
    failed: 0,
    elapsedMs: Math.round(performance.now() - started),
    errors: [],
    nextIndex: firstIndex,
  };
}
