/**
 * One debugging session with one target process (Deno or Node started with `--inspect`).
 *
 * The session keeps `HeapProfiler` enabled for its whole life (V8 keeps object ids stable
 * across snapshots only while it is enabled) and `Debugger` enabled so every script's URL and
 * source map is recorded for attribution. Knows nothing of MCP.
 *
 * @module
 */

import { type CdpClient, openCdp } from "./cdp.ts";
import {
  cancelled,
  DEFAULT_TARGET_TIMEOUT_MS,
  UNRESPONSIVE_HINT,
  waitForTarget,
} from "./deadline.ts";
import {
  describeTarget,
  type DiscoverOptions,
  discoverTarget,
  type TargetInfo,
} from "./discover.ts";
import { TargetDebugger } from "./debugger.ts";
import { InspectorError } from "./errors.ts";
import { writeSnapshotFiles } from "./snapshot_writer.ts";
import { isRuntimeUrl, type SamplingHeapProfile, type SidecarScript } from "../heap/mod.ts";
import { checkCpuProfile, type CpuProfile } from "../cpu/mod.ts";

/** The close reason when {@link InspectorSession.close} ended the session. */
export const CLOSED_BY_CLIENT = "closed by the client";

/** Limits of the program sources a capture records (see `recordProgramSources`). */
const MAX_SOURCE_CHARS = 1 << 20;
const MAX_SOURCE_TOTAL = 4 << 20;
const MAX_SOURCES_PER_CAPTURE = 200;

/** Whether a script is the program's own and its text is nowhere else (no inline map with it). */
function needsSource(script: SidecarScript): boolean {
  return script.source === undefined && !isRuntimeUrl(script.url) &&
    !script.url.includes("/node_modules/") && !script.sourceMapURL?.startsWith("data:");
}

/** How to find the target (see {@link DiscoverOptions}), and how long to wait on it. */
export interface ConnectOptions
  extends Pick<DiscoverOptions, "host" | "port" | "url" | "allowRemote"> {
  /**
   * How long any command may wait on the target (and a capture may go without a sign of life)
   * before it is given up; default {@link DEFAULT_TARGET_TIMEOUT_MS}.
   */
  targetTimeoutMs?: number;
  /** Cancels the connect. */
  signal?: AbortSignal;
}

/** Options for {@link InspectorSession.captureSnapshot}. */
export interface CaptureOptions {
  /** Called for V8's `reportHeapSnapshotProgress` (done/total are V8's own units). */
  onProgress?: (done: number, total: number) => void;
  /** Cancels the wait; the partial file is removed. */
  signal?: AbortSignal;
  /** Stored in the sidecar. */
  label?: string;
  /** Ask V8 to record small-integer property values as edges (DevTools' checkbox; off). */
  captureNumericValue?: boolean;
}

/** `Runtime.getHeapUsage`, bytes. */
export interface HeapUsage {
  usedSize: number;
  totalSize: number;
  /** ArrayBuffer backing stores (newer V8 only). */
  backingStorageSize?: number;
  /** The embedder's (Deno's) own heap of native objects (newer V8 only). */
  embedderHeapUsedSize?: number;
}

/** `process.memoryUsage()` / `Deno.memoryUsage()` of the target, bytes. */
export interface RuntimeMemoryUsage {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers?: number;
}

/** What a finished capture produced. */
export interface CaptureResult {
  path: string;
  sidecarPath: string;
  bytes: number;
  durationMs: number;
  /** From the snapshot header, when it could be read. */
  nodeCount?: number;
  edgeCount?: number;
}

/** A live CDP session with one target. */
export class InspectorSession {
  /** The target as discovered: runtime, version, title, URL, debugger URL. */
  readonly info: TargetInfo;
  readonly #client: CdpClient;
  readonly #scripts = new Map<string, SidecarScript>();
  #closed = false;
  #closeReason = "";
  #capturing = false;
  /** When the running capture was given up on while V8 may still be sending it. */
  #abandonedAt?: number;
  readonly #timeoutMs: number;
  /** While the sampling heap profiler runs: its interval and when it started. */
  #sampling?: { samplingInterval: number; startedAt: number };
  /** While the CPU profiler runs: its interval (µs) and when it started. */
  #cpuProfiling?: { intervalUs: number; startedAt: number };
  readonly #closeListeners = new Set<(reason: string) => void>();
  #debugger?: TargetDebugger;

