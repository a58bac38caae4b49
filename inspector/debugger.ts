/**
 * State over time in a running target: breakpoints and logpoints at original `file:line`
 * (through source maps), a paused program's stack, scopes and evaluation, stepping, and
 * exceptions caught as they are thrown. One per session; knows nothing of MCP.
 *
 * A logpoint is a breakpoint this class answers itself: at each pause it evaluates the
 * expressions on the top frame (side-effect free unless evaluation is allowed), records them
 * with the time and the async caller, and resumes at once — the program stops for about a
 * millisecond per hit. Any other pause (a breakpoint, `debugger;`, a step) is held for the
 * user and resumed automatically after a deadline, so a service is never left frozen.
 * While nothing is set, the session skips every pause (the memory tools' default).
 *
 * @module
 */

import { isDependencyUrl, isRuntimeUrl, type SidecarScript, SourceResolver } from "../heap/mod.ts";
import { InspectorError } from "./errors.ts";
import {
  clip,
  describeValue,
  exceptionMessage,
  MAX_VALUE_CHARS,
  type RemoteObject,
} from "./remote_values.ts";
import { ScriptFinder } from "./source_maps.ts";

/** What the debugger needs from its session. */
export interface DebugPort {
  // deno-lint-ignore no-explicit-any
  send(method: string, params?: Record<string, unknown>): Promise<any>;
  // deno-lint-ignore no-explicit-any
  on(event: string, listener: (params: any) => void): void;
  scripts(): SidecarScript[];
  /** Acknowledge each message at once (see CdpClient.acknowledgeEachMessage). */
  acknowledgeEachMessage(on: boolean): void;
}

/** Settings the server fixes (the tools pass them on each call). */
export interface DebugSettings {
  /** Expressions may run code with side effects (else V8 refuses them: `throwOnSideEffect`). */
  allowEval: boolean;
  /** A held pause is resumed after this long without an action on it (ms). */
  autoResumeMs: number;
  /** Where relative file names are resolved first. */
  cwd: string;
}

/** Default {@link DebugSettings.autoResumeMs}. */
export const DEFAULT_AUTO_RESUME_MS = 30_000;
/** Most hits one logpoint keeps (its `maxHits` is capped here). */
export const MAX_LOGPOINT_HITS = 1000;
/** Most exceptions one catch keeps (more are counted). */
export const MAX_CAUGHT = 50;
/** How deep async stacks are recorded while anything is set. */
const ASYNC_STACK_DEPTH = 8;

/** Async frames looked through for the program's call into a dependency. */
const CALLER_SEARCH_FRAMES = 24;
/** Frames, scoped frames and variables per scope in a paused state. */
const MAX_FRAMES = 10;
const SCOPED_FRAMES = 3;
const MAX_VARIABLES = 20;
/** How long a step waits for the program to stop again. */
const STEP_WAIT_MS = 3000;
/** An expression evaluated at a logpoint may run this long. */
const LOGPOINT_EVAL_TIMEOUT_MS = 500;
const EVALUATE_TIMEOUT_MS = 5000;
/** Scope types shown: a frame's own variables and those its closures hold. */
const SCOPES = new Set(["local", "block", "catch", "closure", "with"]);

/** A stack frame at its original location. */
export interface FrameInfo {
  function: string;
  /** `app.ts:68` (original, relative to the working directory when inside it). */
  location: string;
  url: string;
  line: number;
  column: number;
}

/** One variable: name and short value. */
export interface VariableInfo {
  name: string;
  value: string;
}

/** A scope's variables (bounded; `more` counts the rest). */
export interface ScopeInfo {
  type: string;
  variables: VariableInfo[];
  more: number;
}

/** A frame of a paused program, with its scopes for the top few. */
export interface PausedFrame extends FrameInfo {
  index: number;
  scopes?: ScopeInfo[];
}

/** An async caller: the frame and what it waits on (`await`, `setTimeout`, …). */
export interface AsyncFrame extends FrameInfo {
  waits: string;
}

