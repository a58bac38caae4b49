/**
 * Chat clients for a WebSocket chat server such as scenario 6's: many clients connect, send a
 * few messages, and disconnect — the workload that makes a leaky chat server's memory grow.
 * At most {@link MAX_CONCURRENT_CLIENTS} are connected at once, and a total time limit ends the
 * run (no client starts after it, open ones close) however slow the server is.
 *
 * @module
 */

import { raceTimeout, sleep } from "./timing.ts";

/** What to simulate. */
export interface SimulateOptions {
  /** WebSocket endpoint, e.g. `ws://127.0.0.1:8086/ws`. */
  url: string;
  /** How many clients connect (each connects, sends, disconnects). */
  clients: number;
  /** Messages each client sends. */
  messages: number;
  /** How long each client stays connected; its messages are spread over this time. */
  durationMs: number;
  /** Delay between client starts. */
  staggerMs: number;
  /** The whole run stops after this long (ms): the result says so in `stoppedEarly`. */
  totalTimeoutMs?: number;
  /** Aborting stops new clients, closes open ones, and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called after each client finishes (connected or failed). */
  onProgress?: (done: number, total: number) => void;
}

/** What happened. Every client ends up in exactly one of `connected` or `failed`. */
export interface SimulateResult {
  /** Clients that connected and finished their run. */
  connected: number;
  /** Clients that could not connect, or whose connection dropped before they finished. */
  failed: number;
  messagesSent: number;
  /** Frames received from the server by all clients (history, joins, echoes, others' messages). */
  messagesReceived: number;
  /** One entry per failed client, at most {@link MAX_REPORTED_ERRORS}. */
  errors: { client: number; error: string }[];
  elapsedMs: number;
  /** Why the run ended before every client had its turn (the total time limit). */
  stoppedEarly?: string;
}

/** At most this many clients are connected at once, whatever `clients` is. */
export const MAX_CONCURRENT_CLIENTS = 50;
/** `SimulateResult.errors` keeps at most this many entries. */
export const MAX_REPORTED_ERRORS = 20;
/** A client that has not connected after this long counts as failed. */
export const CONNECT_TIMEOUT_MS = 5000;
/** How long a client waits for the server to acknowledge its close. */
const CLOSE_TIMEOUT_MS = 3000;

/** Runs the simulated clients and reports what happened. Throws only for bad options or abort. */
export async function simulateConnections(opts: SimulateOptions): Promise<SimulateResult> {
  validateSimulateOptions(opts);
  const startedAt = performance.now();
  const result: SimulateResult = {
    connected: 0,
    failed: 0,
    messagesSent: 0,
    messagesReceived: 0,
    errors: [],
    elapsedMs: 0,
  };
  const runId = crypto.randomUUID().slice(0, 8);
  const running = new Set<Promise<void>>();
  let done = 0;
  let started = 0;
  // The caller's cancel and the time limit both end the run; only the first throws.
  const limit = opts.totalTimeoutMs === undefined
    ? undefined
    : AbortSignal.timeout(opts.totalTimeoutMs);
  const stops = [opts.signal, limit].filter((s): s is AbortSignal => s !== undefined);
  const stop = stops.length ? AbortSignal.any(stops) : undefined;
  const clientOpts = { ...opts, signal: stop };

  for (let index = 0; index < opts.clients && !stop?.aborted; index++) {
    if (index > 0 && opts.staggerMs > 0) {
      await sleep(opts.staggerMs, stop).catch(() => {}); // stopped: the loop test ends it
    }
    while (running.size >= MAX_CONCURRENT_CLIENTS) await Promise.race(running);
    if (stop?.aborted) break;
    started++;
    const client = runClient(`sim-${runId}-${index}`, clientOpts).then((outcome) => {
      result.messagesSent += outcome.sent;
      result.messagesReceived += outcome.received;
      if (outcome.error === undefined) {
        result.connected++;
      } else {
        result.failed++;
        if (result.errors.length < MAX_REPORTED_ERRORS) {
          result.errors.push({ client: index, error: outcome.error });
        }
      }
      opts.onProgress?.(++done, opts.clients);
    }).finally(() => running.delete(client));
    running.add(client);
  }
  await Promise.all(running);
  opts.signal?.throwIfAborted();
  result.elapsedMs = Math.round(performance.now() - startedAt);
  if (limit?.aborted) {
    result.stoppedEarly = `the ${opts.totalTimeoutMs! / 1000} s total time limit passed after ` +
      `${started} of ${opts.clients} clients had started; open ones were closed`;
  }
  return result;
}

