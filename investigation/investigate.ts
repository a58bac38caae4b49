/**
 * Pattern A end to end on a connected target: warm up, capture a baseline, run the workload,
 * capture "after", run it again, capture "final", compare the three. Objects the first run
 * made that are still alive after the second are what the program keeps; per-cycle figures
 * count one unit of work (a request, a turn of a mix of endpoints, a client) as a cycle. Then,
 * given debugger settings, a few more cycles count how often the suspects' adding and removing
 * lines run (`line_check.ts`). Progress is told per phase, and the caller's signal stops it at
 * any point.
 *
 * @module
 */

import { join } from "node:path";
import { type CompareReport, compareSnapshotFiles, formatBytes } from "../heap/mod.ts";
import {
  captureGrewRss,
  type DebugSettings,
  describeTarget,
  type InspectorSession,
  targetRss,
} from "../inspector/mod.ts";
import {
  type EndpointWork,
  runWorkload,
  sleep,
  type Workload,
  workloadCycle,
  type WorkloadRun,
  workloadUnit,
  workloadUnits,
} from "../workloads/mod.ts";
import { InvestigationError } from "./errors.ts";
import { digestSuspects, type InvestigationRecord } from "./record.ts";
import { checkLines, type LineCheck } from "./line_check.ts";
import { statusList } from "./status_counts.ts";

/**
 * Runs `capture` holding the server's session lock (throwing, as the lock does, when it cannot
 * be had).
 */
export type CaptureLock = <T>(capture: () => Promise<T>) => Promise<T>;

/** What to investigate, and how. */
export interface InvestigateOptions {
  session: InspectorSession;
  workload: Workload;
  /** Workload runs between the baseline and the after snapshot (and again before final). */
  runs: number;
  /** Workload runs before the baseline. */
  warmupRuns: number;
  /** `{i}` of the first templated request. */
  firstIndex: number;
  /** Names the snapshots (`<id>-baseline`, …) and the record. */
  id: string;
  snapshotDir: string;
  withCaptureLock: CaptureLock;
  /** Groups (and at least suspects) the report keeps; default 15. */
  top?: number;
  signal?: AbortSignal;
  /**
   * Count how often the suspects' adding and removing lines run, with logpoints, over a few
   * more cycles (`line_check.ts`); no count without them.
   */
  debug?: DebugSettings;
  /** Phases are whole numbers 1…total; work inside a phase moves between them. */
  onProgress?: (done: number, total: number, message: string) => void;
}

/** What the workload did in one phase (all its runs together). */
export interface PhaseWork {
  units: number;
  succeeded: number;
  failed: number;
  elapsedMs: number;
  statusCounts?: Record<string, number>;
  /** HTTP: the start of the first answer's body for each status other than 2xx. */
  refusals?: Record<string, string>;
  /** HTTP with more than one endpoint: each one's answers, in the order sent. */
  endpoints?: EndpointWork[];
  errors: string[];
  /** Chat: every close handled by the server before the snapshot; absent without `/stats`. */
  settled?: boolean;
  /** Why a run stopped before all its units had their turn (its total time limit). */
  stoppedEarly?: string;
}

/** One snapshot the investigation took. */
export interface TakenSnapshot {
  label: string;
  path: string;
  bytes: number;
  durationMs: number;
}

/** A finished investigation. */
export interface Investigation {
  id: string;
  target: string;
  workload: Workload;
  runs: number;
  warmupRuns: number;
  /** Units of work between the baseline and the after snapshot: the report's cycles. */
  cycles: number;
  /** What one cycle is: `request`, `turn` (of a mix of endpoints), `client`, `wait`. */
  unit: string;
  work: { warmup?: PhaseWork; measured: PhaseWork; again: PhaseWork };
  snapshots: { baseline: TakenSnapshot; after: TakenSnapshot; final: TakenSnapshot };
  /** Things that make the figures less trustworthy: failed requests, no 2xx, unsettled clients. */
  warnings: string[];
  report: CompareReport;
  /** The count of the suspects' lines, when it ran (their statements carry `ran`). */
  lineCheck?: LineCheck;
  /** `{i}` after the last request, for the next workload to continue from. */
  nextIndex: number;
  elapsedMs: number;
}

