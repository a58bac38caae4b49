/**
 * One CPU profile analysed: where the busy time went, the hottest functions by self and by
 * total time at their original `file:line`, the lines their own samples landed on (with the
 * code), the hottest call paths, the longest busy stretches of the event loop, and hints on
 * hot lines. Scripts and source maps come from the inspector session or the profile's sidecar;
 * a script they do not name is read by the URL the profile gives.
 *
 * @module
 */

import { type SidecarScript, type SourceLocation, SourceResolver } from "../heap/mod.ts";
import { busyStretches } from "./blocking.ts";
import { type FunctionTime, functionTimes, lineTicks } from "./functions.ts";
import { linearSearchHints } from "./hints.ts";
import { ProfileModel } from "./model.ts";
import { hotPaths } from "./paths.ts";
import type { CpuProfile } from "./profile.ts";
import type { CpuReport, HotFunction, HotLine } from "./report.ts";

/** What to analyse with, and how much to keep. */
export interface AnalyzeOptions {
  /** Scripts and source maps of the target (`Debugger.scriptParsed`), when known. */
  scripts?: SidecarScript[];
  /** Functions per list (default 10). */
  top?: number;
  /** Call paths (default 5). */
  paths?: number;
  /** Functions (the top by self time) whose lines are read (default 5), and lines each (4). */
  lineFunctions?: number;
  linesPerFunction?: number;
  /** Busy stretches listed (default 5). */
  stretches?: number;
}

/** Stretches this long or longer are counted apart: a request waiting that long is noticed. */
const LONG_STRETCH_MS = 50;
/** Fewer samples than this make rough figures. */
const FEW_SAMPLES = 200;
/** Longest source line quoted. */
const CODE_CHARS = 100;
/**
 * A function with this share of the busy samples whose own time sits this much on one call
 * gets a note: the callee was inlined there and its insides are not in the profile.
 */
const CALL_NOTE_FUNCTION_SHARE = 0.2;
const CALL_NOTE_LINE_SHARE = 0.5;
/** Hot lines of a function looked at for inlined callees. */
const INLINE_LINES = 8;

/** A profile, its functions located, for the report and for comparisons. */
export class LocatedProfile {
  readonly model: ProfileModel;
  readonly resolver: SourceResolver;
  readonly times: FunctionTime[];
  readonly #locations = new Map<number, SourceLocation>();

  constructor(profile: CpuProfile, scripts: SidecarScript[] = []) {
    this.model = new ProfileModel(profile);
    this.resolver = SourceResolver.fromScripts(withProfileScripts(scripts, this.model));
    this.times = functionTimes(this.model);
  }

  /** Where function `fn` starts, in the original source. */
  location(fn: number): SourceLocation {
    let loc = this.#locations.get(fn);
    if (!loc) {
      const f = this.model.functions[fn];
      loc = f.url === ""
        ? { url: "", line: 0, column: 0, display: "(native)" }
        : this.resolver.resolve({ scriptId: Number(f.scriptId), line: f.line, column: f.column });
      this.#locations.set(fn, loc);
    }
    return loc;
  }

  /** `tokenize scenario-2/app.ts:44`, or the bare name of a function with no script. */
  label(fn: number): string {
    const f = this.model.functions[fn];
    return f.url === "" ? f.name : `${f.name} ${this.location(fn).display}`;
  }

  /**
   * The named program function that starts last at or before `line` of `url`: where a line
   * lies when V8 inlined its function into a caller (an anonymous callback is passed over for
   * the named function around it).
   */
  enclosingFunction(url: string, line: number): string | undefined {
    if (!this.#starts) {
      this.#starts = new Map();
      for (const [fn, f] of this.model.functions.entries()) {
        if (f.kind !== "program" || f.name === "(anonymous)") continue;
        const at = this.location(fn);
        const list = this.#starts.get(at.url) ?? [];
        list.push({ line: at.line, name: f.name });
        this.#starts.set(at.url, list);
      }
    }
    let best: { line: number; name: string } | undefined;
    for (const s of this.#starts.get(url) ?? []) {
      if (s.line <= line && (!best || s.line > best.line)) best = s;
    }
    return best?.name;
  }

