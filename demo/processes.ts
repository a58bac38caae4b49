/**
 * The demo's child processes: free loopback ports, starting a process with its output kept
 * for error messages, waiting until it answers, and stopping every one of them — on success,
 * on failure and on Ctrl-C.
 *
 * @module
 */

/** A free TCP port on 127.0.0.1 (listen on port 0, read the port, close). */
export function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

/** A process the demo started. */
export interface ManagedProcess {
  /** Short name used in messages, e.g. `leaky app`. */
  name: string;
  pid: number;
  /** Resolves when the process exits. */
  status: Promise<Deno.CommandStatus>;
  /** Whether it has exited. */
  exited(): boolean;
  /** The last lines it printed (stdout and stderr interleaved), for error messages. */
  output(): string;
}

/** Options for {@link ProcessGroup.start}. */
export interface StartOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Called with each line the process prints (e.g. to show it in verbose mode). */
  onLine?: (line: string) => void;
}

const KEEP_LINES = 40;

/**
 * Every process the demo started or was handed (the MCP server is spawned by the SDK's
 * transport; its pid is adopted), so one call stops them all.
 */
export class ProcessGroup {
  #children = new Map<number, { name: string; child?: Deno.ChildProcess; done: () => boolean }>();
  #removeSignalHandlers?: () => void;
  #stopping = false;