/** Phases, in order. */
const PHASES = [
  "warm-up",
  "baseline snapshot",
  "workload",
  "after snapshot",
  "workload again",
  "final snapshot",
  "compare",
  "line check",
] as const;

/** Runs the investigation (see the module doc). */
export async function investigateLeak(o: InvestigateOptions): Promise<Investigation> {
  const started = performance.now();
  const total = PHASES.length;
  const unit = workloadUnit(o.workload);
  let index = o.firstIndex;
  const warnings: string[] = [];
  const tell = (phase: number, message: string) =>
    o.onProgress?.(phase, total, `${phase}/${total} ${PHASES[phase - 1]}: ${message}`);

  const work = async (phase: number, runs: number): Promise<PhaseWork> => {
    const done: WorkloadRun[] = [];
    const perRun = workloadUnits(o.workload);
    for (let r = 0; r < runs; r++) {
      o.signal?.throwIfAborted();
      const run = await runWorkload(o.workload, {
        firstIndex: index,
        signal: o.signal,
        onProgress: (d, t) => {
          const units = r * perRun + d;
          o.onProgress?.(
            phase - 1 + within(units / (runs * Math.max(t, 1))),
            total,
            `${phase}/${total} ${PHASES[phase - 1]}: ${units}/${runs * perRun} ${unit.many}`,
          );
        },
      });
      index = run.nextIndex;
      done.push(run);
    }
    const p = sumRuns(done);
    checkWork(o.workload, PHASES[phase - 1], p, warnings);
    tell(phase, `${p.succeeded}/${p.units} ${unit.many} in ${(p.elapsedMs / 1000).toFixed(1)} s`);
    return p;
  };

  const snap = async (phase: number, name: string): Promise<TakenSnapshot> => {
    const label = `${o.id}-${name}`;
    const path = join(o.snapshotDir, `${label}.heapsnapshot`);
    const r = await o.withCaptureLock(async () => {
      // A connect between two phases would have closed the session this investigation uses.
      if (o.session.closed) {
        throw new InvestigationError(
          "session_changed",
          `The session with ${describeTarget(o.session.info)} ended during the investigation ` +
            `(${o.session.closeReason}).`,
          "Start the investigation again once the target runs (and nothing else connects).",
        );
      }
      const rssBefore = await targetRss(o.session);
      const r = await o.session.captureSnapshot(path, {
        label,
        signal: o.signal,
        onProgress: (d, t) =>
          o.onProgress?.(
            phase - 1 + within(d / Math.max(t, 1)),
            total,
            `${phase}/${total} ${label}`,
          ),
      });
      const rssAfter = await targetRss(o.session);
      if (
        "value" in rssBefore && "value" in rssAfter &&
        captureGrewRss(rssBefore.value, rssAfter.value)
      ) {
        warnings.push(
          `capturing ${name} grew the target's RSS ${formatBytes(rssBefore.value)} → ` +
            `${formatBytes(rssAfter.value)} (V8 builds snapshots inside the target; not a leak, ` +
            "but mind a memory limit)",
        );
      }
      return r;
    });
    tell(phase, `${label} ${formatBytes(r.bytes)} in ${(r.durationMs / 1000).toFixed(1)} s`);
    return { label, path: r.path, bytes: r.bytes, durationMs: r.durationMs };
  };

  const warmup = o.warmupRuns > 0 ? await work(1, o.warmupRuns) : undefined;
  if (!warmup) tell(1, "skipped");
  else await settle(o.signal);
  const baseline = await snap(2, "baseline");
  const measured = await work(3, o.runs);
  await settle(o.signal);
  const after = await snap(4, "after");
  const again = await work(5, o.runs);
  await settle(o.signal);
  const final = await snap(6, "final");
  const cycle = workloadCycle(o.workload);
  const cycles = o.runs * cycle.perRun;
  const report = await compareSnapshotFiles({
    before: baseline.path,
    after: after.path,
    final: final.path,
    cycles,
    top: o.top,
    signal: o.signal,
    onProgress: (m) =>
      o.onProgress?.(total - 2 + 0.5, total, `${total - 1}/${total} compare: ${m}`),
  });
  tell(total - 1, `${report.suspects.length} suspects`);
  const lineCheck = o.debug
    ? await checkLines({
      session: o.session,
      settings: o.debug,
      workload: o.workload,
      firstIndex: index,
      report,
      signal: o.signal,
    })
    : undefined;
  if (lineCheck) index = lineCheck.nextIndex;
  tell(total, lineCheck ? `${lineCheck.lines} lines over ${lineCheck.cycles} cycles` : "skipped");
  return {
    id: o.id,
    target: describeTarget(o.session.info),
    workload: o.workload,
    runs: o.runs,
    warmupRuns: o.warmupRuns,
    cycles,
    unit: cycle.unit,
    work: { ...(warmup ? { warmup } : {}), measured, again },
    snapshots: { baseline, after, final },
    warnings: mergePhaseWarnings(warnings),
    report,
    ...(lineCheck ? { lineCheck } : {}),
    nextIndex: index,
    elapsedMs: Math.round(performance.now() - started),
  };
}

