/**
 * The demo's findings as plain data, and the pure step that turns two engine comparisons
 * (leaky run, fixed run) into the root-cause table the terminal, the report and the chart show.
 *
 * @module
 */

import type { CompareReport, LeakSuspect } from "../heap/report.ts";

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
  /** The engine's comparison (baseline → after, with the final snapshot when taken). */
  compare: CompareReport;
  /** `/stats` before the load and after it, as `get_stats` returned them. */
  statsBefore?: Record<string, unknown>;
  statsAfter?: Record<string, unknown>;
}

/** One root cause, measured on the leaky server and looked up again on the fixed one. */
export interface RootCause {
  /** 1 = the largest retained growth. */
  rank: number;
  /** Variable/property path as the engine named it: `messageHistory`, `connectionStats.connectionDurations`. */
  path: string;
  /** `Array`, `Map`, `Timeout`, … */
  holder: string;
  /** The engine's one-sentence reason. */
  reason: string;
  /** Original source position, `scenario-6/app.ts:57`, when the engine attributed one. */
  location?: string;
  /** The source line at `location`, as `read_source` returned it (trimmed). */
  sourceLine?: string;
  /** A few numbered lines around `location`, as `read_source` returned them. */
  sourceExcerpt?: string;
  entriesBefore: number;
  entriesAfter: number;
  retainedBefore: number;
  retainedAfter: number;
  /** Retained growth divided by the connections of the leaky run, bytes. */
  bytesPerConnection: number;
  /** Entries added per connection. */
  entriesPerConnection: number;
  /** Retained growth scaled to 100 connections, leaky run. */
  leakyPer100: number;
  /** The same for the fixed run; `null` when the engine did not report this path growing there. */
  fixedPer100: number | null;
  /** Entries before → after on the fixed run, when it was reported there. */
  fixedEntries?: { before: number; after: number };
  /** The retainer path as the engine rendered it. */
  retainerPath: string;
}

/** Everything the demo found: the input of the terminal summary, the report and the chart. */
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
  notes: string[];
}

/** Total heap growth of a run scaled to 100 connections (bytes). */
export function heapGrowthPer100(run: RunSummary): number {
  return perHundred(run.compare.totals.sizeDelta, run.connections);
}

/**
 * Objects allocated during the load and still alive in the final snapshot, scaled to 100
 * connections — memlab's notion of "leaked" — when the run had a final snapshot.
 */
export function leakedPer100(run: RunSummary): number | undefined {
  const leaked = run.compare.totals.leakedSize;
  return leaked === undefined ? undefined : perHundred(leaked, run.connections);
}

/**
 * The root causes: the leaky run's suspects in the engine's order (largest retained growth
 * first), each matched by variable path to the fixed run's suspects.
 */
export function buildRootCauses(
  leaky: RunSummary,
  fixed: RunSummary,
  max = 5,
): RootCause[] {
  const fixedByKey = new Map<string, LeakSuspect>();
  for (const s of fixed.compare.suspects) {
    if (!fixedByKey.has(suspectKey(s))) fixedByKey.set(suspectKey(s), s);
  }
  return leaky.compare.suspects.slice(0, max).map((s, i) => {
    const growth = s.retainedAfter - s.retainedBefore;
    const twin = fixedByKey.get(suspectKey(s));
    return {
      rank: i + 1,
      path: s.path,
      holder: s.holder,
      reason: s.reason,
      location: s.location?.display,
      entriesBefore: s.entriesBefore,
      entriesAfter: s.entriesAfter,
      retainedBefore: s.retainedBefore,
      retainedAfter: s.retainedAfter,
      bytesPerConnection: growth / Math.max(1, leaky.connections),
      entriesPerConnection: (s.entriesAfter - s.entriesBefore) / Math.max(1, leaky.connections),
      leakyPer100: perHundred(growth, leaky.connections),
      fixedPer100: twin
        ? perHundred(twin.retainedAfter - twin.retainedBefore, fixed.connections)
        : null,
      fixedEntries: twin ? { before: twin.entriesBefore, after: twin.entriesAfter } : undefined,
      retainerPath: s.retainerPath,
    };
  });
}

/** Suspects match across runs by what holds them, not by node id (ids differ per process). */
function suspectKey(s: LeakSuspect): string {
  return `${s.path}\u0000${s.holder}`;
}

function perHundred(bytes: number, connections: number): number {
  return (bytes / Math.max(1, connections)) * 100;
}