  #starts?: Map<string, { line: number; name: string }[]>;

  /**
   * The named program functions the profile knows, most total samples first: what a hot line
   * may be calling.
   */
  programFunctions(): { name: string; totalSamples: number }[] {
    if (!this.#named) {
      const total = new Map<string, number>();
      for (const t of this.times) {
        const f = this.model.functions[t.fn];
        if (f.kind !== "program" || f.name === "(anonymous)") continue;
        total.set(f.name, (total.get(f.name) ?? 0) + t.totalSamples);
      }
      this.#named = [...total].map(([name, totalSamples]) => ({ name, totalSamples }))
        .sort((a, b) => b.totalSamples - a.totalSamples || (a.name < b.name ? -1 : 1));
    }
    return this.#named;
  }

  #named?: { name: string; totalSamples: number }[];

  /** Samples that are not idle, and their time (µs). */
  busy(): { samples: number; us: number } {
    let samples = 0;
    let us = 0;
    for (let k = 0; k < this.model.sampleNode.length; k++) {
      if (this.model.kindOfNode(this.model.sampleNode[k]) === "idle") continue;
      samples++;
      us += this.model.sampleTime[k];
    }
    return { samples, us };
  }
}

/** The scripts given, plus a bare entry (URL only) for each script of the profile they miss. */
function withProfileScripts(scripts: SidecarScript[], model: ProfileModel): SidecarScript[] {
  const known = new Set(scripts.map((s) => s.scriptId));
  const out = [...scripts];
  for (const f of model.functions) {
    if (f.url !== "" && !known.has(f.scriptId)) {
      known.add(f.scriptId);
      out.push({ scriptId: f.scriptId, url: f.url });
    }
  }
  return out;
}