interface ClientOutcome {
  sent: number;
  received: number;
  error?: string;
}

/** One client's life: connect, send its messages spread over `durationMs`, close. */
async function runClient(user: string, opts: SimulateOptions): Promise<ClientOutcome> {
  const outcome: ClientOutcome = { sent: 0, received: 0 };
  const url = new URL(opts.url);
  url.searchParams.set("user", user);
  let socket: WebSocket;
  try {
    socket = new WebSocket(url);
  } catch (error) {
    return { ...outcome, error: `cannot open ${opts.url}: ${(error as Error).message}` };
  }
  const closed = new Promise<CloseEvent>((resolve) => socket.addEventListener("close", resolve));
  let lastError = "";
  socket.addEventListener("error", (event) => {
    lastError = event instanceof ErrorEvent ? event.message : "WebSocket error";
  });
  socket.addEventListener("message", () => outcome.received++);

  const opened = await raceTimeout(
    new Promise<boolean>((resolve) => {
      socket.addEventListener("open", () => resolve(true));
      closed.then(() => resolve(false));
      // Stopped while connecting: give up now, not after the connect timeout.
      opts.signal?.addEventListener("abort", () => resolve(false), { once: true });
      if (opts.signal?.aborted) resolve(false);
    }),
    CONNECT_TIMEOUT_MS,
  );
  if (opened !== true) {
    socket.close();
    const reason = opened === undefined
      ? `no connection after ${CONNECT_TIMEOUT_MS} ms`
      : opts.signal?.aborted
      ? "stopped before it connected"
      : lastError || "connection closed before it opened";
    return { ...outcome, error: reason };
  }

  const gap = opts.durationMs / Math.max(opts.messages, 1);
  let error: string | undefined;
  try {
    for (let m = 0; m < opts.messages; m++) {
      if (socket.readyState !== WebSocket.OPEN) {
        error = `connection dropped after ${outcome.sent} of ${opts.messages} messages`;
        break;
      }
      socket.send(
        JSON.stringify({ type: "message", content: messageText(user, m, opts.messages) }),
      );
      outcome.sent++;
      await sleep(gap, opts.signal);
    }
    if (opts.messages === 0) await sleep(opts.durationMs, opts.signal);
  } catch {
    // Aborted: fall through to close; simulateConnections rethrows the signal's reason.
  }
  socket.close(1000, "done");
  await raceTimeout(closed, CLOSE_TIMEOUT_MS);
  return { ...outcome, error };
}

/** A chat line of ordinary length, different for every client and message. */
function messageText(user: string, index: number, total: number): string {
  return `Hello from ${user}, message ${index + 1} of ${total}: ` +
    `testing the chat with an ordinary sentence or two at ${new Date().toISOString()}.`;
}

/** Throws a TypeError/RangeError naming the first bad option. */
export function validateSimulateOptions(opts: SimulateOptions): void {
  let url: URL;
  try {
    url = new URL(opts.url);
  } catch {
    throw new TypeError(`url: not a URL: "${opts.url}" (expected e.g. ws://127.0.0.1:8086/ws)`);
  }
  if (url.protocol !== "ws:" && url.protocol !== "wss:") {
    throw new TypeError(`url: must start with ws:// or wss://, got "${opts.url}"`);
  }
  const counts: [keyof SimulateOptions, number, number][] = [
    ["clients", opts.clients, 1],
    ["messages", opts.messages, 0],
    ["durationMs", opts.durationMs, 0],
    ["staggerMs", opts.staggerMs, 0],
  ];
  for (const [name, value, min] of counts) {
    if (!Number.isInteger(value) || value < min) {
      throw new RangeError(`${name}: must be an integer ≥ ${min}, got ${value}`);
    }
  }
}