/**
 * Wait after a workload before its capture ({@link SETTLE_MS}), or until aborted: work the load
 * queued on a timer (a worker's poll, a batch's flush, a debounce) is done, as a user lets a
 * service settle, and is counted where it ends up, not in the queue it waited in.
 */
function settle(signal: AbortSignal | undefined): Promise<void> {
  return sleep(SETTLE_MS, signal);
}

/** How long a target settles after a workload (ms): a few ticks of the usual short timers. */
const SETTLE_MS = 300;

/**
 * Warnings that several phases gave alike (counts aside) as one, naming the phases, with the
 * last phase's figures: `warm-up, workload, workload again: …`.
 */
export function mergePhaseWarnings(warnings: string[]): string[] {
  const byText = new Map<string, { phases: string[]; text: string }>();
  for (const w of warnings) {
    const phase = PHASES.find((p) => w.startsWith(`${p}: `));
    if (!phase) {
      byText.set(w, { phases: [], text: w });
      continue;
    }
    const text = w.slice(phase.length + 2);
    const key = text.replace(/\d[\d,.]*/g, "#");
    const known = byText.get(key);
    if (known) {
      if (!known.phases.includes(phase)) known.phases.push(phase);
      known.text = text;
    } else byText.set(key, { phases: [phase], text });
  }
  return [...byText.values()].map(({ phases, text }) =>
    phases.length ? `${phases.join(", ")}: ${text}` : text
  );
}

/** The record a later verification reads. */
export function recordOf(inv: Investigation): InvestigationRecord {
  return {
    id: inv.id,
    finishedAt: new Date().toISOString(),
    target: inv.target,
    workload: inv.workload,
    cycles: inv.cycles,
    suspects: digestSuspects(inv.report),
    leakBytesPerCycle: inv.report.totals.leakBytesPerCycle,
  };
}

/** A fraction of a phase, kept below 1: the whole number is the phase's own "done" message. */
export function within(fraction: number): number {
  return Math.min(0.99, Math.max(0, fraction));
}

