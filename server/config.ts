/**
 * Server configuration from command-line flags, then environment variables, then defaults.
 *
 * Flags: `--snapshot-dir=DIR`, `--allow-remote`, `--allow-eval` (or `--allow-evaluate`),
 * `--root=DIR` (repeatable), `--target-timeout=SECONDS`, `--auto-resume=SECONDS`, `--help`. Env (read only when Deno grants it):
 * `DENO_DEBUGGER_SNAPSHOT_DIR`, `DENO_DEBUGGER_ALLOW_REMOTE=1`, `DENO_DEBUGGER_ALLOW_EVAL=1`,
 * `DENO_DEBUGGER_ROOTS` (path-separated list).
 *
 * @module
 */

import { delimiter, resolve } from "node:path";
import { DEFAULT_AUTO_RESUME_MS, DEFAULT_TARGET_TIMEOUT_MS } from "../inspector/mod.ts";

/** The server-wide settings. */
export interface ServerConfig {
  /** Absolute directory where snapshots are written and labels are looked up. */
  snapshotDir: string;
  /** Allow inspector/stats/WebSocket URLs that are not loopback. Off by default. */
  allowRemote: boolean;
  /**
   * Allow evaluating code in the target: its own `memoryUsage()` (external and ArrayBuffer
   * memory), `evaluate` on a paused program, logpoint expressions and conditions with side
   * effects. Off by default (logpoints and conditions then run side-effect free).
   */
  allowEval: boolean;
  /** A program held at a breakpoint is resumed after this long without an action (ms). */
  autoResumeMs?: number;
  /** Absolute directories `read_source` may read besides the working directory and client roots. */
  roots: string[];
  /** How long a command may wait on a silent target before it is given up (ms). */
  targetTimeoutMs: number;
}

/** A bad flag: the message says which and what to do. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Usage text for `--help` and for flag errors. */
export const USAGE: string = `deno-debugger MCP server (stdio)

  deno run --allow-net=127.0.0.1,localhost --allow-read=. --allow-write=./snapshots
      --allow-sys=systemMemoryInfo server/main.ts [flags]

Flags:
  --snapshot-dir=DIR   where captures go (default ./snapshots; env DENO_DEBUGGER_SNAPSHOT_DIR)
  --root=DIR           another directory read_source may read (repeatable; env DENO_DEBUGGER_ROOTS);
                       give Deno --allow-read for it too
  --allow-remote       allow non-loopback inspector/stats/WebSocket URLs (env DENO_DEBUGGER_ALLOW_REMOTE=1)
  --allow-eval         run code in the target: memoryUsage() for external/ArrayBuffer memory,
                       evaluate on a paused program, logpoint expressions with side effects
                       (env DENO_DEBUGGER_ALLOW_EVAL=1; also --allow-evaluate); off: expressions
                       run side-effect free, nothing else runs in the target
  --auto-resume=S      resume a program held at a breakpoint after S seconds without an action
                       on it (default ${DEFAULT_AUTO_RESUME_MS / 1000})
  --target-timeout=S   give up on a target that sends nothing for S seconds (a busy loop,
                       SIGSTOP): a command, a GC, a stalled capture (default ${
  DEFAULT_TARGET_TIMEOUT_MS / 1000
})
  --help               this text
`;

/** Reads an env var, treating "not permitted" as unset (the server runs with narrow permissions). */
function env(name: string): string | undefined {
  try {
    return Deno.env.get(name);
  } catch {
    return undefined;
  }
}

/** Parses `args` (usually `Deno.args`). Throws {@link ConfigError} on an unknown or malformed flag. */
export function parseConfig(args: string[], cwd = Deno.cwd()): ServerConfig & { help: boolean } {
  let snapshotDir: string | undefined;
  let allowRemote: boolean | undefined;
  let allowEval: boolean | undefined;
  let targetTimeoutMs = DEFAULT_TARGET_TIMEOUT_MS;
  let autoResumeMs = DEFAULT_AUTO_RESUME_MS;
  const roots: string[] = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v === "") {
        throw new ConfigError(`${flag} needs a value, e.g. ${flag}=./snapshots\n\n${USAGE}`);
      }
      return v;
    };
    switch (flag) {
      case "--snapshot-dir":
        snapshotDir = value();
        break;
      case "--root":
        roots.push(value());
        break;
      case "--allow-remote":
        allowRemote = true;
        break;
      case "--allow-eval":
      case "--allow-evaluate":
        allowEval = true;
        break;
      case "--target-timeout": {
        const raw = value();
        const seconds = Number(raw);
        if (!Number.isFinite(seconds) || seconds < 1 || seconds > 3600) {
          throw new ConfigError(
            `--target-timeout=${raw}: expected seconds from 1 to 3600, e.g. --target-timeout=30` +
              `\n\n${USAGE}`,
          );
        }
        targetTimeoutMs = seconds * 1000;
        break;
      }
      case "--auto-resume": {
        const raw = value();
        const seconds = Number(raw);
        if (!Number.isFinite(seconds) || seconds < 1 || seconds > 3600) {
          throw new ConfigError(
            `--auto-resume=${raw}: expected seconds from 1 to 3600, e.g. --auto-resume=30` +
              `\n\n${USAGE}`,
          );
        }
        autoResumeMs = seconds * 1000;
        break;
      }
      case "--help":
      case "-h":
        help = true;
        break;
      default:
        throw new ConfigError(`Unknown argument "${arg}".\n\n${USAGE}`);
    }
  }
  snapshotDir ??= env("DENO_DEBUGGER_SNAPSHOT_DIR") || "./snapshots";
  allowRemote ??= /^(1|true|yes)$/i.test(env("DENO_DEBUGGER_ALLOW_REMOTE") ?? "");
  allowEval ??= /^(1|true|yes)$/i.test(env("DENO_DEBUGGER_ALLOW_EVAL") ?? "");
  for (const r of (env("DENO_DEBUGGER_ROOTS") ?? "").split(delimiter)) if (r) roots.push(r);
  return {
    snapshotDir: resolve(cwd, snapshotDir),
    allowRemote,
    allowEval,
    roots: roots.map((r) => resolve(cwd, r)),
    targetTimeoutMs,
    autoResumeMs,
    help,
  };
}
