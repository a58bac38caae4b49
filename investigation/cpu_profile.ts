/**
 * Pattern B on a connected target: warm up, start V8's CPU profiler, run the workload once,
 * stop, analyse; then write the profile (`<id>.cpuprofile`, opens in Chrome DevTools), its
 * sidecar (`<id>.cpu.json`: scripts, source maps, what the workload did — for a later
 * comparison) and the flame graph (`<id>.flame.svg`) into the snapshot directory, each to a
 * temp name first and renamed when whole. Cancelling stops the profiler; nothing is written.
 *
 * @module
 */

import { join } from "node:path";
import {
  analyzeCpuProfile,
  type CpuProfile,
  type CpuReport,
  type CpuSidecar,
  cpuSidecarPathFor,
  renderFlameGraph,
} from "../cpu/mod.ts";
import type { SidecarScript } from "../heap/mod.ts";
import { describeTarget, type InspectorSession } from "../inspector/mod.ts";
import { describeWorkload, runWorkload, type Workload, workloadUnit } from "../workloads/mod.ts";
import { InvestigationError } from "./errors.ts";
import { checkWork, type PhaseWork, sumRuns, within } from "./investigate.ts";

/** What to profile, and how. */
export interface ProfileCpuOptions {
  session: InspectorSession;
  workload: Workload;
  /** Microseconds between samples. */
  samplingIntervalUs: number;
  /** Runs of the workload before the profiler starts (JIT, caches); none for a wait. */
  warmupRuns: number;
  /** `{i}` of the first templated request. */
  firstIndex: number;
  /** Names the files (`<id>.cpuprofile`, …). */
  id: string;
  snapshotDir: string;
  signal?: AbortSignal;
  /** Phases are whole numbers 1…3; work inside a phase moves between them. */
  onProgress?: (done: number, total: number, message: string) => void;
}

/** The files a profile leaves. */
export interface ProfileFilesWritten {
  profile: string;
  sidecar: string;
  flameGraph: string;
}

/** What the workload did while profiled, with its latency when it is HTTP. */
export interface ProfiledPhase extends PhaseWork {
  latencyMs?: { p50: number; p95: number; max: number };
}

/** A finished profile. */
export interface CpuProfileRun {
  id: string;
  target: string;
  workload: Workload;
  warmup?: PhaseWork;
  work: ProfiledPhase;
  /** What one unit of the workload is: `request`, `client`, `wait`. */
  unit: string;
  report: CpuReport;
  files: ProfileFilesWritten;
  samplingIntervalUs: number;
  warnings: string[];
  /** `{i}` after the last request, for the next workload to continue from. */
  nextIndex: number;
  elapsedMs: number;
}

const PHASES = ["warm-up", "profiling", "analysis"] as const;

/** How long stopping the profiler may take once the run was cancelled or failed. */
const STOP_AFTER_FAILURE_MS = 3000;

/** Profiles the workload (see the module doc). */
export async function profileCpu(o: ProfileCpuOptions): Promise<CpuProfileRun> {
  const started = performance.now();
  const total = PHASES.length;
  const unit = workloadUnit(o.workload);
  const warnings: string[] = [];
  let index = o.firstIndex;
  const tell = (phase: number, message: string) =>
    o.onProgress?.(phase, total, `${phase}/${total} ${PHASES[phase - 1]}: ${message}`);
  const run = async (phase: number, runs: number): Promise<ProfiledPhase> => {
    const done = [];
    for (let r = 0; r < runs; r++) {
      o.signal?.throwIfAborted();
      const one = await runWorkload(o.workload, {
        firstIndex: index,
        signal: o.signal,
        onProgress: (d, t) =>
          o.onProgress?.(
            phase - 1 + within((r * t + d) / (runs * Math.max(t, 1))),
            total,
            `${phase}/${total} ${PHASES[phase - 1]}: ${r * t + d}/${runs * t} ${unit.many}`,
          ),
      });
      index = one.nextIndex;
      done.push(one);
    }
    const work: ProfiledPhase = sumRuns(done);
    if (done.length === 1 && done[0].latencyMs) work.latencyMs = done[0].latencyMs;
    checkWork(o.workload, PHASES[phase - 1], work, warnings);
    return work;
  };

  const warmupRuns = o.workload.kind === "wait" ? 0 : o.warmupRuns;
  const warmup = warmupRuns > 0 ? await run(1, warmupRuns) : undefined;
  tell(1, warmup ? `${warmup.succeeded}/${warmup.units} ${unit.many}` : "skipped");

  ensureOpen(o.session);
  await o.session.startCpuProfiling(o.samplingIntervalUs, o.signal);
  let profile: CpuProfile;
  let work: ProfiledPhase;
  try {
    work = await run(2, 1);
    ensureOpen(o.session);
    ({ profile } = await o.session.stopCpuProfiling(o.signal));
  } catch (e) {
    // Leave no profiler running in the target; a stopped target gets a short wait only.
    await o.session.stopCpuProfiling(AbortSignal.timeout(STOP_AFTER_FAILURE_MS)).catch(() => {});
    throw e;
  }
  tell(
    2,
    `${work.succeeded}/${work.units} ${unit.many} in ${(work.elapsedMs / 1000).toFixed(1)} s`,
  );

  const target = describeTarget(o.session.info);
  const scripts = scriptsOf(profile, o.session.scripts);
  const report = await analyzeCpuProfile(profile, { scripts });
  const flameGraph = renderFlameGraph(profile, {
    scripts,
    title: `CPU flame graph: ${target}, ${describeWorkload(o.workload)}`,
  });
  const sidecar: CpuSidecar = {
    version: 1,
    kind: "cpuprofile",
    target,
    capturedAt: new Date().toISOString(),
    samplingIntervalUs: o.samplingIntervalUs,
    workload: {
      description: describeWorkload(o.workload),
      unit: unit.one,
      units: work.units,
      succeeded: work.succeeded,
      failed: work.failed,
      elapsedMs: work.elapsedMs,
      ...(work.latencyMs ? { latencyMs: work.latencyMs } : {}),
    },
    scripts,
  };
  const files = await writeProfileFiles(o.snapshotDir, o.id, profile, sidecar, flameGraph);
  tell(3, `${report.bySelf.length} hot functions; wrote ${o.id}.cpuprofile`);
  return {
    id: o.id,
    target,
    workload: o.workload,
    ...(warmup ? { warmup } : {}),
    work,
    unit: unit.one,
    report,
    files,
    samplingIntervalUs: o.samplingIntervalUs,
    warnings,
    nextIndex: index,
    elapsedMs: Math.round(performance.now() - started),
  };
}

