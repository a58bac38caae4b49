/**
 * A bounded HTTP workload: `count` requests to one URL template, `concurrency` at a time,
 * bodies read and dropped, with per-status counts and latency percentiles — and a total time
 * limit, past which no request starts and those in flight are cut off (a server that never
 * answers would otherwise hold a run of 10,000 requests for hours). `{i}` and `{uuid}` in the
 * URL or body make each request distinct (templates.ts). The load behind `send_http_requests`
 * and `investigate_leak`; knows nothing of MCP.
 *
 * @module
 */

import { fillHeaders, fillTemplate, templateUrl, templateValues } from "./templates.ts";

/** What to send. */
export interface HttpLoadOptions {
  /** The URL, or a template with `{i}`/`{uuid}` in its path or query. */
  url: URL | string;
  method: string;
  count: number;
  concurrency: number;
  /** The body, with `{i}`/`{uuid}` filled in per request like the URL. */
  body?: string;
  /** `{i}` of the first request (default 1); the next ones count up from it. */
  firstIndex?: number;
  headers?: Record<string, string>;
  /**
   * Other endpoints sent in turn with this one (a mix): each gets `count` requests, request
   * `n` goes to the `n % (1 + more.length)`th and fills `{i}` with `firstIndex + ⌊n / that⌋`.
   * A turn's requests go in order, one after another's answer; `concurrency` turns at once.
   */
  more?: HttpRequestSpec[];
  /** Per request; a request past it counts as failed. */
  timeoutMs: number;
  /** The whole run stops after this long (ms): the result says so in `stoppedEarly`. */
  totalTimeoutMs?: number;
  /** Aborting stops new requests and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called after each request (answered or failed). */
  onProgress?: (done: number, total: number) => void;
}

/** One endpoint of a mix: its URL template, method, body and headers. */
export interface HttpRequestSpec {
  url: string;
  method: string;
  body?: string;
  headers?: Record<string, string>;
}

/** What happened. Every request is counted once: answered (any status) or failed. */
export interface HttpLoadResult {
  requests: number;
  /** Requests that got an HTTP response, whatever its status. */
  answered: number;
  /** Requests with no response: refused, reset, timed out. */
  failed: number;
  /** Answered requests by status code. */
  statusCounts: Record<string, number>;
  /** The start of the first answer's body for each status other than 2xx (why it was refused). */
  refusals?: Record<string, string>;
  /** A mix (`more`): each endpoint's answers by status and its failures, in the order sent. */
  endpoints?: EndpointWork[];
  /** Up to five distinct failure messages. */
  errors: string[];
  elapsedMs: number;
  /** Of answered requests, in milliseconds. */
  latencyMs?: { p50: number; p95: number; max: number };
  /** Why the run ended before every request was answered or failed (the total time limit). */
  stoppedEarly?: string;
  /** `{i}` of the request after the last one: where a following run continues. */
  nextIndex: number;
}

/** What one endpoint of a mix got. */
export interface EndpointWork {
  method: string;
  /** The URL as given (`{i}` and `{uuid}` not filled in). */
  url: string;
  statusCounts: Record<string, number>;
  failed: number;
  /** The start of this endpoint's first answer's body for each status other than 2xx. */
  refusals?: Record<string, string>;
}

/** Characters kept of a refusal's body. */
const MAX_REFUSAL = 120;

/** A body's start as one line, cut to {@link MAX_REFUSAL}. */
function oneLine(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > MAX_REFUSAL ? t.slice(0, MAX_REFUSAL - 1) + "…" : t;
}

/** Distinct failure messages kept. */
const MAX_ERRORS = 5;

