/**
 * Starts the real scenario-6 chat server (leaky or fixed) as a child Deno process on a free
 * port, optionally with `--inspect` on another free port, with the same narrow permissions as
 * the `deno task scenario` tasks. Always `stop()` it.
 *
 * @module
 */

import { type ChatStats, statsUrlFor, waitForIdleStats } from "../../workloads/mod.ts";
import { startTargetProcess } from "./inspect_target.ts";

/** Which server file to run. */
export type ChatServerVariant = "leaky" | "fixed";

/** A running chat server. */
export interface ChatServer {
  variant: ChatServerVariant;
  port: number;
  /** Set when started with `inspect: true`. */
  inspectPort?: number;
  /** `ws://127.0.0.1:<port>/ws` */
  wsUrl: string;
  /** `http://127.0.0.1:<port>` (no trailing slash) */
  httpUrl: string;
  child: Deno.ChildProcess;
  /** The last ~16 KB the process printed (stdout + stderr), for failure messages. */
  output(): string;
  /** Kills the process and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
}

const SCENARIO_DIR = new URL("../../scenario-6/", import.meta.url);

/** Path of the server file for `variant`. */
export function chatServerScript(variant: ChatServerVariant): string {
  return new URL(variant === "leaky" ? "app.ts" : "app_fixed.ts", SCENARIO_DIR).pathname;
}

/** Spawns the server and resolves once `/health` (and the inspector, if asked) answers. */
export async function startChatServer(
  variant: ChatServerVariant,
  opts: { inspect?: boolean } = {},
): Promise<ChatServer> {
  const target = await startTargetProcess({
    runtime: "deno",
    script: chatServerScript(variant),
    runtimeFlags: [
      "--allow-net=127.0.0.1",
      `--allow-read=${new URL("public", SCENARIO_DIR).pathname}`,
      "--allow-env=PORT",
    ],
    withHttpPort: true,
    httpPortFlag: "--port=",
    readyPath: "/health",
    inspect: opts.inspect ?? false,
  });
  const port = target.httpPort!;
  return {
    variant,
    port,
    inspectPort: target.inspectPort,
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    httpUrl: `http://127.0.0.1:${port}`,
    child: target.child,
    output: target.output,
    stop: target.stop,
  };
}

/** GETs `path` on the server and returns the parsed JSON body. */
export async function getJson(server: ChatServer, path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.httpUrl}${path}`);
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`GET ${path} answered ${response.status}`);
  }
  return await response.json();
}

/**
 * Polls the server's `/stats` until no client is connected and returns those stats. Simulated
 * clients are done before the server has handled every close; only then are the counters final.
 */
export async function settledStats(wsUrl: string, timeoutMs: number): Promise<ChatStats> {
  const idle = await waitForIdleStats(statsUrlFor(wsUrl), { timeoutMs });
  if (!idle) throw new Error(`${statsUrlFor(wsUrl)} did not answer`);
  if (!idle.settled) {
    throw new Error(
      `the server still has ${idle.stats.activeConnections} open connections ${timeoutMs} ms ` +
        "after the clients finished",
    );
  }
  return idle.stats;
}
