/**
 * The demo's command-line options.
 *
 * @module
 */

/** What `deno task demo` accepts. */
export interface DemoOptions {
  /** Connect/send/disconnect cycles between the baseline and the after snapshot. */
  clients: number;
  /**
   * Cycles run before the baseline; `undefined` means each server's default
   * ({@link DEFAULT_WARMUP}).
   */
  warmup?: number;
  /** Messages each simulated client sends. */
  messages: number;
  /** Where the report, chart and snapshots go (relative to the project root). */
  outDir: string;
  /** Print the chat servers' own output as it comes. */
  verbose: boolean;
  /**
   * Drive Pattern A tool by tool (connect, warm up, capture, simulate, capture, compare)
   * instead of one `investigate_leak` call per server.
   */
  stepByStep: boolean;
  /**
   * Which investigation: `a` (memory leaks, scenario 6; the default), `b` (CPU hot spots,
   * scenario 2) or `c` (lost updates and a missing await, scenario 3).
   */
  pattern: "a" | "b" | "c";
  /** `--help`: print {@link DEMO_USAGE} and stop. */
  help?: boolean;
}

/**
 * Connections run before the baseline snapshot, per server, so that each is measured in its
 * steady state:
 * - both: past JIT warm-up and V8's console-message store (with an inspector attached it keeps
 *   ~1000 messages, and the servers log twice per connection);
 * - fixed: past its 1000-entry `connectionDurations` window, which fills up by design;
 * - leaky: 800, so the 100 measured connections take `connectionDurations` — an array of small
 *   integers, which have no heap objects of their own — past one of V8's ~1.5× backing-store
 *   growth steps (capacity 848 → 1289): a snapshot sees such an array grow only when its
 *   storage does.
 */
export const DEFAULT_WARMUP = { leaky: 800, fixed: 1100 } as const;

/** A bad command-line argument; the message names it and says what is accepted. */
export class DemoUsageError extends Error {
  override name = "DemoUsageError";
}

/** One-line usage, printed by `--help` and after a bad argument. */
export const DEMO_USAGE = "usage: deno task demo [--pattern=a|b|c] [--clients=100] [--warmup=N] " +
  "[--messages=5] [--out=out] [--step-by-step] [--verbose]";

/** Parses `--name=value` flags; throws {@link DemoUsageError} naming the bad one. */
export function parseDemoArgs(args: string[]): DemoOptions {
  const opts: DemoOptions = {
    clients: 100,

    messages: 5,
    outDir: "out",
    verbose: false,
    stepByStep: false,
    pattern: "a",
  };
  for (const arg of args) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new DemoUsageError(`unexpected argument "${arg}"\n${DEMO_USAGE}`);
    const [, name, value] = m;
    switch (name) {
      case "clients":
        opts.clients = intArg(name, value, 1, 1000);
        break;
      case "warmup":
        opts.warmup = intArg(name, value, 0, 5000);
        break;
      case "messages":
        opts.messages = intArg(name, value, 1, 100);
        break;
      case "out":
        if (!value) throw new DemoUsageError(`--out needs a folder, e.g. --out=out\n${DEMO_USAGE}`);
        opts.outDir = value;
        break;
      case "verbose":
        opts.verbose = true;
        break;
      case "step-by-step":
        opts.stepByStep = true;
        break;
      case "pattern":
        if (value !== "a" && value !== "b" && value !== "c") {
          throw new DemoUsageError(
            "--pattern must be a (memory leak), b (CPU) or c (state over time), got " +
              `${JSON.stringify(value ?? "")}\n` +
              DEMO_USAGE,
          );
        }
        opts.pattern = value;
        break;
      case "help":
        opts.help = true;
        break;
      default:
        throw new DemoUsageError(`unknown option --${name}\n${DEMO_USAGE}`);
    }
  }
  return opts;
}

function intArg(name: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < min || n > max) {
    throw new DemoUsageError(
      `--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value ?? "")}`,
    );
  }
  return n;
}