/** Sends the requests and waits for all of them. */
export async function sendHttpLoad(opts: HttpLoadOptions): Promise<HttpLoadResult> {
  const started = performance.now();
  const statusCounts: Record<string, number> = {};
  const refusals: Record<string, string> = {};
  const errors = new Set<string>();
  const latencies: number[] = [];
  let next = 0;
  let done = 0;
  let failed = 0;
  let cutOff = 0;
  const limit = opts.totalTimeoutMs === undefined
    ? undefined
    : AbortSignal.timeout(opts.totalTimeoutMs);
  const stopSignals = [opts.signal, limit].filter((s): s is AbortSignal => s !== undefined);
  const firstIndex = opts.firstIndex ?? 1;
  const specs: HttpRequestSpec[] = [
    {
      url: typeof opts.url === "string" ? opts.url : opts.url.href,
      method: opts.method,
      body: opts.body,
      headers: opts.headers,
    },
    ...(opts.more ?? []),
  ];
  const total = opts.count * specs.length;
  const endpoints: EndpointWork[] = specs.map((spec) => ({
    method: spec.method,
    url: spec.url,
    statusCounts: {},
    failed: 0,
  }));
  // Checked once up front: a bad template is the caller's error, not a failed request.
  for (const spec of specs) templateUrl(spec.url, templateValues(firstIndex));
  const one = async (n: number) => {
    const t = performance.now();
    const timeout = AbortSignal.timeout(opts.timeoutMs);
    const spec = specs[n % specs.length];
    const values = templateValues(firstIndex + Math.floor(n / specs.length));
    try {
      const res = await fetch(templateUrl(spec.url, values), {
        method: spec.method,
        body: spec.body === undefined ? undefined : fillTemplate(spec.body, values),
        headers: spec.headers && fillHeaders(spec.headers, values),
        redirect: "manual", // never follow the program to another host
        signal: AbortSignal.any([...stopSignals, timeout]),
      });
      // Read the body to its end (so the connection is reused), keeping none of it but the
      // start of the first refusal of each status.
      // Each endpoint's own first refusal of each status: the mix's URLs fail for their own
      // reasons ("unknown supplier" is not why another one answered 404).
      const own = endpoints[n % specs.length];
      const ownRefusals = own.refusals ??= {};
      const refused = !res.ok && !(res.status in ownRefusals);
      if (refused) ownRefusals[res.status] = ""; // claimed: answers in flight keep none
      let head = "";
      const decoder = refused ? new TextDecoder() : undefined;
      if (res.body) {
        for await (const chunk of res.body) {
          if (decoder && head.length < MAX_REFUSAL) {
            head += decoder.decode(chunk.subarray(0, MAX_REFUSAL), { stream: true });
          }
        }
      }
      if (refused) {
        ownRefusals[res.status] = oneLine(head);
        refusals[res.status] ??= ownRefusals[res.status];
      }
      latencies.push(performance.now() - t);
      statusCounts[res.status] = (statusCounts[res.status] ?? 0) + 1;
      own.statusCounts[res.status] = (own.statusCounts[res.status] ?? 0) + 1;
    } catch (e) {
      if (opts.signal?.aborted) throw opts.signal.reason;
      if (limit?.aborted && !timeout.aborted) {
        cutOff++;
        return;
      }
      failed++;
      endpoints[n % specs.length].failed++;
      const timedOut = e instanceof DOMException && e.name === "TimeoutError";
      if (errors.size < MAX_ERRORS) {
        errors.add(
          timedOut ? `no answer within ${opts.timeoutMs} ms` : (e as Error).message.split("\n")[0],
        );
      }
    }
    opts.onProgress?.(++done, total);
  };
  // A turn of a mix is one client's sequence (issue a pass, then swipe it): its requests go
  // in order, each after the last one's answer; `concurrency` turns run at once.
  const perTurn = specs.length;
  const lane = async () => {
    while (next < total && !limit?.aborted) {
      const start = next;
      const end = Math.min(total, start + perTurn);
      next = end; // the whole turn is this lane's
      for (let n = start; n < end && !limit?.aborted; n++) await one(n);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency, total) }, lane));
  latencies.sort((a, b) => a - b);
  const stoppedEarly = limit?.aborted && done + cutOff < total
    ? `the ${opts.totalTimeoutMs! / 1000} s total time limit passed after ${done} of ` +
      `${total} requests` + (cutOff ? ` (${cutOff} in flight were cut off)` : "")
    : undefined;
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
  return {
    requests: total,
    answered: latencies.length,
    failed,
    statusCounts,
    ...(Object.keys(refusals).length ? { refusals } : {}),
    ...(specs.length > 1
      ? {
        endpoints: endpoints.map(({ refusals, ...e }) =>
          refusals && Object.keys(refusals).length ? { ...e, refusals } : e
        ),
      }
      : {}),
    errors: [...errors],
    elapsedMs: Math.round(performance.now() - started),
    nextIndex: firstIndex + Math.ceil(next / specs.length),
    ...(latencies.length
      ? { latencyMs: { p50: at(0.5), p95: at(0.95), max: Math.round(latencies.at(-1)!) } }
      : {}),
    ...(stoppedEarly ? { stoppedEarly } : {}),
  };
}