/** A breakpoint or logpoint as set. */
export interface BreakpointInfo {
  id: string;
  kind: "breakpoint" | "logpoint";
  /** Where it is, original: `app.ts:69`. */
  location: string;
  /** The line asked for, when the nearest code is on a later one. */
  requestedLine?: number;
  condition?: string;
  expressions?: string[];
  maxHits?: number;
  hits: number;
  /** False once a logpoint has its `maxHits`: it no longer stops the program. */
  active: boolean;
  /** The last failure evaluating its condition or expressions. */
  lastError?: string;
}

/** One run of a logpoint's line. */
export interface LogpointHit {
  /** Order across every logpoint. */
  seq: number;
  logpoint: string;
  /** ISO time of the hit (the debugger's clock). */
  at: string;
  values: VariableInfo[];
  frame: string;
  /** The top frame of the async stack: who awaited into this code. */
  asyncFrame?: string;
  /**
   * When the line is in a dependency: the first frame in the program's own code that led to
   * it (called or awaited through), with its line's code.
   */
  programCaller?: FrameInfo & { code?: string };
}

/** The program as it is held. */
export interface PausedState {
  reason: string;
  /** Breakpoint ids that stopped it. */
  hit: string[];
  pausedAt: string;
  autoResumeAt: string;
  frames: PausedFrame[];
  asyncFrames: AsyncFrame[];
  /** The exception being thrown, when that is why it stopped. */
  exception?: string;
}

/** One exception thrown while exceptions were caught. */
export interface CaughtException {
  n: number;
  at: string;
  kind: "exception" | "promiseRejection";
  uncaught: boolean;
  message: string;
  stack: FrameInfo[];
  asyncStack: AsyncFrame[];
  /** The frame whose locals are shown: the first in the program's own code. */
  localsOf?: string;
  /**
   * For a rejection nothing handled: the first async caller and its source line — the call
   * whose promise was dropped when it is neither awaited nor caught.
   */
  caller?: { location: string; function: string; code: string };
  locals: VariableInfo[];
}

/** What a catch found. */
export interface CatchResult {
  mode: "uncaught" | "all";
  exceptions: CaughtException[];
  /** Thrown beyond {@link MAX_CAUGHT}. */
  dropped: number;
  /** Thrown and caught inside the runtime's own code (not shown). */
  runtimeOnly: number;
  durationMs: number;
}

/** How the last hold ended when nobody resumed it. */
export interface AutoResumed {
  at: string;
  location: string;
  afterMs: number;
}

// CDP shapes, as far as they are read.
interface CdpLocation {
  scriptId: string;
  lineNumber: number;
  columnNumber?: number;
}
interface CdpCallFrame {
  callFrameId: string;
  functionName: string;
  location: CdpLocation;
  url?: string;
  scopeChain: { type: string; object: RemoteObject }[];
}
interface CdpRuntimeFrame {
  functionName: string;
  scriptId: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface CdpStackTrace {
  description?: string;
  callFrames: CdpRuntimeFrame[];
  parent?: CdpStackTrace;
}
interface PausedEvent {
  callFrames: CdpCallFrame[];
  reason: string;
  data?: RemoteObject & { uncaught?: boolean };
  hitBreakpoints?: string[];
  asyncStackTrace?: CdpStackTrace;
}

/** `Debugger.evaluateOnCallFrame`'s answer, as far as it is read. */
interface EvalReply {
  result?: RemoteObject;
  exceptionDetails?: { text?: string; exception?: RemoteObject };
}

interface Point extends BreakpointInfo {
  v8Id: string;
  /** The running location, shared by every point there (V8 keeps one breakpoint per place). */
  place: string;
  /** Condition evaluated by us, side-effect free (V8 would run it unchecked). */
  ourCondition?: string;
  sideEffectFree: boolean;
}

interface Hold {
  event: PausedEvent;
  pausedAt: number;
  deadline: number;
  timer: ReturnType<typeof setTimeout>;
}

/** Breakpoints, logpoints, pauses and exceptions of one target. */
export class TargetDebugger {
  readonly #port: DebugPort;
  #settings: DebugSettings = { allowEval: false, autoResumeMs: DEFAULT_AUTO_RESUME_MS, cwd: "." };
  #finder?: ScriptFinder;
  #resolver?: { count: number; resolver: SourceResolver };
  readonly #points = new Map<string, Point>();
  /** V8's breakpoints by running location: the points using each, its condition if V8's. */
  readonly #places = new Map<
    string,
    { v8Id: string; native?: string; actual?: CdpLocation; users: Set<string> }
  >();
  #nextId = { breakpoint: 1, logpoint: 1 };
  readonly #hits: LogpointHit[] = [];
  #seq = 0;
  #hold?: Hold;
  #autoResumed?: AutoResumed;
  #catching?: {
    mode: "uncaught" | "all";
    started: number;
    exceptions: CaughtException[];
    dropped: number;
    runtimeOnly: number;
  };
  #stepping?: (paused: boolean) => void;
  /** Whether pauses are currently let through (not skipped). */
  #active = false;
  #queue: Promise<void> = Promise.resolve();
  #disposed = false;