  private constructor(client: CdpClient, info: TargetInfo, timeoutMs: number) {
    this.#client = client;
    this.info = info;
    this.#timeoutMs = timeoutMs;
  }

  /**
   * Finds the target (`/json/version`, `/json/list`), opens its WebSocket and enables
   * `HeapProfiler` and `Debugger`. Throws {@link InspectorError} with a next step on failure.
   */
  static async connect(opts: ConnectOptions): Promise<InspectorSession> {
    const timeoutMs = opts.targetTimeoutMs ?? DEFAULT_TARGET_TIMEOUT_MS;
    const info = await discoverTarget({ ...opts, timeoutMs: Math.min(timeoutMs, 5000) });
    opts.signal?.throwIfAborted();
    const client = await openCdp(info.webSocketDebuggerUrl, Math.min(timeoutMs, 5000));
    const session = new InspectorSession(client, info, timeoutMs);
    try {
      await session.#start(opts.signal);
    } catch (e) {
      await session.close();
      if (e instanceof InspectorError) throw e;
      throw new InspectorError(
        "disconnected",
        `Connected to ${info.webSocketDebuggerUrl} but enabling the profiler failed: ` +
          (e as Error).message,
        "Check that the target is a Deno or Node program that is still running, then retry.",
        { cause: e },
      );
    }
    return session;
  }

  /** True once {@link close} ran or the target went away. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Why the session closed (`""` while open). */
  get closeReason(): string {
    return this.#closeReason;
  }

