/**
 * Starts a real Deno or Node program with `--inspect=127.0.0.1:<free port>` and waits until
 * its inspector answers `/json/list`. Always `stop()` it (tests must not leave processes).
 *
 * @module
 */

import { freePort } from "./ports.ts";

/** A running target process. */
export interface InspectTarget {
  /** The inspector port. */
  inspectPort: number;
  /** The program's own HTTP port (the first script argument), when it was given one. */
  httpPort?: number;
  child: Deno.ChildProcess;
  /** Everything the process wrote to stderr so far (for failure messages). */
  stderr(): string;
  /** Kills the process (SIGKILL) and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
}

/** Options for {@link startInspectTarget}. */
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
}

/** Thrown when the target died because a port chosen for it was taken meanwhile. */
class PortTakenError extends Error {}

/**
 * Spawns the target and resolves once its inspector (and HTTP port, if asked) answers. A free
 * port can be taken by another process between our probe and the target's bind (other tests
 * run in parallel); then the target is started again on fresh ports, up to three times.
 */
export async function startInspectTarget(o: StartTargetOptions): Promise<InspectTarget> {
  for (let attempt = 1;; attempt++) {
    try {
      return await startOnce(o);
    } catch (e) {
      if (!(e instanceof PortTakenError) || attempt >= 3) throw e;
    }
  }
}

async function startOnce(o: StartTargetOptions): Promise<InspectTarget> {
  const inspectPort = freePort();
  const httpPort = o.withHttpPort ? freePort() : undefined;
  const scriptArgs = [
    ...(httpPort ? [`${o.httpPortFlag ?? ""}${httpPort}`] : []),
    ...(o.args ?? []),
  ];
  const cmd = o.runtime === "deno"
    ? new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        `--inspect=127.0.0.1:${inspectPort}`,
        ...(o.runtimeFlags ?? ["--allow-net=127.0.0.1"]),
        o.script,
        ...scriptArgs,
      ],
      stdin: "null",
      stdout: "null",
      stderr: "piped",
    })
    : new Deno.Command("node", {
      args: [
        `--inspect=127.0.0.1:${inspectPort}`,
        ...(o.runtimeFlags ?? []),
        o.script,
        ...scriptArgs,
      ],
      stdin: "null",
      stdout: "null",
      stderr: "piped",
    });
  const child = cmd.spawn();
  let err = "";
  const drained = (async () => {
    const dec = new TextDecoder();
    for await (const chunk of child.stderr) err += dec.decode(chunk, { stream: true });
  })().catch(() => {});
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
  const target: InspectTarget = { inspectPort, httpPort, child, stderr: () => err, stop };
  try {
    await waitFor(`http://127.0.0.1:${inspectPort}/json/list`, 20_000, () => err, () => exited);
    if (httpPort && o.readyPath) {
      await waitFor(`http://127.0.0.1:${httpPort}${o.readyPath}`, 20_000, () => err, () => exited);
    }
    // A port taken by someone else can answer for a target that is already dying.
    await new Promise((r) => setTimeout(r, 100));
    if (exited) throw new Error(`the target exited right after starting:\n${err}`);
  } catch (e) {
    await stop();
    if (/AddrInUse|Address already in use|EADDRINUSE/.test(err)) throw new PortTakenError(err);
    throw e;
  }
  return target;
}

async function waitFor(
  url: string,
  timeoutMs: number,
  stderr: () => string,
  exited: () => boolean,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`the target exited before ${url} answered:\n${stderr()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.body?.cancel();
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms. Target stderr:\n${stderr()}`);
}
