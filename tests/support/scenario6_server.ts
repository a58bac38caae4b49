/**
 * Starts the real scenario-6 chat server (leaky or fixed) as a child Deno process on a free
 * port, optionally with `--inspect` on another free port, with the same narrow permissions as
 * the `deno task scenario` tasks. Always `stop()` it.
 *
 * @module
 */

import { freePort } from "./ports.ts";

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
  const port = freePort();
  const inspectPort = opts.inspect ? freePort() : undefined;
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      ...(inspectPort ? [`--inspect=127.0.0.1:${inspectPort}`] : []),
      "--allow-net=127.0.0.1",
      `--allow-read=${new URL("public", SCENARIO_DIR).pathname}`,
      "--allow-env=PORT",
      chatServerScript(variant),
      `--port=${port}`,
    ],
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();

  let log = "";
  const keep = (text: string) => {
    log = (log + text).slice(-16_384);
  };
  const drain = async (stream: ReadableStream<Uint8Array>) => {
    const decoder = new TextDecoder();
    for await (const chunk of stream) keep(decoder.decode(chunk, { stream: true }));
  };
  const drained = Promise.all([drain(child.stdout), drain(child.stderr)]).catch(() => {});

  let stopped = false;
  const stop = async () => {
    if (!stopped) {
      stopped = true;
      try {
        child.kill("SIGKILL");
      } catch { /* already exited */ }
    }
    await child.status;
    await drained;
  };
  const httpUrl = `http://127.0.0.1:${port}`;
  const server: ChatServer = {
    variant,
    port,
    inspectPort,
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    httpUrl,
    child,
    output: () => log,
    stop,
  };
  try {
    await waitForOk(`${httpUrl}/health`, () => log);
    if (inspectPort) await waitForOk(`http://127.0.0.1:${inspectPort}/json/list`, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return server;
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

async function waitForOk(url: string, output: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await response.body?.cancel();
      if (response.ok) return;
    } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms. Server output:\n${output()}`);
}