/** Analyses `profile` (see the module doc). */
export async function analyzeCpuProfile(
  profile: CpuProfile,
  opts: AnalyzeOptions = {},
): Promise<CpuReport> {
  const top = opts.top ?? 10;
  const p = new LocatedProfile(profile, opts.scripts);
  const { model } = p;
  const busy = p.busy();
  const share = (samples: number) => busy.samples ? round(samples / busy.samples, 4) : 0;
  const hot = (t: FunctionTime): HotFunction => {
    const f = model.functions[t.fn];
    return {
      name: f.name,
      location: p.location(t.fn),
      kind: f.kind === "root" || f.kind === "idle" ? "native" : f.kind,
      selfMs: ms(t.selfUs),
      totalMs: ms(t.totalUs),
      selfSamples: t.selfSamples,
      totalSamples: t.totalSamples,
      selfShare: share(t.selfSamples),
      totalShare: share(t.totalSamples),
    };
  };
  const counted = p.times.filter((t) => {
    const kind = model.functions[t.fn].kind;
    return kind !== "idle" && kind !== "root";
  });
  const bySelfTimes = counted.filter((t) => t.selfSamples > 0)
    .sort((a, b) => b.selfSamples - a.selfSamples || a.fn - b.fn).slice(0, top);
  const byTotal = counted.filter((t) => model.functions[t.fn].kind === "program")
    .sort((a, b) => b.totalSamples - a.totalSamples || a.fn - b.fn).slice(0, top).map(hot);

  const bySelf: HotFunction[] = [];
  const definedAt: (string | undefined)[] = [];
  for (const [i, t] of bySelfTimes.entries()) {
    const fn = hot(t);
    if (i < (opts.lineFunctions ?? 5) && model.functions[t.fn].kind === "program") {
      fn.lines = await hotLines(p, t, opts.linesPerFunction ?? 4);
      definedAt.push(await codeAt(p.resolver, fn.location));
    } else definedAt.push(undefined);
    bySelf.push(fn);
  }

  const time = { busyMs: ms(busy.us), programMs: 0, runtimeMs: 0, gcMs: 0, nativeMs: 0, idleMs: 0 };
  for (const t of p.times) {
    const kind = model.functions[t.fn].kind;
    const key = kind === "program"
      ? "programMs"
      : kind === "runtime"
      ? "runtimeMs"
      : kind === "gc"
      ? "gcMs"
      : kind === "idle"
      ? "idleMs"
      : "nativeMs";
    time[key] += t.selfUs / 1000;
  }
  for (const k of Object.keys(time) as (keyof typeof time)[]) time[k] = round(time[k], 1);

  const stretches = busyStretches(model);
  const notes = [...p.resolver.notes, ...inlinedCallNotes(bySelf)];
  if (!model.hasTimeline) {
    notes.push("the profile has hit counts but no sample times: no event-loop figures");
  }
  if (busy.samples === 0) {
    notes.push(
      "every sample was idle: the program did no work while it was profiled (did the " +
        "workload reach it?)",
    );
  } else if (busy.samples < FEW_SAMPLES) {
    notes.push(
      `only ${busy.samples} busy samples: the figures are rough; run more work, or profile ` +
        "with a smaller sampling interval",
    );
  }
  const samples = model.sampleNode.length;
  return {
    durationMs: ms(model.durationUs),
    samples,
    sampleIntervalMs: samples ? round(model.durationUs / samples / 1000, 3) : 0,
    time,
    bySelf,
    byTotal,
    paths: hotPaths(model, opts.paths ?? 5).map((path) => ({
      frames: path.functions.map((fn) => p.label(fn)),
      samples: path.samples,
      ms: ms(path.us),
      share: share(path.samples),
    })),
    ...(model.hasTimeline
      ? {
        eventLoop: {
          stretches: stretches.length,
          over50ms: stretches.filter((s) => s.durationUs >= LONG_STRETCH_MS * 1000).length,
          longest: stretches.slice(0, opts.stretches ?? 5).map((s) => ({
            startMs: ms(s.startUs),
            durationMs: ms(s.durationUs),
            samples: s.samples,
            entry: p.label(s.entryFn),
            top: p.label(s.topFn),
            topShare: round(s.topSamples / s.samples, 4),
          })),
        },
      }
      : {}),
    hints: linearSearchHints(bySelf.map((fn, i) => ({ fn, definedAt: definedAt[i] }))),
    notes,
  };
}

/** The lines `t`'s own samples landed on, in the original source, most first. */
async function hotLines(p: LocatedProfile, t: FunctionTime, limit: number): Promise<HotLine[]> {
  const f = p.model.functions[t.fn];
  const byLine = new Map<string, { location: SourceLocation; endLine?: number; samples: number }>();
  let all = 0;
  for (const [line, ticks] of lineTicks(p.model, t.fn)) {
    all += ticks;
    const { location, endLine } = p.resolver.resolveLine(Number(f.scriptId), line);
    const entry = byLine.get(location.display);
    if (entry) {
      entry.samples += ticks;
      if (endLine !== undefined) entry.endLine = Math.max(entry.endLine ?? 0, endLine);
    } else byLine.set(location.display, { location, endLine, samples: ticks });
  }
  const ranked = [...byLine.values()]
    .sort((a, b) => b.samples - a.samples || a.location.line - b.location.line)
    .slice(0, limit);
  const lines: HotLine[] = [];
  const start = p.location(t.fn);
  for (const { location, endLine, samples } of ranked) {
    const code = await codeAt(p.resolver, location, endLine);
    // Lines wholly above the function's own start belong to a function V8 inlined into it (a
    // range that reaches the start is a chain of calls the function is part of: a callback).
    const inlined = location.url === start.url && (endLine ?? location.line) < start.line
      ? p.enclosingFunction(location.url, location.line)
      : undefined;
    const calls = code === undefined ? [] : callsIn(code, f.name, p.programFunctions());
    lines.push({
      location,
      ...(endLine !== undefined ? { endLine } : {}),
      ...(inlined ? { inlinedFrom: inlined } : {}),
      ...(calls.length ? { calls } : {}),
      samples,
      share: all ? round(samples / all, 4) : 0,
      ...(code !== undefined ? { code } : {}),
    });
  }
  return lines;
}

