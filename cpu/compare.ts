/**
 * Two profiles compared: busy CPU, latency and each function's time before and after, per unit
 * of work when both profiles know the work they ran (their sidecars), so a run of 30 requests
 * compares with one of 60. A function is matched by name and file — a fix moves lines, not
 * names — and, when the fix lives in another file (a fixed twin), by a name that is unique on
 * both sides.
 *
 * @module
 */

import type { SourceLocation } from "../heap/mod.ts";
import { type InlinedTime, inlinedTimes, LocatedProfile, ms, round } from "./analyze.ts";
import type { CpuProfile } from "./profile.ts";
import type { CpuComparison, FunctionChange, ProfileSide } from "./report.ts";
import type { CpuSidecar } from "./sidecar.ts";

/** One side: its file name, the profile and its sidecar if any. */
export interface ProfileInput {
  name: string;
  profile: CpuProfile;
  sidecar?: CpuSidecar;
}

/** A function's time on one side (µs), several functions of one name and file summed. */
interface Timed {
  name: string;
  location: SourceLocation;
  selfUs: number;
  totalUs: number;
}

/** Speed-ups within this factor of 1 count as the same. */
const SAME = 1.1;

/** Compares `before` with `after` (see the module doc); `top` functions are listed (12). */
export async function compareCpuProfiles(
  before: ProfileInput,
  after: ProfileInput,
  opts: { top?: number } = {},
): Promise<CpuComparison> {
  const b = new LocatedProfile(before.profile, before.sidecar?.scripts);
  const a = new LocatedProfile(after.profile, after.sidecar?.scripts);
  const bw = before.sidecar?.workload;
  const aw = after.sidecar?.workload;
  const notes: string[] = [];
  const perUnit = bw && aw && bw.unit === aw.unit && bw.succeeded > 0 && aw.succeeded > 0
    ? bw.unit
    : undefined;
  if (!perUnit) {
    notes.push(
      bw && aw
        ? `the workloads differ in kind (${bw.unit} vs ${aw.unit}) or one did nothing: whole ` +
          "profiles compared"
        : "a profile carries no workload (it was not taken by profile_cpu): whole profiles " +
          "compared, which holds only when both runs did the same work",
    );
  }
  const scale = (w: typeof bw) => (perUnit && w ? 1 / w.succeeded : 1);
  const bScale = scale(bw);
  const aScale = scale(aw);
  const busyBefore = b.busy().us * bScale;
  const busyAfter = a.busy().us * aScale;

  const [inlinedBefore, inlinedAfter] = await Promise.all([inlinedTimes(b), inlinedTimes(a)]);
  const functions = matchFunctions(timed(b), timed(a)).map(([x, y]): FunctionChange => {
    const side = (t: Timed | undefined, k: number, inlined: InlinedTime[]) => {
      if (!t) return undefined;
      const countedIn = inlined.filter((i) => i.callee === t.name)
        .map((i) => ({ caller: i.caller, ms: ms(i.us * k) }));
      return {
        location: t.location,
        selfMs: ms(t.selfUs * k),
        totalMs: ms(t.totalUs * k),
        ...(countedIn.length ? { countedIn } : {}),
      };
    };
    const bt = side(x, bScale, inlinedBefore);
    const at = side(y, aScale, inlinedAfter);
    // Time counted in a caller is the function's too: the speed-up counts it on both sides.
    const whole = (t: Timed, k: number, inlined: InlinedTime[]) =>
      (t.totalUs + inlined.reduce((n, i) => n + (i.callee === t.name ? i.us : 0), 0)) * k;
    const speedup = x && y && y.totalUs > 0
      ? round(whole(x, bScale, inlinedBefore) / whole(y, aScale, inlinedAfter), 2)
      : undefined;
    return {
      name: (x ?? y)!.name,
      ...(bt ? { before: bt } : {}),
      ...(at ? { after: at } : {}),
      ...(speedup !== undefined ? { speedup } : {}),
      change: !y
        ? "gone"
        : !x
        ? "new"
        : speedup! >= SAME
        ? "faster"
        : speedup! <= 1 / SAME
        ? "slower"
        : "same",
    };
  });
  const moved = (f: FunctionChange) => Math.abs((f.before?.totalMs ?? 0) - (f.after?.totalMs ?? 0));
  functions.sort((x, y) => moved(y) - moved(x) || x.name.localeCompare(y.name));

  const p50 = (w: typeof bw) => w?.latencyMs?.p50;
  const latency = p50(bw) !== undefined && p50(aw) !== undefined && p50(aw)! > 0
    ? {
      beforeP50Ms: p50(bw)!,
      afterP50Ms: p50(aw)!,
      speedup: round(p50(bw)! / p50(aw)!, 2),
    }
    : undefined;
  if (functions.slice(0, opts.top ?? 12).some((f) => f.before?.countedIn || f.after?.countedIn)) {
    notes.push(
      "V8 compiled some functions into their callers and counted part of their time in the " +
        'caller\'s own ("+ N ms in caller", found by the lines those samples landed on); ' +
        "their speed-up counts it",
    );
  }
  for (const note of [...b.resolver.notes, ...a.resolver.notes]) {
    if (!notes.includes(note)) notes.push(note);
  }
  return {
    before: sideOf(before, b),
    after: sideOf(after, a),
    ...(perUnit ? { perUnit } : {}),
    busy: {
      beforeMs: round(busyBefore / 1000, 3),
      afterMs: round(busyAfter / 1000, 3),
      speedup: busyAfter > 0 ? round(busyBefore / busyAfter, 2) : 0,
    },
    ...(latency ? { latency } : {}),
    functions: functions.slice(0, opts.top ?? 12),
    notes,
  };
}

