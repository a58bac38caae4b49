/**
 * Command line for the snapshot engine:
 *
 *     deno task compare <before> <after> [--final=<file>] [--cycles=N] [--top=N] [--json] [--include-internals] [--sequential | --parallel]
 *     deno task summary <file> [--top=N] [--json] [--include-internals]
 *     deno task retainers <file> <class name | @nodeId> [--limit=N] [--json]
 *
 * Bad arguments or unreadable snapshots print one clear message and exit with code 2.
 *
 * @module
 */

import {
  compareSnapshotFiles,
  findRetainers,
  formatCompareText,
  formatRetainersText,
  formatSummaryText,
  sidecarPathFor,
  SnapshotParseError,
  summarizeSnapshotFile,
} from "./mod.ts";

const USAGE = `usage:
  compare <before.heapsnapshot> <after.heapsnapshot> [--final=<file>] [--cycles=N] [--top=N] [--json] [--include-internals] [--sequential | --parallel]
  summary <file.heapsnapshot> [--top=N] [--json] [--include-internals]
  retainers <file.heapsnapshot> <class name | @nodeId> [--limit=N] [--json]`;

/** A problem with the command line or the input files: printed as one line, exit code 2. */
export class UsageError extends Error {}

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

const KNOWN_FLAGS: Record<string, "value" | "switch"> = {
  final: "value",
  cycles: "value",
  top: "value",
  limit: "value",
  json: "switch",
  "include-internals": "switch",
  sequential: "switch",
  parallel: "switch",
};

/** Splits `--name=value` / `--switch` flags from positional arguments, rejecting unknown flags. */
export function parseArgs(args: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (const arg of args) {
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = KNOWN_FLAGS[name];
    if (!kind) throw new UsageError(`unknown option ${arg}`);
    if (kind === "value") {
      if (eq < 0 || eq === arg.length - 1) {
        throw new UsageError(`${arg} needs a value: --${name}=…`);
      }
      flags.set(name, arg.slice(eq + 1));
    } else {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
    }
  }
  return { positional, flags };
}

function positiveInt(flags: Map<string, string | true>, name: string): number | undefined {
  const raw = flags.get(name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) {
    throw new UsageError(`--${name}=${raw}: expected a positive whole number`);
  }
  return n;
}

/**
 * Fails early, with the path, when an input file does not exist or is not a regular file — or
 * when the sidecar the engine reads beside it is not one (reading a FIFO would never end).
 */
async function requireFile(path: string, role: string): Promise<void> {
  try {
    const info = await Deno.stat(path);
    if (!info.isFile) throw new UsageError(`${role} ${path} is not a file`);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    if (err instanceof Deno.errors.NotFound) throw new UsageError(`${role} ${path} does not exist`);
    throw new UsageError(`${role} ${path} cannot be read: ${(err as Error).message}`);
  }
  const sidecar = sidecarPathFor(path);
  const beside = await Deno.stat(sidecar).catch(() => undefined);
  if (beside && !beside.isFile) {
    throw new UsageError(
      `${sidecar} (the scripts sidecar of ${role} ${path}) is not a regular file; remove or ` +
        "rename it",
    );
  }
}

function only(flags: Map<string, string | true>, allowed: string[], command: string) {
  for (const name of flags.keys()) {
    if (!allowed.includes(name)) throw new UsageError(`${command} does not take --${name}`);
  }
}

/** Runs one command; returns the text to print. */
export async function runCli(args: string[]): Promise<string> {
  const [command, ...rest] = args;
  const { positional, flags } = parseArgs(rest);
  const json = flags.get("json") === true;
  const includeInternals = flags.get("include-internals") === true;
  switch (command) {
    case "compare": {
      only(
        flags,
        ["final", "cycles", "top", "json", "include-internals", "sequential", "parallel"],
        command,
      );
      if (flags.has("sequential") && flags.has("parallel")) {
        throw new UsageError("compare takes --sequential or --parallel, not both");
      }
      if (positional.length !== 2) {
        throw new UsageError(
          `compare needs two snapshot files (before, after), got ${positional.length}`,
        );
      }
      const [before, after] = positional;
      const final = flags.get("final") as string | undefined;
      await requireFile(before, "before snapshot");
      await requireFile(after, "after snapshot");
      if (final) await requireFile(final, "final snapshot");
      const top = positiveInt(flags, "top");
      const report = await compareSnapshotFiles({
        before,
        after,
        final,
        cycles: positiveInt(flags, "cycles"),
        top,
        includeInternals,
        schedule: flags.has("sequential")
          ? "sequential"
          : flags.has("parallel")
          ? "parallel"
          : "auto",
      });
      return json ? JSON.stringify(report, null, 2) : formatCompareText(report, { top });
    }
    case "summary": {
      only(flags, ["top", "json", "include-internals"], command);
      if (positional.length !== 1) {
        throw new UsageError(`summary needs one snapshot file, got ${positional.length}`);
      }
      await requireFile(positional[0], "snapshot");
      const summary = await summarizeSnapshotFile(positional[0], {
        top: positiveInt(flags, "top"),
        includeInternals,
      });
      return json ? JSON.stringify(summary, null, 2) : formatSummaryText(summary);
    }
    case "retainers": {
      only(flags, ["limit", "json"], command);
      if (positional.length !== 2) {
        throw new UsageError(
          `retainers needs a snapshot file and a class name or @nodeId, got ${positional.length} arguments`,
        );
      }
      await requireFile(positional[0], "snapshot");
      const report = await findRetainers({
        file: positional[0],
        target: positional[1],
        limit: positiveInt(flags, "limit"),
      });
      return json ? JSON.stringify(report, null, 2) : formatRetainersText(report);
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : "no command given");
  }
}

if (import.meta.main) {
  try {
    console.log(await runCli(Deno.args));
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`error: ${err.message}\n${USAGE}`);
      Deno.exit(2);
    }
    if (err instanceof SnapshotParseError) {
      console.error(`error: ${err.message}`);
      Deno.exit(2);
    }
    if (err instanceof Deno.errors.PermissionDenied) {
      console.error(`error: ${err.message} (the tasks run with --allow-read only)`);
      Deno.exit(2);
    }
    console.error(`error: ${(err as Error).message ?? err}`);
    Deno.exit(1);
  }
}