/** Time V8 counted in a caller's own samples that belongs to a program function it inlined. */
export interface InlinedTime {
  callee: string;
  caller: string;
  us: number;
}

/**
 * Where this profile counted one program function's time in another's own time, `minShare` of
 * the busy time or more: the callee's lines inlined into the caller (above the caller's start),
 * or a call to it on which half the caller's own samples or more pile up (see inlinedCallNotes).
 */
export async function inlinedTimes(p: LocatedProfile, minShare = 0.05): Promise<InlinedTime[]> {
  const busy = p.busy();
  const found = new Map<string, InlinedTime>();
  for (const t of p.times) {
    const f = p.model.functions[t.fn];
    if (f.kind !== "program" || t.selfSamples < minShare * busy.samples) continue;
    for (const line of await hotLines(p, t, INLINE_LINES)) {
      const callee = line.inlinedFrom ??
        (line.share >= CALL_NOTE_LINE_SHARE ? line.calls?.[0] : undefined);
      if (!callee || callee === f.name) continue;
      const key = `${callee}|${f.name}`;
      const entry = found.get(key) ?? { callee, caller: f.name, us: 0 };
      entry.us += t.selfUs * line.share;
      found.set(key, entry);
    }
  }
  return [...found.values()].filter((x) => x.us >= minShare * busy.us)
    .sort((a, b) => b.us - a.us);
}

/** Which of `known` (but `self`) `code` calls by name, in `known`'s order. */
function callsIn(code: string, self: string, known: { name: string }[]): string[] {
  return known.filter(({ name }) =>
    name !== self && new RegExp(`(^|[^\\w$])${escapeRegExp(name)}\\s*\\(`).test(code)
  ).map(({ name }) => name);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A hot function whose own samples sit mostly on one line that calls another of the program's
 * functions: V8 compiled the callee into it and counted the callee's samples at the call (the
 * inlined frames of the function on top are not reported), so what the callee and its own
 * callees spent is hidden there.
 */
function inlinedCallNotes(bySelf: HotFunction[]): string[] {
  const notes: string[] = [];
  for (const f of bySelf) {
    if (f.kind !== "program" || f.selfShare < CALL_NOTE_FUNCTION_SHARE) continue;
    const line = f.lines?.find((l) => l.calls?.length && l.share >= CALL_NOTE_LINE_SHARE);
    if (!line) continue;
    const callee = line.calls![0];
    notes.push(
      `${f.name} spends ${Math.round(line.share * 100)}% of its own time on ` +
        `${line.location.display}, a call to ${callee}: V8 compiled ${callee} (and what it ` +
        `calls) into ${f.name} and counted those samples at the call, so their own lines are ` +
        `not in this profile. Profile a fresh start of the program with warmup: 0, before ` +
        `${f.name} is optimised whole, to see inside ${callee}`,
    );
  }
  return notes;
}

/**
 * The source at `location` (through `endLine`, joined), trimmed and shortened; undefined when
 * it cannot be read.
 */
async function codeAt(resolver: SourceResolver, location: SourceLocation, endLine?: number) {
  if (!location.url || location.line < 1) return undefined;
  const text = await resolver.sourceText(location.url);
  const lines = text?.split("\n").slice(location.line - 1, endLine ?? location.line);
  const code = lines?.map((l) => l.trim()).join(" ").trim();
  if (!code) return undefined;
  return code.length > CODE_CHARS ? `${code.slice(0, CODE_CHARS - 1)}…` : code;
}

/** Microseconds → milliseconds, to 0.1 ms. */
export function ms(us: number): number {
  return round(us / 1000, 1);
}

/** `value` to `digits` decimals. */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
