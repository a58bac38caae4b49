/**
 * The demo's findings as plain data, and the pure step that turns two engine comparisons
 * (leaky run, fixed run) into the root-cause table the terminal, the report and the chart show.
 *
 * @module
 */

import {
  type AllocationReport,
  type CompareReport,
  type LeakSuspect,
  sharesMore,
} from "../heap/mod.ts";

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
  /** `stop_allocation_sampling` after the load: the functions that made what survived it. */
  allocations?: AllocationReport;
}

/** One root cause, measured on the leaky server and looked up again on the fixed one. */
export interface RootCause {
  /** 1 = the engine's first suspect (largest growth of what clearing it frees). */
  rank: number;
  /** Variable/property path as the engine named it: `messageHistory`, `connectionStats.connectionDurations`. */
  path: string;
  /** `Array`, `Map`, `Timeout`, … */
  holder: string;
  /** The engine's one-sentence reason. */
  reason: string;
  /**
   * The program line that makes it grow, `scenario-6/app.ts:101` (the engine's growth site, or
   * for a timer its callback), when the engine attributed one.
   */
  location?: string;
  /** Where the variable is declared, when the engine found it. */
  declaredAt?: string;
  /** Other suspects that grow from the same line (e.g. what a leaked timer keeps alive). */
  related: string[];
  /** The source line at `location`, as `read_source` returned it (trimmed). */
  sourceLine?: string;
  /** A few numbered lines around `location`, as `read_source` returned them. */
  sourceExcerpt?: string;
  entriesBefore: number;
  entriesAfter: number;
  /** Dominator-retained size of the holder (what it alone keeps alive), before → after. */
  retainedBefore: number;
  retainedAfter: number;
  /**
   * What clearing this holder would free (for a pool of timers: every Timeout and its callback,
   * with what they keep alive together), before → after, when the engine measured it.
   */
  freedBefore?: number;
  freedAfter?: number;
  /**
   * Which figure the cost fields (`bytesPerConnection`, `leakyPer100`) use: `freed` when the
   * engine measured it, else `retained`.
   */
  costMeasure: CostMeasure;
  /**
   * Arrays: bytes of the backing store before → after. For an array of small integers this is
   * the only growth a snapshot shows (its elements are not heap objects, so not counted).
   */
  storeBytes?: { before: number; after: number };
  /**
   * The app's own `/stats` counter named after the variable (`messageHistory` →
   * `messageHistorySize`), before → after on the leaky run, when there is one.
   */
  statsCounter?: { name: string; before: number; after: number };
  /** Growth of the cost figure (`costMeasure`) divided by the connections of the leaky run, bytes. */
  bytesPerConnection: number;
  /** Entries added per connection. */
  entriesPerConnection: number;
  /** Growth of the cost figure (`costMeasure`) scaled to 100 connections, leaky run. */
  leakyPer100: number;
  /**
   * The same for the fixed run (freed when measured there, else retained); `null` when the
   * engine did not report this path growing there.
   */
  fixedPer100: number | null;
  /** Entries before → after on the fixed run, when it was reported there. */
  fixedEntries?: { before: number; after: number };
  /** The retainer path as the engine rendered it. */
  retainerPath: string;
}

/**
 * What a root cause's cost is measured by: `freed` = what clearing it frees (the engine's
 * `freed*`), `retained` = its dominator-retained size (when `freed*` was not measured).
 */
export type CostMeasure = "freed" | "retained";

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

/**
 * Heap growth of a run scaled to 100 connections (bytes), JIT-compiled code left out: V8
 * compiles and tiers up the handlers as they get hot during the load, and that code is bounded by
 * the program's source, not a leak (it would otherwise dominate a fixed server's figure).
 */
export function heapGrowthPer100(run: RunSummary): number {
  const t = run.compare.totals;
  // A compare result from before the engine split code out has no such field: count it all.
  return perHundred(t.sizeDeltaExcludingCode ?? t.sizeDelta, run.connections);
}

/** Growth of the program's own (`user`) objects during a run, scaled to 100 connections (bytes). */
export function userGrowthPer100(run: RunSummary): number {
  return perHundred(run.compare.totals.userSizeDelta, run.connections);
}

/** Growth of JIT-compiled code during a run, scaled to 100 connections (bytes). */
export function codeGrowthPer100(run: RunSummary): number {
  return perHundred(run.compare.totals.codeSizeDelta ?? 0, run.connections);
}

/**
 * A suspect's cost before → after: what clearing it frees when the engine measured that in both
 * snapshots, else its retained size.
 */
export function suspectCost(
  s: LeakSuspect,
): { measure: CostMeasure; before: number; after: number } {
  // The engine measures what each suspect accumulated since the baseline (never overlapping).
  return { measure: "retained", before: 0, after: s.bytes };
}

