/**
 * What the tools need from the server that runs them, declared here so `tools/` never imports
 * `server/`: the server's state implements it, and tests hand the handlers a small fake. Only
 * add what a tool uses.
 *
 * @module
 */

import type { InspectorSession, ProcessMemory } from "../inspector/mod.ts";
import type { SessionLock } from "./session_lock.ts";

/** The server, as the tools see it. */
export interface ToolHost {
  /** Settings fixed at start. */
  readonly config: {
    /** Absolute directory where snapshots are written and labels are looked up. */
    readonly snapshotDir: string;
    /** Allow inspector, stats and WebSocket URLs that are not loopback. */
    readonly allowRemote: boolean;
    /** Allow running code in the target (memoryUsage(), evaluate, expressions with side effects). */
    readonly allowEval: boolean;
    /** Resume a program held at a breakpoint after this long (ms; default 30 s). */
    readonly autoResumeMs?: number;
    /** How long a command may wait on a silent target before it is given up (ms). */
    readonly targetTimeoutMs: number;
  };
  /** Directory the server started in; relative paths are resolved from it. */
  readonly cwd: string;
  /** Every directory `read_source` and path arguments may read. */
  readonly allowedRoots: string[];
  /** The live inspector session, if any. */
  readonly session: InspectorSession | undefined;
  /** Why the last session ended on its own, for "not connected" messages. */
  readonly lostSessionReason: string | undefined;
  /** Replaces the current session, closing the old one first. */
  setSession(next: InspectorSession | undefined): Promise<void>;
  /** The lock connect, disconnect and capture take (one change of the session at a time). */
  readonly sessionLock: SessionLock;
  /** The previous memory reading of this session (for the change `get_heap_usage` reports). */
  lastMemory?: ProcessMemory;
  /** The previous JSON seen per stats URL. */
  readonly lastStats: Map<string, unknown>;
  /** The next `{i}` of templated requests: keys stay distinct from one call to the next. */
  templateIndex: number;
}
