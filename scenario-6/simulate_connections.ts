/**
 * Load generator for the scenario-6 chat server: many clients connect, send a few messages,
 * and disconnect — the workload that makes the leaky server's memory grow.
 *
 * As a library: {@link simulateConnections} (used by the MCP `simulate_connections` tool),
 * {@link fetchStats}, {@link statsUrlFor}, {@link healthUrlFor}, {@link describeStatsChange}.
 *
 * As a CLI:
 * `deno run --allow-net=127.0.0.1 scenario-6/simulate_connections.ts [--url=ws://127.0.0.1:8086/ws]
 * [--clients=20] [--messages=5] [--duration=3000] [--stagger=100]` — checks `/health`, prints `/stats`
 * before and after and a verdict naming the counters that grew. Exit 0 when at least one client
 * connected, 1 when the server is not running or no client connected, 2 for bad arguments.
 *
 * @module
 */

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
  validateOptions(opts);
  const started = performance.now();
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

  for (let index = 0; index < opts.clients && !opts.signal?.aborted; index++) {
    if (index > 0 && opts.staggerMs > 0) {
      await sleep(opts.staggerMs, opts.signal).catch(() => {}); // abort: the loop test stops
    }
    while (running.size >= MAX_CONCURRENT_CLIENTS) await Promise.race(running);
    if (opts.signal?.aborted) break;
    const client = runClient(`sim-${runId}-${index}`, opts).then((outcome) => {
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
  result.elapsedMs = Math.round(performance.now() - started);
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
    }),
    CONNECT_TIMEOUT_MS,
  );
  if (opened !== true) {
    socket.close();
    const reason = opened === undefined
      ? `no connection after ${CONNECT_TIMEOUT_MS} ms`
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

function validateOptions(opts: SimulateOptions): void {
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

/** Resolves after `ms`; rejects with the signal's reason when it aborts first. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** `promise`'s value, or `undefined` when it takes longer than `ms`. */
async function raceTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// /stats and /health helpers

/** Counters the chat servers report at `/stats` (extra fields pass through). */
export interface ChatStats {
  activeConnections: number;
  totalConnections: number;
  messagesSent: number;
  bytesTransferred: number;
  messageHistorySize: number;
  userSessionsSize: number;
  connectionDurationsTracked: number;
  [key: string]: unknown;
}

/** `ws://host:port/ws` → `http://host:port/stats` (`wss:` → `https:`). */
export function statsUrlFor(wsUrl: string): string {
  return siblingUrl(wsUrl, "/stats");
}

/** `ws://host:port/ws` → `http://host:port/health`. */
export function healthUrlFor(wsUrl: string): string {
  return siblingUrl(wsUrl, "/health");
}

function siblingUrl(wsUrl: string, path: string): string {
  const url = new URL(wsUrl);
  url.protocol = url.protocol === "wss:" ? "https:" : "http:";
  url.pathname = path;
  url.search = "";
  url.hash = "";
  return url.href;
}

/** GETs `url` and returns its JSON; throws an Error that says what went wrong and where. */
export async function fetchStats(url: string, timeoutMs = 5000): Promise<ChatStats> {
  const body = await fetchJson(url, timeoutMs);
  if (typeof body !== "object" || body === null || !("activeConnections" in body)) {
    throw new Error(`${url} did not return chat stats (no "activeConnections" field)`);
  }
  return body as ChatStats;
}

/** What {@link waitForIdleStats} saw: the last reading and whether the server had settled. */
export interface IdleStats {
  stats: ChatStats;
  settled: boolean;
}

/** How long {@link waitForIdleStats} waits for the server to settle, unless told otherwise. */
export const IDLE_TIMEOUT_MS = 10_000;

/**
 * Polls `/stats` until `activeConnections` is at most `maxActive` (default 0): the simulator's
 * clients see their sockets close before the server has run every close handler, so a heap
 * snapshot taken at once would count live connections as leaked. Gives up after `timeoutMs` and
 * returns the last reading with `settled: false`; undefined when `/stats` does not answer.
 */
export async function waitForIdleStats(
  statsUrl: string,
  opts: { maxActive?: number; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<IdleStats | undefined> {
  const deadline = Date.now() + (opts.timeoutMs ?? IDLE_TIMEOUT_MS);
  while (true) {
    const stats = await fetchStats(statsUrl).catch(() => undefined);
    if (!stats) return undefined;
    const settled = stats.activeConnections <= (opts.maxActive ?? 0);
    if (settled || Date.now() > deadline) return { stats, settled };
    await sleep(50, opts.signal);
  }
}

/** Throws an Error with the next step when nothing healthy answers at `url`. */
export async function checkHealth(url: string, timeoutMs = 3000): Promise<void> {
  try {
    await fetchJson(url, timeoutMs);
  } catch (error) {
    throw new Error(
      `the chat server is not running at ${url} (${(error as Error).message}). ` +
        `Start it first: deno task scenario (or deno task scenario:fixed)`,
    );
  }
}

async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const reason = error instanceof DOMException && error.name === "TimeoutError"
      ? `no answer within ${timeoutMs} ms`
      : describeError(error);
    throw new Error(`GET ${url} failed: ${reason}`);
  }
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url} answered HTTP ${response.status}`);
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`GET ${url} did not return JSON (starts ${JSON.stringify(text.slice(0, 40))})`);
  }
}

/** An error's message plus its cause's (fetch puts "connection refused" in the cause). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}

/** The `/stats` counters that say whether memory is being held after clients leave. */
export const LEAK_COUNTERS = [
  "messageHistorySize",
  "userSessionsSize",
  "connectionDurationsTracked",
] as const;

/** How the counters moved between two `/stats` readings, plus a one-paragraph verdict. */
export interface StatsChange {
  /** Every numeric top-level counter that increased. */
  grew: { name: string; before: number; after: number }[];
  /** The subset of {@link LEAK_COUNTERS} that grew. */
  leakCountersGrown: string[];
  verdict: string;
}

/** Compares two `/stats` readings taken before and after a simulation. */
export function describeStatsChange(before: ChatStats, after: ChatStats): StatsChange {
  const grew: StatsChange["grew"] = [];
  for (const [name, value] of Object.entries(after)) {
    const old = before[name];
    if (typeof value === "number" && typeof old === "number" && value > old) {
      grew.push({ name, before: old, after: value });
    }
  }
  const grownNames = new Set(grew.map((g) => g.name));
  const leakCountersGrown = LEAK_COUNTERS.filter((name) => grownNames.has(name));
  const active = after.activeConnections;
  const lines: string[] = [];
  if (leakCountersGrown.length === 0) {
    lines.push(
      `No leak counter grew (${LEAK_COUNTERS.join(", ")}): state looks bounded.`,
    );
  } else {
    const details = grew.filter((g) => isLeakCounter(g.name))
      .map((g) => `${g.name} ${g.before} → ${g.after} (+${g.after - g.before})`);
    lines.push(
      `Grew while clients came and went (${active} still connected): ${details.join(", ")}.`,
    );
  }
  if (after.userSessionsSize !== active) {
    lines.push(
      `userSessionsSize (${after.userSessionsSize}) ≠ activeConnections (${active}): ` +
        `sessions outlive their connections: a leak.`,
    );
  }
  if (leakCountersGrown.length > 0 && active === 0) {
    lines.push(
      "Nobody is connected, yet this state grew: run again — a counter that grows on every run " +
        "is leaking; a bounded one levels off.",
    );
  }
  return { grew, leakCountersGrown, verdict: lines.join(" ") };
}

function isLeakCounter(name: string): boolean {
  return (LEAK_COUNTERS as readonly string[]).includes(name);
}

// ---------------------------------------------------------------------------------------------
// CLI

const USAGE = "usage: simulate_connections.ts [--url=ws://127.0.0.1:8086/ws] [--clients=20] " +
  "[--messages=5] [--duration=3000] [--stagger=100]";

/** Parses the CLI flags into options; throws a RangeError/TypeError naming the bad flag. */
export function parseSimulateArgs(args: string[]): SimulateOptions {
  const opts: SimulateOptions = {
    url: "ws://127.0.0.1:8086/ws",
    clients: 20,
    messages: 5,
    durationMs: 3000,
    staggerMs: 100,
  };
  const numeric: Record<string, "clients" | "messages" | "durationMs" | "staggerMs"> = {
    "--clients": "clients",
    "--messages": "messages",
    "--duration": "durationMs",
    "--stagger": "staggerMs",
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf("=");
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    if (flag === "--help" || flag === "-h") throw new TypeError(USAGE);
    if (flag !== "--url" && !(flag in numeric)) {
      throw new TypeError(`unknown argument "${arg}" (${USAGE})`);
    }
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new TypeError(`${flag} needs a value (${USAGE})`);
    if (flag === "--url") {
      opts.url = value;
    } else {
      if (!/^\d+$/.test(value)) {
        throw new RangeError(`${flag} must be a whole number, got "${value}"`);
      }
      opts[numeric[flag]] = Number(value);
    }
  }
  validateOptions(opts);
  return opts;
}

function printStats(label: string, stats: ChatStats): void {
  const shown = ["activeConnections", "totalConnections", "messagesSent", ...LEAK_COUNTERS];
  console.log(`${label}: ${shown.map((name) => `${name}=${stats[name]}`).join(" ")}`);
}

async function main(args: string[]): Promise<number> {
  let opts: SimulateOptions;
  try {
    opts = parseSimulateArgs(args);
  } catch (error) {
    console.error(`simulate_connections: ${(error as Error).message}`);
    return 2;
  }
  try {
    await checkHealth(healthUrlFor(opts.url));
  } catch (error) {
    console.error(`simulate_connections: ${(error as Error).message}`);
    return 1;
  }
  const statsUrl = statsUrlFor(opts.url);
  const before = await fetchStats(statsUrl).catch(() => undefined);
  if (before) printStats("stats before", before);

  console.log(
    `Simulating ${opts.clients} clients × ${opts.messages} messages over ${opts.durationMs} ms ` +
      `(stagger ${opts.staggerMs} ms) against ${opts.url}`,
  );
  const step = Math.max(1, Math.round(opts.clients / 10));
  const result = await simulateConnections({
    ...opts,
    onProgress: (done, total) => {
      if (done % step === 0 || done === total) console.log(`  ${done}/${total} clients done`);
    },
  });
  console.log(
    `connected ${result.connected}, failed ${result.failed}, sent ${result.messagesSent}, ` +
      `received ${result.messagesReceived}, in ${result.elapsedMs} ms`,
  );
  for (const { client, error } of result.errors) console.log(`  client ${client} failed: ${error}`);

  const after = (await waitForIdleStats(statsUrl, { maxActive: before?.activeConnections }))?.stats;
  if (after) printStats("stats after ", after);
  if (before && after) console.log(`verdict: ${describeStatsChange(before, after).verdict}`);

  if (result.connected === 0) {
    console.error(`simulate_connections: no client could connect to ${opts.url}`);
    return 1;
  }
  return 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