/**
 * The root causes. A root cause is a line of the program, so the leaky run's suspects (ranked by
 * the engine, largest growth of what clearing them frees first) are grouped by the line that makes them grow — the
 * engine's first growth site (`messageHistory.push(…)`), else its location (a timer's callback) —
 * and each group is shown by one representative: a suspect with a growth site, else the timer
 * itself, else the highest ranked. Everything else the same line keeps alive (a timer's
 * connection, socket, …) is listed as `related`. Each cause is then looked up on the fixed run
 * by variable path.
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
  const groups = new Map<string, LeakSuspect[]>();
  const seenNodes = new Set<number>();
  for (const s of leaky.compare.suspects) {
    if (seenNodes.has(s.nodeId)) continue; // the same holder reached by a second path
    seenNodes.add(s.nodeId);
    const site = causeSite(s);
    groups.set(site, [...(groups.get(site) ?? []), s]);
  }
  return [...groups.values()].slice(0, max).map((members, i) => {
    const s = members.find((m) => m.growthSites?.length) ??
      members.find((m) => m.holder === "Timeout") ?? members[0];
    const cost = suspectCost(s);
    const growth = cost.after - cost.before;
    const twin = [s, ...members].map((m) => fixedByKey.get(suspectKey(m))).find(Boolean);
    return {
      rank: i + 1,
      path: s.path,
      holder: s.holder,
      reason: s.reason,
      location: s.statement?.location.display ?? s.location?.display,
      declaredAt: s.declaredAt?.display,
      related: members.filter((m) => m !== s).map((m) => m.path),
      entriesBefore: s.entriesBefore,
      entriesAfter: s.entriesAfter,
      retainedBefore: 0,
      retainedAfter: s.bytes,
      costMeasure: cost.measure,
      storeBytes: s.storeBytesBefore !== undefined && s.storeBytesAfter !== undefined
        ? { before: s.storeBytesBefore, after: s.storeBytesAfter }
        : undefined,
      statsCounter: counterFor(s.path, leaky.statsBefore, leaky.statsAfter),
      bytesPerConnection: growth / Math.max(1, leaky.connections),
      entriesPerConnection: (s.entriesAfter - s.entriesBefore) / Math.max(1, leaky.connections),
      leakyPer100: perHundred(growth, leaky.connections),
      fixedPer100: twin ? perHundred(costGrowth(twin), fixed.connections) : null,
      fixedEntries: twin ? { before: twin.entriesBefore, after: twin.entriesAfter } : undefined,
      retainerPath: s.retainerPath,
    };
  });
}

/**
 * A numeric `/stats` counter whose name starts with the path's last variable name
 * (`connectionStats.connectionDurations` → `connectionDurationsTracked`).
 */
export function counterFor(
  path: string,
  before?: Record<string, unknown>,
  after?: Record<string, unknown>,
): RootCause["statsCounter"] {
  const variable = path.split(".").pop() ?? path;
  if (!before || !after || !/^\w+$/.test(variable)) return undefined;
  for (const [name, value] of Object.entries(after)) {
    const was = before[name];
    if (name.startsWith(variable) && typeof value === "number" && typeof was === "number") {
      return { name, before: was, after: value };
    }
  }
  return undefined;
}

function costGrowth(s: LeakSuspect): number {
  const cost = suspectCost(s);
  return cost.after - cost.before;
}

/** The program line a suspect's growth comes from, or its path when the engine gave no line. */
function causeSite(s: LeakSuspect): string {
  return s.statement?.location.display ?? s.location?.display ?? `path:${s.path}`;
}

/** Suspects match across runs by what holds them, not by node id (ids differ per process). */
function suspectKey(s: LeakSuspect): string {
  return `${s.path}\u0000${s.holder}`;
}

/**
 * "entries 10 → 510", or for an array whose elements a snapshot cannot count (small integers)
 * "storage 4.4 KB → 6.7 KB".
 */
export function entriesText(c: RootCause, format: (bytes: number) => string): string {
  if (c.entriesBefore === 0 && c.entriesAfter === 0 && c.storeBytes) {
    return `storage ${format(c.storeBytes.before)} → ${format(c.storeBytes.after)} ` +
      "(small-integer elements are not objects, so not counted)";
  }
  return `entries ${c.entriesBefore.toLocaleString("en-US")} → ${
    c.entriesAfter.toLocaleString("en-US")
  }`;
}

/**
 * A cause's cost before → after as text: `clearing frees 4.2 MB → 4.7 MB` when the engine
 * measured it, else `retained 240 KB → 266 KB`. With `retainedAlso`, a freed figure well above
 * the retained one is followed by the retained one (what DevTools' "Retained" column shows).
 */
export function costText(
  c: RootCause,
  format: (bytes: number) => string,
  retainedAlso = false,
): string {
  const cost = causeCost(c);
  if (cost.measure === "retained") {
    return `retained ${format(cost.before)} → ${format(cost.after)}`;
  }
  const text = `clearing frees ${format(cost.before)} → ${format(cost.after)}`;
  return retainedAlso && sharesMore(cost.after, c.retainedAfter)
    ? `${text} (retained by the instances alone ${format(c.retainedBefore)} → ${
      format(c.retainedAfter)
    })`
    : text;
}

/**
 * A cause's cost figure before → after: what clearing it frees when `costMeasure` says the
 * engine measured it, else its retained size (the cause-side twin of {@link suspectCost}).
 */
export function causeCost(c: RootCause): { measure: CostMeasure; before: number; after: number } {
  return c.costMeasure === "freed" && c.freedBefore !== undefined && c.freedAfter !== undefined
    ? { measure: "freed", before: c.freedBefore, after: c.freedAfter }
    : { measure: "retained", before: c.retainedBefore, after: c.retainedAfter };
}

/** Whether any cause is costed by what clearing it frees (then the texts say so). */
export function anyFreed(f: DemoFindings): boolean {
  return f.causes.some((c) => c.costMeasure === "freed");
}

function perHundred(bytes: number, connections: number): number {
  return (bytes / Math.max(1, connections)) * 100;
}