  /** Scripts recorded so far (from `Debugger.scriptParsed`), in the sidecar's shape. */
  get scripts(): SidecarScript[] {
    return [...this.#scripts.values()];
  }

  /**
   * Breakpoints, logpoints, pauses and exceptions of this target (made on first use; until
   * something is set the session keeps skipping every pause).
   */
  /** Where the program is held at a breakpoint, if it is (without making the debugger). */
  get held(): TargetDebugger["held"] {
    return this.#debugger?.held;
  }

  get debugger(): TargetDebugger {
    this.#ensureOpen();
    return this.#debugger ??= new TargetDebugger({
      send: (method, params) => this.#send(method, params),
      on: (event, listener) => void this.#client.on(event, listener),
      scripts: () => this.scripts,
      // Node's inspector closes the socket on a frame it did not ask for (an unsolicited pong):
      // its logpoints stay at ~40 ms per stop in a burst.
      acknowledgeEachMessage: (on) => {
        if (this.info.runtime === "Deno") this.#client.acknowledgeEachMessage(on);
      },
    });
  }

  /** Registers a callback for when the session ends (target exit or {@link close}). */
  onClose(listener: (reason: string) => void): () => void {
    this.#closeListeners.add(listener);
    return () => this.#closeListeners.delete(listener);
  }

  async #start(signal?: AbortSignal): Promise<void> {
    this.#client.on("Debugger.scriptParsed", (p: SidecarScript) => {
      const script: SidecarScript = { scriptId: String(p.scriptId), url: p.url ?? "" };
      if (p.sourceMapURL) script.sourceMapURL = p.sourceMapURL;
      this.#scripts.set(script.scriptId, script);
    });
    this.#client.on("disconnect", () => this.#markClosed("the target closed the connection"));
    await this.#send("HeapProfiler.enable", undefined, { signal });
    await this.#send("Debugger.enable", undefined, { signal });
    // A `debugger;` statement or a breakpoint must not freeze the program we are measuring.
    await this.#send("Debugger.setSkipAllPauses", { skip: true }, { signal }).catch(() => {});
    // Harmless when not waiting; lets a target started with --inspect-brk/--inspect-wait run.
    await this.#send("Runtime.runIfWaitingForDebugger", undefined, { signal }).catch(() => {});
  }

  #markClosed(reason: string): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#closeReason = reason;
    this.#debugger?.dispose();
    for (const l of this.#closeListeners) {
      try {
        l(reason);
      } catch { /* a listener's failure must not break the others */ }
    }
  }

  #ensureOpen(): void {
    if (this.#closed) {
      throw new InspectorError(
        "disconnected",
        `The inspector session is closed (${this.#closeReason}).`,
        "Connect again with connect_inspector once the target is running.",
      );
    }
  }

  /**
   * Sends a command and waits for its answer at most the session's target timeout (or until
   * `signal` aborts), turning a dropped connection into a `disconnected` error.
   */
  async #send(
    method: string,
    params?: Record<string, unknown>,
    o: { signal?: AbortSignal; what?: string } = {},
    // deno-lint-ignore no-explicit-any
  ): Promise<any> {
    this.#ensureOpen();
    try {
      return await waitForTarget(this.#client.send(method, params), {
        what: o.what ?? method,
        timeoutMs: this.#timeoutMs,
        signal: o.signal,
      });
    } catch (e) {
      if (e instanceof InspectorError) throw e;
      if (this.#closed || /closed/i.test((e as Error)?.message ?? "")) {
        this.#markClosed("the target closed the connection");
        throw new InspectorError(
          "disconnected",
          `The target went away during ${method}.`,
          "Restart the program with --inspect and connect again.",
          { cause: e },
        );
      }
      throw e;
    }
  }

  /** The text of a script the target has loaded, as it runs (`Debugger.getScriptSource`). */
  async scriptSource(scriptId: string, signal?: AbortSignal): Promise<string> {
    const r = await this.#send("Debugger.getScriptSource", { scriptId }, {
      signal,
      what: "Debugger.getScriptSource (a loaded script's text)",
    });
    return String(r?.scriptSource ?? "");
  }

  /**
   * Records the text of the program's scripts that carry no source map with their sources
   * (Node's), so the sidecar holds them: the engine quotes statements from what ran, even when
   * the files lie where this server may not read. Bounded: the runtime's scripts and
   * `node_modules` are left out, and so is what passes the limits below.
   */
  async recordProgramSources(signal?: AbortSignal): Promise<void> {
    let total = 0;
    for (const script of this.#scripts.values()) {
      if (script.source !== undefined) total += script.source.length;
    }
    let fetched = 0;
    for (const script of this.#scripts.values()) {
      if (!needsSource(script)) continue;
      if (fetched >= MAX_SOURCES_PER_CAPTURE || total >= MAX_SOURCE_TOTAL) break;
      const text = await this.scriptSource(script.scriptId, signal);
      fetched++;
      // Too big to be the program's own (a bundle): an empty text marks it as looked at.
      script.source = text.length > MAX_SOURCE_CHARS ? "" : text;
      total += script.source.length;
    }
  }

  /**
   * Current V8 heap usage of the target (`Runtime.getHeapUsage`), bytes. Newer V8 (Deno 2) also
   * reports ArrayBuffer backing stores and the embedder's heap; older (Node 20) does not.
   */
  async heapUsage(signal?: AbortSignal): Promise<HeapUsage> {
    const r = await this.#send("Runtime.getHeapUsage", undefined, { signal });
    const usage: HeapUsage = { usedSize: r.usedSize, totalSize: r.totalSize };
    if (typeof r.backingStorageSize === "number") usage.backingStorageSize = r.backingStorageSize;
    if (typeof r.embedderHeapUsedSize === "number") {
      usage.embedderHeapUsedSize = r.embedderHeapUsedSize;
    }
    return usage;
  }

  /**
   * The runtime's own memory figures (`Deno.memoryUsage()` / `process.memoryUsage()`), read by
   * evaluating that one expression in the target. Runs code in the target: callers offer it
   * only when the user allowed evaluation. Undefined when the target has neither.
   */
  async runtimeMemoryUsage(signal?: AbortSignal): Promise<RuntimeMemoryUsage | undefined> {
    const r = await this.#send("Runtime.evaluate", {
      expression: "(globalThis.Deno?.memoryUsage ?? globalThis.process?.memoryUsage)?.()",
      returnByValue: true,
      silent: true,
      includeCommandLineAPI: false,
      timeout: 2000,
    }, { signal });
    const v = r?.result?.value;
    if (!v || typeof v !== "object" || typeof v.rss !== "number") return undefined;
    return {
      rss: v.rss,
      heapUsed: v.heapUsed,
      heapTotal: v.heapTotal,
      external: v.external,
      arrayBuffers: typeof v.arrayBuffers === "number" ? v.arrayBuffers : undefined,
    };
  }

  /** Forces a full garbage collection in the target. */
  async collectGarbage(signal?: AbortSignal): Promise<void> {
    await this.#send("HeapProfiler.collectGarbage", undefined, {
      signal,
      what: "HeapProfiler.collectGarbage (a full garbage collection)",
    });
  }

  /**
   * GC, then `HeapProfiler.takeHeapSnapshot`, streaming chunks to `<path>.tmp-<rand>` as they
   * arrive and renaming to `path` only when complete; writes the sidecar beside it. An existing
   * `path` is replaced (refusing overwrites is the caller's policy). One capture at a time: a
   * second call while one runs throws `capture_busy`. Every wait is bounded by the target
   * timeout (the GC's answer; then any silence while the snapshot streams) and ends at once
   * when `opts.signal` aborts: the capture is abandoned, its temp files removed.
   */
  async captureSnapshot(path: string, opts: CaptureOptions = {}): Promise<CaptureResult> {
    this.#ensureOpen();
    if (this.#capturing) {
      const abandoned = this.#abandonedAt === undefined
        ? undefined
        : Math.round((Date.now() - this.#abandonedAt) / 1000);
      throw new InspectorError(
        "capture_busy",
        abandoned === undefined
          ? "A heap snapshot is already being captured from this target."
          : `An earlier capture from this target was given up ${abandoned} s ago, but the ` +
            "target has not finished it yet (V8 takes one snapshot at a time; is the program " +
            "still stopped or busy?).",
        abandoned === undefined
          ? "Wait for the running capture to finish, then capture again."
          : UNRESPONSIVE_HINT,
      );
    }
    if (opts.signal?.aborted) throw cancelled("The capture");
    this.#capturing = true;
    this.#abandonedAt = undefined;
    const started = performance.now();
    // Settles when V8 has sent the whole snapshot (or the socket closed). The capture slot
    // stays taken until then even if our caller gave up, because V8 keeps streaming chunks.
    let take: Promise<unknown> | undefined;
    let takeSettled = false;
    try {
      await this.collectGarbage(opts.signal);
      await this.recordProgramSources(opts.signal);
      const result = await writeSnapshotFiles(path, {
        client: this.#client,
        signal: opts.signal,
        idleTimeoutMs: this.#timeoutMs,
        onProgress: opts.onProgress,
        start: () => {
          take = this.#client.send("HeapProfiler.takeHeapSnapshot", {
            reportProgress: true,
            captureNumericValue: opts.captureNumericValue ?? false,
          });
          take.then(() => takeSettled = true, () => takeSettled = true);
          return take;
        },
        sidecar: () => ({
          version: 1,
          runtime: `${this.info.runtime}/${this.info.version}`,
          target: { title: this.info.title, url: this.info.url },
          capturedAt: new Date().toISOString(),
          label: opts.label,
          // Looked-at scripts too big to keep are left without a text.
          scripts: this.scripts.map((x) => x.source === "" ? { ...x, source: undefined } : x),
        }),
      });
      return { ...result, durationMs: Math.round(performance.now() - started) };
    } catch (e) {
      if (this.#closed && this.#closeReason === CLOSED_BY_CLIENT) {
        throw new InspectorError(
          "closed",
          "The session was closed during the capture; the partial file was removed.",
          "Connect again and capture again.",
          { cause: e },
        );
      }
      if (this.#closed && !(e instanceof InspectorError && e.code === "aborted")) {
        throw new InspectorError(
          "disconnected",
          `The target went away while the snapshot was being captured (${this.#closeReason}); ` +
            "the partial file was removed.",
          "Restart the program with --inspect, connect again and capture again.",
          { cause: e },
        );
      }
      throw e;
    } finally {
      const free = () => {
        this.#capturing = false;
        this.#abandonedAt = undefined;
      };
      if (take && !takeSettled) {
        this.#abandonedAt = Date.now();
        take.then(free, free);
      } else free();
    }
  }

  /**
   * Starts V8's sampling heap profiler: about one allocation per `samplingInterval` bytes is
   * recorded with its JavaScript stack. Only objects still alive when the profile is taken
   * are reported (see {@link stopAllocationSampling}). Refused while it already runs.
   */
  async startAllocationSampling(samplingInterval: number, signal?: AbortSignal): Promise<void> {
    if (this.#sampling) {
      const seconds = ((Date.now() - this.#sampling.startedAt) / 1000).toFixed(1);
      throw new InspectorError(
        "sampling_state",
        `Allocation sampling already runs on this target (started ${seconds} s ago).`,
        "Call stop_allocation_sampling to get its result, then start again if needed.",
      );
    }
    await this.#send("HeapProfiler.startSampling", { samplingInterval }, { signal });
    this.#sampling = { samplingInterval, startedAt: Date.now() };
  }

  /**
   * Collects garbage, then stops the sampling heap profiler and returns its profile (the
   * sampled allocations since the start that are still alive, by call tree) with how long it
   * ran.
   */
  async stopAllocationSampling(signal?: AbortSignal): Promise<
    { profile: SamplingHeapProfile; samplingInterval: number; durationMs: number }
  > {
    const sampling = this.#sampling;
    if (!sampling) {
      throw new InspectorError(
        "sampling_state",
        "Allocation sampling is not running on this target.",
        "Call start_allocation_sampling, run the workload, then stop_allocation_sampling.",
      );
    }
    await this.collectGarbage(signal);
    const r = await this.#send("HeapProfiler.stopSampling", undefined, { signal });
    this.#sampling = undefined;
    return {
      profile: r.profile as SamplingHeapProfile,
      samplingInterval: sampling.samplingInterval,
      durationMs: Date.now() - sampling.startedAt,
    };
  }

  /**
   * Starts V8's CPU profiler, one sample of the JavaScript stack every `intervalUs`
   * microseconds. Refused while it already runs from this session.
   */
  async startCpuProfiling(intervalUs: number, signal?: AbortSignal): Promise<void> {
    if (this.#cpuProfiling) {
      const seconds = ((Date.now() - this.#cpuProfiling.startedAt) / 1000).toFixed(1);
      throw new InspectorError(
        "profiling_state",
        `The CPU profiler already runs on this target (started ${seconds} s ago by another call).`,
        "Wait for that profile to finish, then profile again.",
      );
    }
    this.#cpuProfiling = { intervalUs, startedAt: Date.now() };
    try {
      await this.#send("Profiler.enable", undefined, { signal });
      // The interval is fixed when the profiler starts: set it first.
      await this.#send("Profiler.setSamplingInterval", { interval: intervalUs }, { signal });
      await this.#send("Profiler.start", undefined, { signal });
    } catch (e) {
      this.#cpuProfiling = undefined;
      throw e;
    }
  }

  /** Stops the CPU profiler and returns its profile, checked whole, with how long it ran. */
  async stopCpuProfiling(signal?: AbortSignal): Promise<
    { profile: CpuProfile; intervalUs: number; durationMs: number }
  > {
    const profiling = this.#cpuProfiling;
    if (!profiling) {
      throw new InspectorError(
        "profiling_state",
        "The CPU profiler is not running on this target.",
        "Profile with profile_cpu, which starts and stops it around the workload.",
      );
    }
    try {
      const r = await this.#send("Profiler.stop", undefined, {
        signal,
        what: "Profiler.stop (sending the CPU profile)",
      });
      return {
        profile: checkCpuProfile(r?.profile, `the profile ${describeTarget(this.info)} sent`),
        intervalUs: profiling.intervalUs,
        durationMs: Date.now() - profiling.startedAt,
      };
    } finally {
      this.#cpuProfiling = undefined;
    }
  }

  /**
   * Ends the session: closes the WebSocket (which also ends HeapProfiler/Debugger in V8). Waits
   * for the close handshake at most a second — a stopped target never completes it, and the
   * tool that closes (connect, disconnect) must still answer promptly.
   */
  async close(): Promise<void> {
    if (!this.#closed) this.#markClosed(CLOSED_BY_CLIENT);
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      this.#client.close().catch(() => {}),
      new Promise<void>((r) => timer = setTimeout(r, 1000)),
    ]);
    clearTimeout(timer);
  }
}