  constructor(port: DebugPort) {
    this.#port = port;
    port.on("Debugger.paused", (p: PausedEvent) => this.#enqueue(() => this.#onPaused(p)));
    port.on("Debugger.resumed", () => this.#enqueue(() => Promise.resolve(this.#onResumed())));
  }

  /** Applies the server's settings (each tool call passes them). */
  configure(settings: DebugSettings): void {
    if (settings.cwd !== this.#settings.cwd) this.#finder = undefined;
    this.#settings = settings;
  }

  /** Stops timers; the session is gone (V8 resumes and drops breakpoints itself). */
  dispose(): void {
    this.#disposed = true;
    if (this.#hold) clearTimeout(this.#hold.timer);
    this.#hold = undefined;
    this.#stepping?.(false);
  }

  #enqueue(work: () => Promise<void>): void {
    this.#queue = this.#queue.then(work).catch(() => {});
  }

  get #scripts(): ScriptFinder {
    return this.#finder ??= new ScriptFinder(() => this.#port.scripts(), this.#settings.cwd);
  }

  #resolve(scriptId: string, line: number, column: number): FrameInfo & { fn?: string } {
    const scripts = this.#port.scripts();
    if (!this.#resolver || this.#resolver.count !== scripts.length) {
      this.#resolver = { count: scripts.length, resolver: SourceResolver.fromScripts(scripts) };
    }
    const loc = this.#resolver.resolver.resolve({ scriptId: Number(scriptId), line, column });
    return {
      function: "",
      location: loc.display,
      url: loc.url,
      line: loc.line,
      column: loc.column,
    };
  }

  #frame(f: CdpCallFrame | CdpRuntimeFrame): FrameInfo {
    const loc = "location" in f ? f.location : f;
    const info = this.#resolve(loc.scriptId, loc.lineNumber, loc.columnNumber ?? 0);
    info.function = f.functionName || "(anonymous)";
    return info;
  }

  /**
   * The first frame in the program's own code (not the runtime's, not a dependency's) below
   * the top: on the stack, then on the async stack (what awaited into it).
   */
  async #programCaller(p: PausedEvent): Promise<(FrameInfo & { code?: string }) | undefined> {
    const frames = [
      ...p.callFrames.slice(1).map((f) => this.#frame(f)),
      ...this.#asyncFrames(p.asyncStackTrace, CALLER_SEARCH_FRAMES),
    ];
    const own = frames.find(isOwnCode);
    if (!own) return undefined;
    const text = await this.#resolver?.resolver.sourceText(own.url).catch(() => undefined);
    const code = text?.split("\n")[own.line - 1]?.trim();
    return code ? { ...own, code: clip(code, 160) } : own;
  }