/** The runs of one phase added up. */
export function sumRuns(runs: WorkloadRun[]): PhaseWork {
  const p: PhaseWork = { units: 0, succeeded: 0, failed: 0, elapsedMs: 0, errors: [] };
  for (const r of runs) {
    p.units += r.units;
    p.succeeded += r.succeeded;
    p.failed += r.failed;
    p.elapsedMs += r.elapsedMs;
    for (const e of r.errors) if (p.errors.length < 5 && !p.errors.includes(e)) p.errors.push(e);
    if (r.statusCounts) {
      p.statusCounts ??= {};
      for (const [k, n] of Object.entries(r.statusCounts)) {
        p.statusCounts[k] = (p.statusCounts[k] ?? 0) + n;
      }
    }
    for (const [status, body] of Object.entries(r.refusals ?? {})) {
      p.refusals ??= {};
      p.refusals[status] ??= body;
    }
    r.endpoints?.forEach((e, k) => {
      p.endpoints ??= [];
      const { refusals: _first, ...endpoint } = e;
      const sum: EndpointWork = p.endpoints[k] ??= { ...endpoint, statusCounts: {}, failed: 0 };
      sum.failed += e.failed;
      for (const [status, body] of Object.entries(e.refusals ?? {})) {
        sum.refusals ??= {};
        sum.refusals[status] ??= body;
      }
      for (const [s, n] of Object.entries(e.statusCounts)) {
        sum.statusCounts[s] = (sum.statusCounts[s] ?? 0) + n;
      }
    });
    if (r.settled !== undefined) p.settled = (p.settled ?? true) && r.settled;
    p.stoppedEarly ??= r.stoppedEarly;
  }
  return p;
}

/** `; first 400 said: {"error":"…"}` for the first status that has a body kept. */
function refusal(p: { refusals?: Record<string, string> }): string {
  const found = Object.entries(p.refusals ?? {}).find(([, body]) => body);
  return found ? `; the first ${found[0]} said: ${found[1]}` : "";
}

/**
 * Stops when nothing got through (the figures would measure an idle program); otherwise adds
 * a warning for what weakens them.
 */
export function checkWork(
  w: Workload,
  phase: string,
  p: PhaseWork,
  warnings: string[],
): void {
  if (w.kind === "wait") return;
  const many = workloadUnit(w).many;
  if (p.succeeded === 0) {
    throw new InvestigationError(
      "workload_unanswered",
      `${phase}: none of ${p.units} ${many} to ${w.url} got through` +
        (p.errors[0] ? ` (first error: ${p.errors[0]}).` : "."),
      w.kind === "http"
        ? "Check that the program is running and listening on that host and port."
        : "Check that the chat server is running and the URL (host, port, /ws path) is right.",
    );
  }
  if (p.failed > 0) {
    warnings.push(`${phase}: ${p.failed} of ${p.units} ${many} failed (${p.errors[0] ?? "?"})`);
  }
  if (p.statusCounts && !Object.keys(p.statusCounts).some((s) => s.startsWith("2"))) {
    const statuses = statusList(p.statusCounts);
    warnings.push(
      `${phase}: no request got a 2xx answer (${statuses}${refusal(p)}); check the URL and ` +
        "method, the leaking code may not have run" +
        // 429: a limit keyed by something every request shared (a client id, an API key).
        ("429" in p.statusCounts
          ? "; 429 is a rate limit: vary what it is keyed by with {i} or {uuid} in the URL, " +
            "body or a header"
          : ""),
    );
  }
  // In a mix, an endpoint that got no 2xx while others did: the code behind it may not run.
  const anyOk = (counts: Record<string, number>) =>
    Object.keys(counts).some((s) => s.startsWith("2"));
  if (p.statusCounts && anyOk(p.statusCounts)) {
    for (const e of p.endpoints ?? []) {
      const answered = Object.values(e.statusCounts).reduce((a, b) => a + b, 0);
      if (answered === 0 || anyOk(e.statusCounts)) continue;
      const statuses = statusList(e.statusCounts);
      warnings.push(
        `${phase}: ${e.method} ${e.url} got no 2xx answer (${statuses}${
          refusal(e)
        }): if it was not meant to fail, its code may not have run (check its URL, method ` +
          "and body), and what the other requests made for it to finish stays behind: a " +
          "suspect holding that is the workload's doing until it succeeds; if it was meant to " +
          "fail, its error path ran, a common place for a leak",
      );
    }
  }
  if (p.stoppedEarly) warnings.push(`${phase}: stopped early: ${p.stoppedEarly}`);
  if (p.settled === false) {
    warnings.push(`${phase}: the chat server still had clients connected at the snapshot`);
  }
}
