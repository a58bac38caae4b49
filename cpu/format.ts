/**
 * CPU findings as text for a person or a model: a profile's report and the comparison of two,
 * each in a few KB however large the profile.
 *
 * @module
 */

import type { CpuComparison, CpuReport, FunctionChange, HotFunction } from "./report.ts";

/** How much of each list the text shows. */
export interface CpuTextOptions {
  /** Functions per list (default 8). */
  top?: number;
  /** Frames shown per call path, innermost kept (default 5). */
  frames?: number;
}

/** A profile's report (see the module doc). */
export function formatCpuText(r: CpuReport, opts: CpuTextOptions = {}): string {
  const top = opts.top ?? 8;
  const t = r.time;
  const of = (x: number) => t.busyMs ? `${Math.round((100 * x) / t.busyMs)}%` : "0%";
  const all = t.busyMs + t.idleMs;
  const out = [
    `Busy ${seconds(t.busyMs)} of ${seconds(r.durationMs)} profiled (${count(r.samples)} ` +
    `samples, one per ${r.sampleIntervalMs.toFixed(2)} ms): program ${of(t.programMs)}, ` +
    `runtime ${of(t.runtimeMs)}, GC ${of(t.gcMs)}, V8 native ${of(t.nativeMs)}; idle ` +
    `${all ? Math.round((100 * t.idleMs) / all) : 0}% of all samples.`,
  ];
  if (r.bySelf.length) {
    out.push("", "Hottest functions by self time (share of busy samples; total in brackets):");
    for (const f of r.bySelf.slice(0, top)) {
      out.push(
        `  ${pct(f.selfShare)}  ${where(f)}  (${pct(f.totalShare).trim()} total, ` +
          `${seconds(f.selfMs)} self)`,
      );
    }
  }
  if (r.byTotal.length) {
    out.push("", "The program's functions by total time (callees included):");
    for (const f of r.byTotal.slice(0, top)) out.push(`  ${pct(f.totalShare)}  ${where(f)}`);
  }
  if (r.paths.length) {
    out.push("", "Hottest call paths (outermost first):");
    const frames = opts.frames ?? 5;
    for (const p of r.paths) {
      const kept = p.frames.length > frames ? p.frames.slice(-frames) : p.frames;
      const shown = shortenFrames(kept);
      out.push(`  ${pct(p.share)}  ${p.frames.length > frames ? "… → " : ""}${shown.join(" → ")}`);
    }
  }
  const withLines = r.bySelf.filter((f) => f.lines?.length);
  if (withLines.length) {
    out.push("", "Lines inside the top functions (share of the function's own samples):");
    for (const f of withLines) {
      out.push(`  ${where(f)}`);
      for (const l of f.lines!) {
        const lines = l.endLine ? `${l.location.display}-${l.endLine}` : l.location.display;
        const inlined = l.inlinedFrom
          ? `  (in ${l.inlinedFrom}, inlined)`
          : l.calls && l.share >= 0.5
          ? `  (calls ${l.calls.join(", ")}; time inlined there counts here)`
          : "";
        out.push(`    ${lines}  ${pct(l.share).trim()}${inlined}${l.code ? `  ${l.code}` : ""}`);
      }
    }
  }
  if (r.hints.length) {
    out.push("", "Likely causes:");
    for (const h of r.hints) out.push(`  ${h.location.display}  ${h.code}`, `    ${h.advice}`);
  }
  if (r.eventLoop) {
    const e = r.eventLoop;
    out.push(
      "",
      `Event loop: ${e.stretches} busy stretch${e.stretches === 1 ? "" : "es"} (JavaScript with ` +
        `no break for I/O), ${e.over50ms} of 50 ms or more` +
        (e.longest.length ? "; longest:" : "."),
    );
    for (const s of e.longest) {
      out.push(
        `  ${seconds(s.durationMs).padStart(7)} at +${
          seconds(s.startMs)
        }  in ${s.entry}, on top: ` +
          `${s.top} (${pct(s.topShare).trim()})`,
      );
    }
  }
  for (const n of r.notes) out.push(`Note: ${n}`);
  return out.join("\n");
}

/** `search app.ts:75` after a frame in app.ts reads `search :75` (paths stay one line). */
function shortenFrames(frames: string[]): string[] {
  let file = "";
  return frames.map((frame) => {
    const m = /^(.*) (\S+):(\d+)$/.exec(frame);
    if (!m) return (file = "", frame);
    const same = m[2] === file;
    file = m[2];
    return same ? `${m[1]} :${m[3]}` : frame;
  });
}

/** Two profiles compared (see the module doc). */
export function formatCpuComparisonText(c: CpuComparison, opts: { top?: number } = {}): string {
  const per = c.perUnit ? ` per ${c.perUnit}` : "";
  const side = (s: CpuComparison["before"]) =>
    `${s.profile}${
      s.workload
        ? ` (${s.workload}${
          s.units !== undefined
            ? `, ${s.units} ${c.perUnit ? `${c.perUnit}${s.units === 1 ? "" : "s"}` : "units"}`
            : ""
        })`
        : ""
    }`;
  const out = [
    `Before: ${side(c.before)}`,
    `After:  ${side(c.after)}`,
    `Busy CPU${per}: ${millis(c.busy.beforeMs)} → ${millis(c.busy.afterMs)}: ` +
    speedupText(c.busy.speedup) + ".",
  ];
  if (c.latency) {
    out.push(
      `Latency (median): ${millis(c.latency.beforeP50Ms)} → ${millis(c.latency.afterP50Ms)}: ` +
        speedupText(c.latency.speedup) + ".",
    );
  }
  if (c.functions.length) {
    out.push("", `Functions by change in total time${per} (before → after):`);
    for (const f of c.functions.slice(0, opts.top ?? 12)) out.push(`  ${changeLine(f)}`);
  }
  for (const n of c.notes) out.push(`Note: ${n}`);
  return out.join("\n");
}

function changeLine(f: FunctionChange): string {
  const at = f.after?.location.display ?? f.before?.location.display ?? "";
  const name = `${f.name}${at ? ` ${at}` : ""}`;
  const before = functionTimeText(f.before);
  const after = functionTimeText(f.after);
  const how = f.change === "gone"
    ? "gone"
    : f.change === "new"
    ? "new"
    : f.speedup !== undefined
    ? speedupText(f.speedup)
    : f.change;
  return `${name}: ${before} → ${after}  ${how}`;
}

/** One side of a function's change: `66 ms (+ 4.40 ms in handle)`, or `—` when absent. */
export function functionTimeText(t: FunctionChange["before"]): string {
  if (!t) return "—";
  const counted = (t.countedIn ?? []).map((c) => ` (+ ${millis(c.ms)} in ${c.caller})`);
  return `${millis(t.totalMs)}${counted.join("")}`;
}

/** `12.4× faster`, `1.3× slower`, `about the same`. */
export function speedupText(speedup: number): string {
  if (!Number.isFinite(speedup)) return "all of it gone";
  if (speedup >= 1.05) return `${speedup >= 10 ? speedup.toFixed(0) : speedup.toFixed(1)}× faster`;
  if (speedup <= 1 / 1.05) return `${(1 / speedup).toFixed(1)}× slower`;
  return "about the same";
}

function where(f: HotFunction): string {
  return f.location.display === "(native)" ? f.name : `${f.name}  ${f.location.display}`;
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`.padStart(6);
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

function millis(ms: number): string {
  return ms >= 1000
    ? `${(ms / 1000).toFixed(2)} s`
    : ms >= 10
    ? `${ms.toFixed(0)} ms`
    : `${ms.toFixed(2)} ms`;
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}