  /** The async callers, the program's own frames only (the runtime's event loop is noise). */
  #asyncFrames(trace: CdpStackTrace | undefined, max = 6): AsyncFrame[] {
    const out: AsyncFrame[] = [];
    for (let t = trace; t && out.length < max; t = t.parent) {
      for (const f of t.callFrames) {
        if (out.length >= max) break;
        const frame = this.#frame(f);
        if (!isProgram(frame)) continue;
        out.push({ ...frame, waits: t.description || "async" });
      }
    }
    return out;
  }

  /** Lets pauses through while anything is set or held; skips them otherwise. */
  async #sync(): Promise<void> {
    const want = !this.#disposed &&
      ([...this.#points.values()].some((p) => p.active) || !!this.#catching || !!this.#hold ||
        !!this.#stepping);
    if (want === this.#active) return;
    this.#active = want;
    this.#port.acknowledgeEachMessage(want);
    await this.#port.send("Debugger.setAsyncCallStackDepth", {
      maxDepth: want ? ASYNC_STACK_DEPTH : 0,
    });
    await this.#port.send("Debugger.setSkipAllPauses", { skip: !want });
  }

  // ---- breakpoints and logpoints ----

  /**
   * Sets a breakpoint (or, with `log`, a logpoint) at original `file:line`. A condition runs
   * in V8 when evaluation is allowed, else side-effect free at each stop.
   */
  async set(o: {
    file: string;
    line: number;
    /** 1-based: the code at or after it on the line, not the line's first statement. */
    column?: number;
    condition?: string;
    /** `sideEffectFree`: evaluated side-effect free even where evaluation is allowed. */
    log?: { expressions: string[]; maxHits: number; sideEffectFree?: boolean };
  }): Promise<BreakpointInfo> {
    const at = this.#scripts.locate(o.file, o.line, o.column);
    const place = `${at.url}:${at.lineNumber}:${at.columnNumber ?? ""}`;
    let shared = this.#places.get(place);
    if (shared?.native) {
      const owner = [...shared.users][0];
      throw new InspectorError(
        "debug_state",
        `${owner} is already at ${o.file}:${at.line} with a condition V8 evaluates.`,
        `Remove ${owner} first (one condition per place), then set both again.`,
      );
    }
    // A condition runs in V8 (no stop when false) only on a place of its own.
    const native = this.#settings.allowEval && !shared ? o.condition : undefined;
    if (!shared) {
      const r = await this.#port.send("Debugger.setBreakpointByUrl", {
        url: at.url,
        lineNumber: at.lineNumber,
        ...(at.columnNumber === undefined ? {} : { columnNumber: at.columnNumber }),
        ...(native ? { condition: native } : {}),
      });
      const found = (r.locations as CdpLocation[] | undefined)?.[0];
      if (!found) {
        // V8 found nothing to stop at from that line on (past the end of the script).
        await this.#port.send("Debugger.removeBreakpoint", { breakpointId: r.breakpointId })
          .catch(() => {});
        throw new InspectorError(
          "no_code",
          `${o.file}:${o.line} has no code the runtime runs (nor any line after it).`,
          "Pick a line with a statement (read_source shows the file).",
        );
      }
      shared = {
        v8Id: r.breakpointId,
        ...(native ? { native } : {}),
        actual: found,
        users: new Set(),
      };
      this.#places.set(place, shared);
    }
    const actual = shared.actual;
    const kind = o.log ? "logpoint" : "breakpoint";
    const where = actual
      ? this.#resolve(actual.scriptId, actual.lineNumber, actual.columnNumber ?? 0)
      : undefined;
    const line = where?.line ?? at.line;
    const point: Point = {
      id: `${kind === "logpoint" ? "lp" : "bp"}${this.#nextId[kind]++}`,
      kind,
      location: where?.location ?? `${o.file}:${at.line}`,
      ...(line !== o.line ? { requestedLine: o.line } : {}),
      ...(o.condition ? { condition: o.condition } : {}),
      ...(o.log
        ? { expressions: o.log.expressions, maxHits: Math.min(o.log.maxHits, MAX_LOGPOINT_HITS) }
        : {}),
      hits: 0,
      active: true,
      v8Id: shared.v8Id,
      place,
      ...(o.condition && !native ? { ourCondition: o.condition } : {}),
      sideEffectFree: o.log?.sideEffectFree === true || !this.#settings.allowEval,
    };
    this.#points.set(point.id, point);
    shared.users.add(point.id);
    await this.#sync();
    return publicPoint(point);
  }

  /** Removes a breakpoint or logpoint (its hits stay readable until it is gone). */
  async remove(id: string): Promise<BreakpointInfo> {
    const point = this.#points.get(id);
    if (!point) throw this.#unknown(id);
    if (point.active) await this.#release(point);
    this.#points.delete(id);
    for (let i = this.#hits.length - 1; i >= 0; i--) {
      if (this.#hits[i].logpoint === id) this.#hits.splice(i, 1);
    }
    await this.#sync();
    return { ...publicPoint(point), active: false };
  }

  /** The point no longer stops the program; V8's breakpoint goes with its last user. */
  async #release(point: Point): Promise<void> {
    point.active = false;
    const shared = this.#places.get(point.place);
    shared?.users.delete(point.id);
    if (shared && shared.users.size === 0) {
      this.#places.delete(point.place);
      await this.#port.send("Debugger.removeBreakpoint", { breakpointId: shared.v8Id });
    }
  }

  #unknown(id: string): InspectorError {
    const ids = [...this.#points.keys()];
    return new InspectorError(
      "no_breakpoint",
      `No breakpoint or logpoint ${clip(id, 40)} on this target.`,
      ids.length ? `Set ones are: ${ids.join(", ")}.` : "None is set; add one first.",
    );
  }

  /** Every breakpoint and logpoint, in the order they were set. */
  list(): BreakpointInfo[] {
    return [...this.#points.values()].map(publicPoint);
  }

  /**
   * The hits of one logpoint, or of all, in the order they happened — once the stops already
   * reported are recorded (their values come back after the program resumed).
   */
  async hits(id?: string): Promise<LogpointHit[]> {
    await this.#queue;
    if (id !== undefined) {
      const p = this.#points.get(id);
      if (!p || p.kind !== "logpoint") throw this.#unknown(id);
      return this.#hits.filter((h) => h.logpoint === id);
    }
    return [...this.#hits];
  }

  // ---- pauses ----

  async #onPaused(p: PausedEvent): Promise<void> {
    if (this.#disposed) return;
    if (this.#stepping) return this.#holdPause(p);
    if ((p.reason === "exception" || p.reason === "promiseRejection") && this.#catching) {
      await this.#recordException(p);
      return this.#resume();
    }
    const hit = new Set(p.hitBreakpoints ?? []);
    const ours = [...this.#points.values()].filter((q) => hit.has(q.v8Id));
    const frame = p.callFrames[0];
    const active = ours.filter((q) => q.active);
    const logs = active.filter((q) => q.kind === "logpoint");
    const breakpoints = active.filter((q) => q.kind === "breakpoint");
    // `debugger;`, an exception, a pause we did not set, or a breakpoint: maybe held.
    const mayHold = ours.length === 0 || breakpoints.length > 0;
    // A logpoint's evaluations go out together with the resume (one round trip per stop; each
    // answer the target sends costs it tens of milliseconds on loopback TCP).
    const logged = Promise.all(logs.map((point) => this.#log(point, p)));
    if (!mayHold) {
      await this.#resume();
      await logged;
      return;
    }
    await logged;
    let stop = ours.length === 0;
    for (const point of breakpoints) {
      if (point.ourCondition && !(await this.#conditionHolds(point, frame))) continue;
      point.hits++;
      stop = true;
    }
    if (stop) return this.#holdPause(p);
    return this.#resume();
  }

  async #conditionHolds(point: Point, frame: CdpCallFrame): Promise<boolean> {
    const r = await this.#evalOn(frame, `!!(${point.ourCondition})`, true, LOGPOINT_EVAL_TIMEOUT_MS)
      .catch((e): EvalReply => ({ exceptionDetails: { text: (e as Error).message } }));
    if (r.exceptionDetails) {
      point.lastError = `condition: ${evalFailure(r)}`;
      return false;
    }
    return r.result?.value === true;
  }

  /** Records one hit of `point` (its condition, when ours, evaluated in the same round trip). */
  async #log(point: Point, p: PausedEvent): Promise<void> {
    const frame = p.callFrames[0];
    const at = new Date().toISOString();
    const evaluate = (e: string) =>
      this.#evalOn(frame, e, point.sideEffectFree, LOGPOINT_EVAL_TIMEOUT_MS).catch((
        err,
      ): EvalReply => ({ exceptionDetails: { text: (err as Error).message } }));
    const condition = point.ourCondition ? evaluate(`!!(${point.ourCondition})`) : undefined;
    const pending = point.expressions!.map(evaluate);
    if (condition) {
      const r = await condition;
      if (r.exceptionDetails) point.lastError = `condition: ${evalFailure(r)}`;
      if (r.exceptionDetails || r.result?.value !== true) return;
    }
    const results = await Promise.all(pending);
    const values = point.expressions!.map((name, i) => {
      const r = results[i];
      if (r.exceptionDetails) point.lastError = `${clip(name, 60)}: ${evalFailure(r)}`;
      return { name, value: r.exceptionDetails ? `⚠ ${evalFailure(r)}` : describeValue(r.result) };
    });
    const top = this.#frame(frame);
    const asyncTop = this.#asyncFrames(p.asyncStackTrace, 1)[0];
    const caller = isOwnCode(top) ? undefined : await this.#programCaller(p);
    point.hits++;
    this.#hits.push({
      seq: ++this.#seq,
      logpoint: point.id,
      at,
      values,
      frame: `${top.function} ${top.location}`,
      ...(asyncTop ? { asyncFrame: `${asyncTop.function} ${asyncTop.location}` } : {}),
      ...(caller ? { programCaller: caller } : {}),
    });
    if (point.hits >= point.maxHits!) {
      await this.#release(point).catch(() => {});
      await this.#sync();
    }
  }

  #evalOn(
    frame: CdpCallFrame,
    expression: string,
    sideEffectFree: boolean,
    timeout: number,
  ): Promise<EvalReply> {
    return this.#port.send("Debugger.evaluateOnCallFrame", {
      callFrameId: frame.callFrameId,
      expression,
      silent: true,
      generatePreview: true,
      throwOnSideEffect: sideEffectFree,
      timeout,
    });
  }

  /**
   * Resumes without waiting for the answer: it can trail by tens of milliseconds (the target's
   * small writes wait for our ACK, see CdpClient.acknowledgeEachMessage), and the next stop
   * must not queue behind it — the program already runs.
   */
  #resume(): Promise<void> {
    this.#port.send("Debugger.resume").catch(() => {});
    return Promise.resolve();
  }

  async #holdPause(p: PausedEvent): Promise<void> {
    if (this.#hold) clearTimeout(this.#hold.timer);
    const now = Date.now();
    const ms = this.#settings.autoResumeMs;
    this.#hold = { event: p, pausedAt: now, deadline: now + ms, timer: this.#autoResumeTimer(ms) };
    const step = this.#stepping;
    this.#stepping = undefined;
    step?.(true);
    await this.#sync();
  }

  #autoResumeTimer(ms: number): ReturnType<typeof setTimeout> {
    return setTimeout(() => {
      const hold = this.#hold;
      if (!hold || this.#disposed) return;
      const top = hold.event.callFrames[0];
      this.#autoResumed = {
        at: new Date().toISOString(),
        location: top ? this.#frame(top).location : "(unknown)",
        afterMs: Date.now() - hold.pausedAt,
      };
      this.#enqueue(() => this.#resume());
    }, ms);
  }

  #onResumed(): Promise<void> {
    if (!this.#hold) return Promise.resolve();
    clearTimeout(this.#hold.timer);
    this.#hold = undefined;
    return this.#sync();
  }

  /** Whether the program is held (a breakpoint, `debugger;`, a step). */
  get paused(): boolean {
    return this.#hold !== undefined;
  }

  /** Where the program is held and when it resumes by itself, when it is held. */
  get held(): { location: string; resumesInMs: number } | undefined {
    const hold = this.#hold;
    if (!hold) return undefined;
    const top = hold.event.callFrames[0];
    return {
      location: top ? this.#frame(top).location : "(unknown)",
      resumesInMs: Math.max(0, hold.deadline - Date.now()),
    };
  }

  /** When a hold was last resumed by its deadline (cleared once read). */
  takeAutoResumed(): AutoResumed | undefined {
    const a = this.#autoResumed;
    this.#autoResumed = undefined;
    return a;
  }

  /** The auto-resume deadline restarts with each action on a held program. */
  #requireHold(): Hold {
    const hold = this.#hold;
    if (!hold) {
      const a = this.#autoResumed;
      throw new InspectorError(
        "not_paused",
        "The program is running (not paused)." +
          (a
            ? ` It was resumed automatically at ${a.at} after ${a.afterMs} ms at ${a.location}.`
            : ""),
        "Set a breakpoint where it should stop and make that code run; then ask again.",
      );
    }
    clearTimeout(hold.timer);
    hold.deadline = Date.now() + this.#settings.autoResumeMs;
    hold.timer = this.#autoResumeTimer(this.#settings.autoResumeMs);
    return hold;
  }

  /** The held program: stack at original lines, scopes of the top frames, async callers. */
  async state(): Promise<PausedState> {
    const hold = this.#requireHold();
    const p = hold.event;
    const frames: PausedFrame[] = [];
    const shown = p.callFrames.slice(0, MAX_FRAMES);
    const scoped = await Promise.all(
      shown.slice(0, SCOPED_FRAMES).map((f, i) => this.#scopes(f, i === 0)),
    );
    shown.forEach((f, index) =>
      frames.push({ index, ...this.#frame(f), ...(scoped[index] ? { scopes: scoped[index] } : {}) })
    );
    const hitIds = new Set(p.hitBreakpoints ?? []);
    const ids = [...this.#points.values()]
      .filter((q) => hitIds.has(q.v8Id) && q.active && q.kind === "breakpoint")
      .map((q) => q.id);
    return {
      reason: p.reason === "other" && ids.length === 0 ? "debugger statement or step" : p.reason,
      hit: ids,
      pausedAt: new Date(hold.pausedAt).toISOString(),
      autoResumeAt: new Date(hold.deadline).toISOString(),
      frames,
      asyncFrames: this.#asyncFrames(p.asyncStackTrace),
      ...(p.data && (p.reason === "exception" || p.reason === "promiseRejection")
        ? { exception: exceptionMessage(p.data) }
        : {}),
    };
  }

  async #scopes(frame: CdpCallFrame, withModule: boolean): Promise<ScopeInfo[]> {
    const scopes = frame.scopeChain.filter((s) =>
      SCOPES.has(s.type) || (withModule && s.type === "module")
    );
    return await Promise.all(scopes.map(async (s) => {
      const vars = await this.#properties(s.object.objectId);
      return {
        type: s.type,
        variables: vars.slice(0, MAX_VARIABLES),
        more: Math.max(0, vars.length - MAX_VARIABLES),
      };
    }));
  }

  async #properties(objectId: string | undefined): Promise<VariableInfo[]> {
    if (!objectId) return [];
    const r = await this.#port.send("Runtime.getProperties", {
      objectId,
      ownProperties: true,
      generatePreview: true,
    }).catch(() => undefined);
    const props = (r?.result ?? []) as { name: string; value?: RemoteObject }[];
    return props.filter((q) => q.value !== undefined)
      .map((q) => ({ name: q.name, value: describeValue(q.value) }));
  }

  /** Runs `expression` on frame `frame` (0: top) of the held program; needs allowed evaluation. */
  async evaluate(expression: string, frame = 0): Promise<{ value: string; type: string }> {
    const hold = this.#requireHold();
    const f = hold.event.callFrames[frame];
    if (!f) {
      throw new InspectorError(
        "not_paused",
        `The paused stack has ${hold.event.callFrames.length} frames; there is no frame ${frame}.`,
        "Pass a frame index from the paused state (0 is the top).",
      );
    }
    const r = await this.#evalOn(f, expression, !this.#settings.allowEval, EVALUATE_TIMEOUT_MS);
    if (r.exceptionDetails) return { value: evalFailure(r), type: "exception" };
    return {
      value: describeValue(r.result, 2000),
      type: r.result?.subtype ?? r.result?.type ?? "undefined",
    };
  }

  /**
   * Steps the held program and waits for it to stop again (at most a few seconds: a step out of
   * the last frame lets it run). True when it stopped.
   */
  async step(kind: "over" | "into" | "out"): Promise<boolean> {
    this.#requireHold();
    if (this.#stepping) {
      throw new InspectorError("debug_state", "A step is already running.", "Wait for it.");
    }
    const stopped = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.#stepping = undefined;
        resolve(false);
      }, STEP_WAIT_MS);
      this.#stepping = (v) => {
        clearTimeout(timer);
        resolve(v);
      };
    });
    const method = {
      over: "Debugger.stepOver",
      into: "Debugger.stepInto",
      out: "Debugger.stepOut",
    };
    await this.#port.send(method[kind]);
    return await stopped;
  }

  /** Lets the held program run. */
  async resume(): Promise<void> {
    this.#requireHold();
    await this.#port.send("Debugger.resume");
  }

  // ---- exceptions ----

  /** Starts catching exceptions (`uncaught`, or `all` thrown). One catch at a time. */
  async startCatching(mode: "uncaught" | "all"): Promise<void> {
    if (this.#catching) {
      throw new InspectorError(
        "debug_state",
        "Exceptions are already being caught on this target.",
        "Wait for that catch_exceptions call to finish.",
      );
    }
    this.#catching = { mode, started: Date.now(), exceptions: [], dropped: 0, runtimeOnly: 0 };
    try {
      await this.#port.send("Debugger.setPauseOnExceptions", { state: mode });
      await this.#sync();
    } catch (e) {
      this.#catching = undefined;
      throw e;
    }
  }

  /** Stops catching and returns what was thrown meanwhile. */
  async stopCatching(): Promise<CatchResult> {
    const c = this.#catching;
    if (!c) {
      throw new InspectorError("debug_state", "Exceptions are not being caught.", "Start first.");
    }
    await this.#port.send("Debugger.setPauseOnExceptions", { state: "none" }).catch(() => {});
    // Exceptions already queued are recorded before the answer.
    await this.#queue;
    this.#catching = undefined;
    await this.#sync().catch(() => {});
    return {
      mode: c.mode,
      exceptions: c.exceptions,
      dropped: c.dropped,
      runtimeOnly: c.runtimeOnly,
      durationMs: Date.now() - c.started,
    };
  }

  async #recordException(p: PausedEvent): Promise<void> {
    const c = this.#catching!;
    const frames = p.callFrames.map((f) => this.#frame(f));
    const program = frames.findIndex(isProgram);
    if (program < 0 && p.callFrames.length > 0) {
      c.runtimeOnly++;
      return;
    }
    if (c.exceptions.length >= MAX_CAUGHT) {
      c.dropped++;
      return;
    }
    let locals: VariableInfo[] = [];
    if (program >= 0) {
      const scopes = p.callFrames[program].scopeChain.filter((s) =>
        s.type === "local" || s.type === "block" || s.type === "catch"
      );
      locals = (await Promise.all(scopes.map((s) => this.#properties(s.object.objectId)))).flat()
        .slice(0, 15);
    }
    const asyncStack = this.#asyncFrames(p.asyncStackTrace);
    let caller: CaughtException["caller"];
    if (p.reason === "promiseRejection" && p.data?.uncaught && asyncStack[0]) {
      const a = asyncStack[0];
      const text = await this.#resolver!.resolver.sourceText(a.url).catch(() => undefined);
      const code = text?.split("\n")[a.line - 1]?.trim();
      if (code) caller = { location: a.location, function: a.function, code: clip(code, 160) };
    }
    c.exceptions.push({
      n: c.exceptions.length + 1,
      at: new Date().toISOString(),
      kind: p.reason === "promiseRejection" ? "promiseRejection" : "exception",
      uncaught: p.data?.uncaught === true,
      message: exceptionMessage(p.data),
      stack: frames.filter(isProgram).slice(0, 8),
      asyncStack,
      ...(caller ? { caller } : {}),
      ...(program >= 0
        ? { localsOf: `${frames[program].function} ${frames[program].location}` }
        : {}),
      locals,
    });
  }
}

function publicPoint(p: Point): BreakpointInfo {
  const { v8Id: _v8, place: _p, ourCondition: _c, sideEffectFree: _s, ...info } = p;
  return { ...info };
}

/** Why an evaluation failed, in one line. */
function evalFailure(r: EvalReply): string {
  const d = r.exceptionDetails;
  const text = d?.exception ? exceptionMessage(d.exception) : (d?.text ?? "failed");
  return /side.effect/i.test(text)
    ? "refused: it may have side effects (start the server with --allow-eval to run it)"
    : clip(text, MAX_VALUE_CHARS);
}

/** A frame in the program's own code (not the runtime's, not eval'd code). */
function isProgram(f: FrameInfo): boolean {
  return f.url !== "" && !isRuntimeUrl(f.url) && !f.url.startsWith("script #");
}

/** A frame of the program's own code: not the runtime's, not a dependency's. */
function isOwnCode(f: FrameInfo): boolean {
  return isProgram(f) && !isDependencyUrl(f.url);
}
