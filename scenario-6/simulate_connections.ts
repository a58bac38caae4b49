/**
 * The scenario's load CLI: `deno task simulate` runs the chat clients (from `workloads/`) against
 * the chat server, prints `/stats` before and after and a verdict naming the counters that grew.
 *
 * `deno run --allow-net=127.0.0.1 scenario-6/simulate_connections.ts [--url=ws://127.0.0.1:8086/ws]
 * [--clients=20] [--messages=5] [--duration=3000] [--stagger=100]` — checks `/health` first. Exit 0
 * when at least one client connected, 1 when the server is not running or no client connected, 2
 * for bad arguments. As a library: {@link describeStatsChange} and {@link parseSimulateArgs}.
 *
 * @module
 */

import {
  type ChatStats,
  getJson,
  healthUrlFor,
  runChatWorkload,
  type SimulateOptions,
  validateSimulateOptions,
} from "../workloads/mod.ts";

/** Throws an Error with the next step when nothing healthy answers at `url`. */
export async function checkHealth(url: string, timeoutMs = 3000): Promise<void> {
  try {
    await getJson(url, { timeoutMs });
  } catch (error) {
    throw new Error(
      `the chat server is not running at ${url} (${(error as Error).message}). ` +
        `Start it first: deno task scenario (or deno task scenario:fixed)`,
    );
  }
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
  validateSimulateOptions(opts);
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
  console.log(
    `Simulating ${opts.clients} clients × ${opts.messages} messages over ${opts.durationMs} ms ` +
      `(stagger ${opts.staggerMs} ms) against ${opts.url}`,
  );
  const step = Math.max(1, Math.round(opts.clients / 10));
  const result = await runChatWorkload({
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

  const { statsBefore: before, statsAfter: after } = result;
  if (before) printStats("stats before", before);
  if (after) printStats("stats after ", after);
  if (before && after) console.log(`verdict: ${describeStatsChange(before, after).verdict}`);

  if (result.connected === 0) {
    console.error(`simulate_connections: no client could connect to ${opts.url}`);
    return 1;
  }
  return 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
