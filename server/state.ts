/**
 * Server-wide state: the one current inspector session, the capture lock, the directories,
 * the allowed roots, and the last `/stats` reading per URL. One instance per server.
 *
 * @module
 */

import { CLOSED_BY_CLIENT, describeTarget, type InspectorSession } from "../inspector/mod.ts";
import type { HeapUsageReading, ToolHost } from "../tools/mod.ts";
import type { ServerConfig } from "./config.ts";

/** Mutable state shared by the tool handlers: the host the tools run against. */
export class ServerState implements ToolHost {
  /** Immutable settings. */
  readonly config: ServerConfig;
  /** Directory the server started in: always an allowed root. */
  readonly cwd: string;
  /** Directories the client declared through MCP roots (absolute paths). */
  clientRoots: string[] = [];
  /** Last JSON seen per stats URL (for "change since the previous call"). */
  readonly lastStats = new Map<string, unknown>();
  /** Last heap usage reading (for trend in get_heap_usage). */
  lastHeapUsage?: HeapUsageReading;
  #session?: InspectorSession;
  #lostReason?: string;
  #capture?: Promise<unknown>;

  constructor(config: ServerConfig, cwd = Deno.cwd()) {
    this.config = config;
    this.cwd = cwd;
  }

  /** The live session, if any (a session whose target exited is dropped automatically). */
  get session(): InspectorSession | undefined {
    return this.#session?.closed ? undefined : this.#session;
  }

  /** Why the last session ended on its own (target exit), for "not connected" messages. */
  get lostSessionReason(): string | undefined {
    return this.#lostReason;
  }

  /**
   * Called with a warning when the target drops the session by itself; the server wires it to
   * an MCP log notification so the client hears about it before the next tool call.
   */
  onSessionLost: (message: string) => void = () => {};

  /** Replaces the current session (closing the old one first). */
  async setSession(next: InspectorSession | undefined): Promise<void> {
    const old = this.#session;
    this.#session = next;
    this.#lostReason = undefined;
    this.lastHeapUsage = undefined;
    if (next) {
      const target = describeTarget(next.info);
      next.onClose((reason) => {
        if (this.#session !== next || reason === CLOSED_BY_CLIENT) return;
        this.#lostReason = `the session with ${target} ended: ${reason} (did the program exit?)`;
        this.onSessionLost(`deno-debugger: ${this.#lostReason}`);
      });
    }
    if (old && old !== next) await old.close();
  }

  /** True while a capture runs anywhere in this server. */
  get captureRunning(): boolean {
    return this.#capture !== undefined;
  }

  /**
   * Runs `capture` holding the server's capture lock; returns undefined without running it when
   * another capture holds the lock. The running capture is remembered so shutdown can wait for
   * its cleanup (temp file removal).
   */
  async withCaptureLock<T>(capture: () => Promise<T>): Promise<{ value: T } | undefined> {
    if (this.#capture) return undefined;
    const run = capture();
    this.#capture = run;
    try {
      return { value: await run };
    } finally {
      this.#capture = undefined;
    }
  }

  /** Every directory `read_source` and path arguments may read. */
  get allowedRoots(): string[] {
    return [
      ...new Set([this.cwd, this.config.snapshotDir, ...this.config.roots, ...this.clientRoots]),
    ];
  }

  /** Closes the session and waits (briefly) for a running capture to remove its temp file. */
  async shutdown(): Promise<void> {
    const capture = this.#capture;
    await this.setSession(undefined);
    if (capture) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        capture.catch(() => {}),
        new Promise((r) => timer = setTimeout(r, 3000)),
      ]);
      clearTimeout(timer);
    }
  }
}
