/**
 * Starts a real Deno or Node program for a test, usually with `--inspect=127.0.0.1:<free port>`,
 * and waits until its inspector answers `/json/list` (and its own HTTP port, if asked). Always
 * `stop()` it (tests must not leave processes).
 *
 * @module
 */

import { InspectorSession } from "../../inspector/session.ts";
import { requireNode } from "./capture_inprocess.ts";
import { freePort } from "./ports.ts";

/** Keep this much of what the program printed, for failure messages. */
const OUTPUT_TAIL_BYTES = 16_384;

/** A running target process, with or without an inspector. */
export interface TargetProcess {
  /** The inspector port, unless started with `inspect: false`. */
  inspectPort?: number;
  /** The program's own HTTP port, when it was given one (`withHttpPort`). */
  httpPort?: number;
  child: Deno.ChildProcess;
  /** The last ~16 KB the process printed (stdout + stderr), for failure messages. */
  output(): string;
  /** Kills the process (SIGKILL) and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
}

/** A running target process with an inspector. */
export interface InspectTarget extends TargetProcess {
  /** The inspector port. */
  inspectPort: number;
}

/** Options for {@link startInspectTarget} and {@link startTargetProcess}. */
export interface StartTargetOptions {
  runtime: "deno" | "node";
  /** Script path. */
  script: string;
  /** Arguments after the script. */
  args?: string[];
  /** Extra runtime flags (Deno: permissions; default `--allow-net=127.0.0.1`). */
  runtimeFlags?: string[];
  /** Give the program a free HTTP port as its first argument. */
  withHttpPort?: boolean;
  /** Pass the HTTP port as `<httpPortFlag><port>` (e.g. `--port=`) instead of positionally. */
  httpPortFlag?: string;
  /** Also wait for GET http://127.0.0.1:<httpPort><path> to answer 200. */
  readyPath?: string;
  /** Working directory (default: this process's). */
  cwd?: string;
  /** When given, the program's whole environment (nothing else is inherited). */
  env?: Record<string, string>;
}

/** Starts the target with `--inspect` on a free port; see {@link startTargetProcess}. */
export async function startInspectTarget(o: StartTargetOptions): Promise<InspectTarget> {
  const target = await startTargetProcess({ ...o, inspect: true });
  return { ...target, inspectPort: target.inspectPort! };
}

/** Thrown when the target died because a port chosen for it was taken meanwhile. */
class PortTakenError extends Error {}

/**
 * Spawns the target and resolves once its inspector (when `inspect`) and HTTP port (when
 * `readyPath`) answer. A free port can be taken by another process between our probe and the
 * target's bind (other tests run in parallel); then the target is started again on fresh ports,
 * up to three times.
 */
export async function startTargetProcess(
  o: StartTargetOptions & { inspect: boolean },
): Promise<TargetProcess> {
  if (o.runtime === "node") await requireNode();
  for (let attempt = 1;; attempt++) {
    try {
      return await startOnce(o);
    } catch (e) {
      if (!(e instanceof PortTakenError) || attempt >= 3) throw e;
    }
  }
}

async function startOnce(o: StartTargetOptions & { inspect: boolean }): Promise<TargetProcess> {
  const inspectPort = o.inspect ? freePort() : undefined;
  const inspectFlags = inspectPort ? [`--inspect=127.0.0.1:${inspectPort}`] : [];
  const httpPort = o.withHttpPort ? freePort() : undefined;
  const scriptArgs = [
    ...(httpPort ? [`${o.httpPortFlag ?? ""}${httpPort}`] : []),
    ...(o.args ?? []),
  ];
  // Deno needs `run` and permissions; Node runs the script as is.
  const runtimeArgs = o.runtime === "deno"
    ? ["run", ...inspectFlags, ...(o.runtimeFlags ?? ["--allow-net=127.0.0.1"])]
    : [...inspectFlags, ...(o.runtimeFlags ?? [])];
  const child = new Deno.Command(o.runtime === "deno" ? Deno.execPath() : "node", {
    args: [...runtimeArgs, o.script, ...scriptArgs],
    cwd: o.cwd,
    env: o.env,
    clearEnv: o.env !== undefined,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let output = "";
  const drain = async (stream: ReadableStream<Uint8Array>) => {
    const dec = new TextDecoder();
    for await (const chunk of stream) {
      output = (output + dec.decode(chunk, { stream: true })).slice(-OUTPUT_TAIL_BYTES);
    }
  };
  const drained = Promise.all([drain(child.stdout), drain(child.stderr)]).catch(() => {});
  let exited = false;
  child.status.then(() => exited = true);
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
  const target: TargetProcess = { inspectPort, httpPort, child, output: () => output, stop };
  try {
    if (inspectPort) {
      await waitFor(
        `http://127.0.0.1:${inspectPort}/json/list`,
        20_000,
        () => output,
        () => exited,
      );
    }
    if (httpPort && o.readyPath) {
      await waitFor(
        `http://127.0.0.1:${httpPort}${o.readyPath}`,
        20_000,
        () => output,
        () => exited,
      );
    }
    // A port taken by someone else can answer for a target that is already dying.
    await new Promise((r) => setTimeout(r, 100));
    if (exited) throw new Error(`the target exited right after starting:\n${output}`);
  } catch (e) {
    await stop();
    if (/AddrInUse|Address already in use|EADDRINUSE/.test(output)) {
      throw new PortTakenError(output);
    }
    throw e;
  }
  return target;
}

async function waitFor(
  url: string,
  timeoutMs: number,
  output: () => string,
  exited: () => boolean,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`the target exited before ${url} answered:\n${output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.body?.cancel();
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms. Target output:\n${output()}`);
}

/** Path of the small leaky test program: `leaky_target.ts` (Deno) or its `.mjs` twin (Node). */
export function leakyTargetScript(runtime: "deno" | "node"): string {
  return new URL(runtime === "deno" ? "./leaky_target.ts" : "./leaky_target.mjs", import.meta.url)
    .pathname;
}

/**
 * Starts the leaky test program under `runtime` with `--inspect` and an HTTP port, ready once
 * `/stats` answers. `records` are leaked at start-up (a bigger heap makes captures take longer).
 */
export function startLeakyTarget(
  runtime: "deno" | "node",
  records?: number,
): Promise<InspectTarget> {
  return startInspectTarget({
    runtime,
    script: leakyTargetScript(runtime),
    withHttpPort: true,
    args: records === undefined ? [] : [String(records)],
    readyPath: "/stats",
  });
}

/**
 * Connects an inspector session to a started `target` and runs `work` with it; always closes the
 * session and stops the target afterwards. A failure is rethrown as `<what>: <message>` followed
 * by what the target printed, so a test failure shows why the program misbehaved.
 */
export async function withInspectorSession<T>(
  target: TargetProcess,
  what: string,
  work: (session: InspectorSession) => Promise<T>,
): Promise<T> {
  let session: InspectorSession | undefined;
  try {
    // Without this guard the session would silently try the default port 9229.
    if (target.inspectPort === undefined) throw new Error("it was started without --inspect");
    session = await InspectorSession.connect({ host: "127.0.0.1", port: target.inspectPort });
    return await work(session);
  } catch (error) {
    throw new Error(`${what}: ${(error as Error).message}\n${target.output()}`, { cause: error });
  } finally {
    await session?.close();
    await target.stop();
  }
}
