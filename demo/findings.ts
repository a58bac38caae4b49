/**
 * The demo's findings as plain data: what the tools returned on each server, and the root
 * causes — `compare_snapshots`' suspects in its own order, each with its bytes scaled to 100
 * connections beside the fixed run's suspect of the same path. The demo adds no analysis: which
 * suspects there are, their order, their figures, what lies inside what and the fixes are the
 * engine's.
 *
 * @module
 */

import type { AllocationReport, CompareReport, LeakSuspect } from "../heap/mod.ts";
import type { InvestigateLeakResult } from "../tools/mod.ts";

/** One captured snapshot, as `capture_snapshot` reported it. */
export interface SnapshotInfo {
  label: string;
  path: string;
  bytes: number;
  durationMs: number;
}

/** Everything measured on one server (leaky or fixed). */
export interface RunSummary {
  /** Script path relative to the project, e.g. `scenario-6/app.ts`. */
  app: string;
  /** Connect/send/disconnect cycles between the baseline and the after snapshot. */
  connections: number;
  /** Clients that connected / failed, messages sent (from `simulate_connections`). */
  simulated: { connected: number; failed: number; messagesSent: number };
  snapshots: SnapshotInfo[];
  /** `compare_snapshots`' report (baseline → after, with the final snapshot). */
  compare: CompareReport;
  /** `/stats` before the load and after it, as `get_stats` returned them. */
  statsBefore?: Record<string, unknown>;
  statsAfter?: Record<string, unknown>;
  /** `stop_allocation_sampling` after the load: the functions that made what survived it. */
  allocations?: AllocationReport;
  /** `investigate_leak`'s verification of the leaky run's causes (the fixed run, one-call mode). */
  verification?: InvestigateLeakResult["verification"];
}

/** One root cause: a suspect of the leaky run, and the same path on the fixed run. */
export interface RootCause {
  /** The leaky run's suspect, as `compare_snapshots` returned it. */
  suspect: LeakSuspect;
  /** Its `bytes` (the new objects it keeps) scaled to 100 connections. */
  leakyPer100: number;
  /** The fixed run's suspect with the same path, scaled the same; `null`: no such suspect (not growing). */
  fixedPer100: number | null;
  /** Numbered lines around its statement, as `read_source` returned them. */
  sourceExcerpt?: string;
}

/** Everything the demo found: the input of the terminal summary, the report and the charts. */
export interface DemoFindings {
  /** ISO time the demo finished. */
  generatedAt: string;
  /** Whole demo wall time, ms. */
  elapsedMs: number;
  /** Target runtime as `connect_inspector` reported it, e.g. `Deno 2.9.6`. */
  runtime?: string;
  leaky: RunSummary;
  fixed: RunSummary;
  causes: RootCause[];
  /** `find_retainers` on the top suspect: what was asked and the tool's text answer. */
  retainers?: { snapshot: string; target: string; text: string };
  /** Each step with its wall time, in order. */
  steps: { name: string; ms: number }[];
}

/**
 * The root causes: the leaky run's first `top` suspects that lie inside no other, each followed
 * by the suspects inside it (the engine lists those right after their parent), in the engine's
 * order; each looked up on the fixed run by path.
 */
export function rootCauses(leaky: RunSummary, fixed: RunSummary, top = 5): RootCause[] {
  const fixedByPath = new Map<string, LeakSuspect>();
  for (const s of fixed.compare.suspects) if (!fixedByPath.has(s.path)) fixedByPath.set(s.path, s);
  const shown = new Set<number>();
  let outer = 0;
  const causes: RootCause[] = [];
  for (const s of leaky.compare.suspects) {
    const show = s.insideOf === undefined ? outer++ < top : shown.has(s.insideOf);
    if (!show) continue;
    shown.add(s.rank);
    const twin = fixedByPath.get(s.path);
    causes.push({
      suspect: s,
      leakyPer100: perHundred(s.bytes, leaky.connections),
      fixedPer100: twin ? perHundred(twin.bytes, fixed.connections) : null,
    });
  }
  return causes;
}

/** Where a cause is made: its quoted statement's line, else the engine's best place to look. */
export function causeLocation(s: LeakSuspect): string | undefined {
  return s.statement?.location.display ?? s.location?.display;
}

/** The new objects the suspects keep (`totals.leakBytes`), scaled to 100 connections. */
export function leakPer100(run: RunSummary): number {
  // Optional in the engine's type for report JSON from before the field; the tool always sets it.
  return perHundred(run.compare.totals.leakBytes ?? 0, run.connections);
}

/**
 * Heap growth of a run scaled to 100 connections, JIT-compiled code left out: V8 compiles the
 * handlers as they get hot, and that code is bounded by the program's source, not a leak.
 */
export function heapGrowthPer100(run: RunSummary): number {
  return perHundred(run.compare.totals.sizeDeltaExcludingCode, run.connections);
}

/** Growth of JIT-compiled code during a run, scaled to 100 connections (bytes). */
export function codeGrowthPer100(run: RunSummary): number {
  return perHundred(run.compare.totals.codeSizeDelta, run.connections);
}

function perHundred(bytes: number, connections: number): number {
  return (bytes / Math.max(1, connections)) * 100;
}