  /** Starts `command args…` with stdin closed and output captured. */
  start(name: string, command: string, args: string[], opts: StartOptions = {}): ManagedProcess {
    const child = new Deno.Command(command, {
      args,
      cwd: opts.cwd,
      env: opts.env,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    const lines: string[] = [];
    const keep = (line: string) => {
      // deno-lint-ignore no-control-regex
      line = line.replace(/\x1b\[[0-9;]*m/g, ""); // colour codes read badly in messages
      lines.push(line);
      if (lines.length > KEEP_LINES) lines.shift();
      opts.onLine?.(line);
    };
    void pumpLines(child.stdout, keep);
    void pumpLines(child.stderr, keep);
    let done = false;
    const status = child.status.then((s) => {
      done = true;
      return s;
    });
    this.#children.set(child.pid, { name, child, done: () => done });
    return {
      name,
      pid: child.pid,
      status,
      exited: () => done,
      output: () => lines.join("\n"),
    };
  }

  /** Takes responsibility for stopping a process someone else spawned. */
  adopt(name: string, pid: number): void {
    this.#children.set(pid, { name, done: () => !isAlive(pid) });
  }

  /** Stops one process: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
  async stop(pid: number, graceMs = 2000): Promise<void> {
    const entry = this.#children.get(pid);
    if (!entry) return;
    this.#children.delete(pid);
    if (entry.done()) return;
    signal(pid, "SIGTERM");
    const deadline = Date.now() + graceMs;
    while (!entry.done() && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    if (!entry.done()) signal(pid, "SIGKILL");
    if (entry.child) await entry.child.status.catch(() => {});
  }

  /** Stops every process of the group (in parallel); safe to call more than once. */
  async stopAll(): Promise<void> {
    await Promise.all([...this.#children.keys()].map((pid) => this.stop(pid)));
  }

  /** Names and pids still running (for the final "cleaned up" check). */
  running(): { name: string; pid: number }[] {
    return [...this.#children.entries()]
      .filter(([, e]) => !e.done())
      .map(([pid, e]) => ({ name: e.name, pid }));
  }

  /**
   * On Ctrl-C (SIGINT) or SIGTERM: run `beforeExit`, stop every process, exit with 130/143.
   * Returns a function that removes the handlers.
   */
  stopOnSignals(beforeExit?: (signal: string) => Promise<void> | void): () => void {
    const handlers: [Deno.Signal, () => void][] = [];
    for (const [sig, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
      const handler = async () => {
        // `deno task` forwards the terminal's Ctrl-C, so the same signal can arrive twice.
        if (this.#stopping) return;
        this.#stopping = true;
        try {
          await beforeExit?.(sig);
        } finally {
          await this.stopAll();
          Deno.exit(code);
        }
      };
      Deno.addSignalListener(sig, handler);
      handlers.push([sig, handler]);
    }
    this.#removeSignalHandlers = () => {
      for (const [sig, h] of handlers) Deno.removeSignalListener(sig, h);
    };
    return this.#removeSignalHandlers;
  }
}

/**
 * Polls `url` until it answers with a 2xx status. Fails early, with the process's last output,
 * if `process` exits first; fails after `timeoutMs` otherwise.
 */
export async function waitForHttp(
  url: string,
  opts: { timeoutMs?: number; process?: ManagedProcess } = {},
): Promise<void> {
  const deadline = Date.now() + (opts.timeoutMs ?? 15_000);
  let lastError = "no answer yet";
  while (Date.now() < deadline) {
    if (opts.process?.exited()) {
      const s = await opts.process.status;
      throw new Error(
        `${opts.process.name} exited (code ${s.code}) before ${url} answered. Its output:\n` +
          indent(opts.process.output()),
      );
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.body?.cancel();
      if (res.ok) return;
      lastError = `HTTP ${res.status}`;
    } catch (e) {
      lastError = e instanceof Error ? e.message : String(e);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const tail = opts.process
    ? `\n${opts.process.name} printed:\n${indent(opts.process.output())}`
    : "";
  throw new Error(
    `${url} did not answer within ${opts.timeoutMs ?? 15_000} ms (${lastError})${tail}`,
  );
}

/** Two distinct free ports: the app's HTTP port and its inspector's. */
export function inspectedAppPorts(): { port: number; inspectPort: number } {
  const port = freePort();
  let inspectPort = freePort();
  while (inspectPort === port) inspectPort = freePort();
  return { port, inspectPort };
}

/**
 * Starts a scenario's Deno app (`deno run --inspect=… app --port=…`, loopback network, the
 * `PORT` variable and any `flags`) and waits until its `/health` and its inspector answer.
 */
export async function startInspectedApp(
  group: ProcessGroup,
  opts: {
    name: string;
    app: string;
    cwd: string;
    port: number;
    inspectPort: number;
    flags?: string[];
    onLine?: (line: string) => void;
  },
): Promise<ManagedProcess> {
  const p = group.start(opts.name, Deno.execPath(), [
    "run",
    `--inspect=127.0.0.1:${opts.inspectPort}`,
    "--allow-net=127.0.0.1",
    ...(opts.flags ?? []),
    "--allow-env=PORT",
    opts.app,
    `--port=${opts.port}`,
  ], { cwd: opts.cwd, env: { NO_COLOR: "1" }, onLine: opts.onLine });
  await waitForHttp(`http://127.0.0.1:${opts.port}/health`, { process: p, timeoutMs: 30_000 });
  await waitForHttp(`http://127.0.0.1:${opts.inspectPort}/json/list`, {
    process: p,
    timeoutMs: 10_000,
  });
  return p;
}

function indent(text: string): string {
  return text ? text.split("\n").map((l) => `    ${l}`).join("\n") : "    (nothing)";
}

async function pumpLines(stream: ReadableStream<Uint8Array>, onLine: (line: string) => void) {
  let rest = "";
  try {
    for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
      const parts = (rest + chunk).split("\n");
      rest = parts.pop() ?? "";
      for (const p of parts) onLine(p.replace(/\r$/, ""));
    }
  } catch {
    // The stream ends with the process; a read error then is not news.
  }
  if (rest) onLine(rest);
}

function signal(pid: number, sig: Deno.Signal): void {
  try {
    Deno.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

function isAlive(pid: number): boolean {
  try {
    Deno.kill(pid, "SIGCONT"); // no-op signal that still checks the pid exists
    return true;
  } catch {
    return false;
  }
}
