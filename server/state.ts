/**
 * Server-wide state: the one current inspector session, the lock that serialises its changes,
 * the directories, the allowed roots, and the last `/stats` reading per URL. One instance per
 * server.
 *
 * @module
 */

import {
  CLOSED_BY_CLIENT,
  describeTarget,
  type InspectorSession,
  type ProcessMemory,
} from "../inspector/mod.ts";
import { SessionLock, type ToolHost } from "../tools/mod.ts";
import type { ServerConfig } from "./config.ts";
import { workingDirectoryRefusal } from "./roots.ts";

/** Mutable state shared by the tool handlers: the host the tools run against. */
export class ServerState implements ToolHost {
  /** Immutable settings. */
  readonly config: ServerConfig;
  /** Directory the server started in: relative paths are resolved from it. */
  readonly cwd: string;
  /** Why `cwd` is not an allowed root (it is `/` or a home directory); undefined when it is. */
  readonly cwdRefusal: string | undefined;
  /** The lock connect, disconnect and capture take. */
  readonly sessionLock = new SessionLock();
  /** Directories the client declared through MCP roots (absolute paths). */
  clientRoots: string[] = [];
  /** Last JSON seen per stats URL (for "change since the previous call"). */
  readonly lastStats = new Map<string, unknown>();
  /** Last memory reading of the session (for the change get_heap_usage reports). */
  lastMemory?: ProcessMemory;
  /** The next `{i}` of templated requests (distinct keys across calls). */
  templateIndex = 1;
  #session?: InspectorSession;
  #lostReason?: string;

  constructor(config: ServerConfig, cwd = Deno.cwd(), home?: string) {
    this.config = config;
    this.cwd = cwd;
    this.cwdRefusal = workingDirectoryRefusal(cwd, home);
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
    this.lastMemory = undefined;
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

  /** Every directory `read_source` and path arguments may read. */
  get allowedRoots(): string[] {
    return [...new Set(this.#rootSources().map((r) => r.dir))];
  }

  /** One line naming every root in force and where it comes from, for the server's log. */
  describeRoots(): string {
    const roots = this.#rootSources().map((r) => `${r.dir} (${r.from})`).join(", ");
    return `read roots: ${roots}` +
      (this.cwdRefusal
        ? `; the working directory ${this.cwd} is not one: ${this.cwdRefusal} (pass --root=DIR ` +
          "or declare MCP roots)"
        : "");
  }

  #rootSources(): { dir: string; from: string }[] {
    return [
      ...(this.cwdRefusal ? [] : [{ dir: this.cwd, from: "working directory" }]),
      { dir: this.config.snapshotDir, from: "snapshot directory" },
      ...this.config.roots.map((dir) => ({ dir, from: "--root" })),
      ...this.clientRoots.map((dir) => ({ dir, from: "client root" })),
    ];
  }

  /** Closes the session and waits (briefly) for a running capture to remove its temp file. */
  async shutdown(): Promise<void> {
    const running = this.sessionLock.idle(3000);
    await this.setSession(undefined);
    await running;
  }
}