function sideOf(input: ProfileInput, p: LocatedProfile): ProfileSide {
  const w = input.sidecar?.workload;
  return {
    profile: input.name,
    ...(input.sidecar?.target ? { target: input.sidecar.target } : {}),
    ...(w ? { workload: w.description, units: w.succeeded } : {}),
    busyMs: ms(p.busy().us),
    durationMs: ms(p.model.durationUs),
    samples: p.model.sampleNode.length,
    ...(w?.latencyMs ? { latencyP50Ms: w.latencyMs.p50 } : {}),
  };
}

/** The program's functions (and GC) of one profile, one entry per name and file. */
function timed(p: LocatedProfile): Map<string, Timed> {
  const out = new Map<string, Timed>();
  for (const t of p.times) {
    const f = p.model.functions[t.fn];
    if ((f.kind !== "program" && f.kind !== "gc") || t.totalSamples === 0) continue;
    const location = p.location(t.fn);
    // Anonymous functions are told apart by where they are.
    const key = f.name === "(anonymous)"
      ? `${f.name}|${location.url}|${location.line}`
      : `${f.name}|${location.url}`;
    const entry = out.get(key);
    if (entry) {
      entry.selfUs += t.selfUs;
      entry.totalUs += t.totalUs;
    } else out.set(key, { name: f.name, location, selfUs: t.selfUs, totalUs: t.totalUs });
  }
  return out;
}

/** Pairs by name and file, then by a name unique on both sides among the rest. */
function matchFunctions(
  before: Map<string, Timed>,
  after: Map<string, Timed>,
): [Timed | undefined, Timed | undefined][] {
  const pairs: [Timed | undefined, Timed | undefined][] = [];
  const restBefore = new Map(before);
  const restAfter = new Map(after);
  for (const [key, x] of before) {
    const y = after.get(key);
    if (!y) continue;
    pairs.push([x, y]);
    restBefore.delete(key);
    restAfter.delete(key);
  }
  const byName = (m: Map<string, Timed>) => {
    const names = new Map<string, Timed[]>();
    for (const t of m.values()) {
      if (t.name !== "(anonymous)") names.set(t.name, [...(names.get(t.name) ?? []), t]);
    }
    return names;
  };
  const namesAfter = byName(restAfter);
  const pairedAfter = new Set<Timed>();
  for (const [name, xs] of byName(restBefore)) {
    const ys = namesAfter.get(name);
    if (xs.length === 1 && ys?.length === 1) {
      pairs.push([xs[0], ys[0]]);
      pairedAfter.add(ys[0]);
      continue;
    }
    for (const x of xs) pairs.push([x, undefined]);
  }
  for (const x of restBefore.values()) {
    if (x.name === "(anonymous)") pairs.push([x, undefined]);
  }
  for (const y of restAfter.values()) if (!pairedAfter.has(y)) pairs.push([undefined, y]);
  return pairs;
}