function ensureOpen(session: InspectorSession): void {
  if (!session.closed) return;
  throw new InvestigationError(
    "session_changed",
    `The session with ${describeTarget(session.info)} ended during the profile ` +
      `(${session.closeReason}).`,
    "Profile again once the target runs (and nothing else connects).",
  );
}

/** The scripts the profile's functions live in (not every script the target loaded). */
function scriptsOf(profile: CpuProfile, scripts: SidecarScript[]): SidecarScript[] {
  const used = new Set(profile.nodes.map((n) => String(n.callFrame.scriptId)));
  return scripts.filter((s) => used.has(s.scriptId));
}

/** The file that reserves a profile's id until its profile is in place. */
const RESERVED = ".cpuprofile.part";

/**
 * A fresh id, `cpu-20260102-153000` (a suffix when that second is taken in `dir`), reserved by
 * creating `<id>.cpuprofile.part` atomically: two servers sharing a snapshot directory never
 * get the same id, so never write each other's profiles. {@link releaseProfileId} removes the
 * reservation once the profile is written, or when the run fails.
 */
export async function newProfileId(dir: string, now = new Date()): Promise<string> {
  await Deno.mkdir(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  for (let n = 0;; n++) {
    const id = `cpu-${stamp}${n ? `-${n}` : ""}`;
    const taken = await Deno.stat(join(dir, `${id}.cpuprofile`)).then(() => true, () => false);
    if (taken) continue;
    try {
      (await Deno.open(join(dir, id + RESERVED), { write: true, createNew: true })).close();
      return id;
    } catch (e) {
      if (!(e instanceof Deno.errors.AlreadyExists)) throw e;
    }
  }
}

/** Gives up the id's reservation (its profile, if written, keeps the id taken). */
export async function releaseProfileId(dir: string, id: string): Promise<void> {
  try {
    await Deno.remove(join(dir, id + RESERVED));
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
}

/**
 * Writes the flame graph, the sidecar, then the profile, each to a temp name renamed when
 * whole: a profile is in place only with its sidecar beside it. On failure nothing is left.
 */
async function writeProfileFiles(
  dir: string,
  id: string,
  profile: CpuProfile,
  sidecar: CpuSidecar,
  flameGraph: string,
): Promise<ProfileFilesWritten> {
  await Deno.mkdir(dir, { recursive: true });
  const files: ProfileFilesWritten = {
    profile: join(dir, `${id}.cpuprofile`),
    sidecar: cpuSidecarPathFor(join(dir, `${id}.cpuprofile`)),
    flameGraph: join(dir, `${id}.flame.svg`),
  };
  const placed: string[] = [];
  try {
    for (
      const [path, text] of [
        [files.flameGraph, flameGraph],
        [files.sidecar, JSON.stringify(sidecar)],
        [files.profile, JSON.stringify(profile)],
      ] as const
    ) {
      await writeWhole(path, text);
      placed.push(path);
    }
  } catch (e) {
    for (const path of placed) await Deno.remove(path).catch(() => {});
    throw e;
  }
  return files;
}

/** `text` into `path` through a temp file in the same directory, renamed when written. */
async function writeWhole(path: string, text: string): Promise<void> {
  const tmp = `${path}.tmp-${crypto.randomUUID().slice(0, 8)}`;
  try {
    await Deno.writeTextFile(tmp, text, { createNew: true });
    await Deno.rename(tmp, path);
  } catch (e) {
    await Deno.remove(tmp).catch(() => {});
    throw e;
  }
}
