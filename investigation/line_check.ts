/**
 * After a leak investigation: does the statement that adds run, and does the removal? A few
 * more cycles of the workload with a logpoint on the top suspects' adding statements and
 * first removals, each counted; on a keyed one it also reads the key (an add's; a removal's with
 * whether its collection held it: `key_probe.ts`, side-effect free, the program is not
 * changed). "The delete ran 0 times while the set ran 10" and "both ran 10 times" call for
 * different fixes (a path not taken against a key or identity that misses), and "none of the
 * keys it was handed was there" says which; the engine's source reading cannot tell them apart.
 * The snapshots are taken by then: the pauses (about a millisecond each) change no figure.
 *
 * @module
 */

import {
  type CompareReport,
  REMOVAL_MISSES,
  sourceLocation,
  type SourceStatement,
} from "../heap/mod.ts";
import type {
  BreakpointInfo,
  DebugSettings,
  InspectorSession,
  LogpointHit,
} from "../inspector/mod.ts";
import {
  addKeyProbe,
  keyMismatchFix,
  keyProbe,
  lookupMissFix,
  readAddKeys,
  readKeys,
} from "./key_probe.ts";
import {
  runWorkload,
  sleep,
  type Workload,
  workloadCycle,
  type WorkloadRun,
} from "../workloads/mod.ts";

/** Cycles of the check: enough to tell "every cycle" from "never", few enough to be quick. */
export const CHECK_CYCLES = 10;
/** Suspects whose lines are checked, in rank order (those inside another are skipped). */
const CHECKED_SUSPECTS = 3;
/** A logpoint stops counting after this many hits per cycle (then "at least"). */
const HITS_PER_CYCLE_CAP = 5;
/** Hits of the check's last requests' queued work (a timer's flush) are counted too. */
const SETTLE_MS = 500;

/** What to check, on which session, with what. */
export interface LineCheckOptions {
  session: InspectorSession;
  settings: DebugSettings;
  /** The investigation's workload: the check runs a few cycles of it. */
  workload: Workload;
  /** `{i}` of the first templated request. */
  firstIndex: number;
  /** The statements of its suspects get their `ran` counts. */
  report: CompareReport;
  signal?: AbortSignal;
}

/** What the check did. */
export interface LineCheck {
  /** Cycles the workload ran with the logpoints set. */
  cycles: number;
  /** Statements counted. */
  lines: number;
  elapsedMs: number;
  work: WorkloadRun;
  nextIndex: number;
}

/**
 * The workload cut to {@link CHECK_CYCLES} cycles; undefined for a wait (the user drives the
 * program: there is nothing to repeat).
 */
export function checkWorkload(w: Workload): Workload | undefined {
  if (w.kind === "http") return { ...w, count: Math.min(w.count, CHECK_CYCLES) };
  if (w.kind === "chat") return { ...w, clients: Math.min(w.clients, CHECK_CYCLES) };
  return undefined;
}

/**
 * The statements worth counting: each checked suspect's adding statement and first removal
 * (`removal` tells them apart).
 */
export function statementsToCheck(
  report: CompareReport,
): { statement: SourceStatement; removal: boolean }[] {
  const out: { statement: SourceStatement; removal: boolean }[] = [];
  const seen = new Set<string>();
  const suspects = report.suspects.filter((s) => s.insideOf === undefined)
    .slice(0, CHECKED_SUSPECTS);
  for (const s of suspects) {
    for (const [statement, removal] of [[s.statement, false], [s.removals?.[0], true]] as const) {
      if (!statement || seen.has(statement.location.display)) continue;
      seen.add(statement.location.display);
      out.push({ statement, removal });
    }
  }
  return out;
}

/**
 * Counts how often each statement runs over a few cycles (see the module doc), writing `ran`
 * into the report's statements. Undefined when there is nothing to count or no logpoint could
 * be set (a line the runtime has no code on, a file it did not load). The logpoints are
 * removed whatever ends the run.
 */
export async function checkLines(o: LineCheckOptions): Promise<LineCheck | undefined> {
  const workload = checkWorkload(o.workload);
  const statements = statementsToCheck(o.report);
  if (!workload || statements.length === 0) return undefined;
  const dbg = o.session.debugger;
  dbg.configure(o.settings);
  const cycles = workloadCycle(workload).perRun;
  const maxHits = cycles * HITS_PER_CYCLE_CAP;
  /** Per logpoint: its statement, and whether that is a removal (else an add). */
  const points = new Map<string, { statement: SourceStatement; removal: boolean }>();
  /** Logpoints that read the key their statement is handed (`key_probe.ts`). */
  const probed = new Set<string>();
  const started = performance.now();
  let work: WorkloadRun | undefined;
  const counts = new Map<string, BreakpointInfo>();
  const readings = new Map<string, NonNullable<SourceStatement["keys"]>>();
  /** Adds inside a dependency, by logpoint: the program's line their runs came from. */
  const reached = new Map<string, NonNullable<SourceStatement["reachedFrom"]>>();
  /** Lookups a removal's value came from, by the logpoint that reads their keys. */
  const lookups = new Map<string, NonNullable<SourceStatement["lookup"]>>();
  try {
    for (const { statement, removal } of statements) {
      const at = statement.location;
      // A removal at its column: `if (done) map.delete(key)` counts the delete, not the if. An
      // add at its line: its column may be a callback's it hands on (`setInterval(() => …)`),
      // which runs on its own time, not when the add does.
      const probe = removal ? keyProbe(statement.text) : undefined;
      const addKey = removal ? undefined : addKeyProbe(statement.text);
      const expressions = probe ? [probe.key, probe.holds] : addKey ? [addKey] : [];
      const point = await dbg.set({
        file: at.url,
        line: at.line,
        ...(removal ? { column: at.column } : {}),
        // Whatever the server allows, the check itself changes nothing in the program.
        log: { expressions, maxHits, sideEffectFree: true },
      }).catch(() => undefined);
      if (!point) continue;
      // The nearest code is on a later line: its count would be another statement's.
      if (point.requestedLine !== undefined) {
        await dbg.remove(point.id).catch(() => {});
        continue;
      }
      points.set(point.id, { statement, removal });
      if (expressions.length) probed.add(point.id);
      // The lookup its value came from: one that finds nothing returns before the removal.
      const lookup = removal ? statement.lookup : undefined;
      if (lookup) {
        const at = await dbg.set({
          file: lookup.location.url,
          line: lookup.location.line,
          column: lookup.location.column,
          log: {
            expressions: [lookup.key, `${lookup.holder}.has(${lookup.key})`],
            maxHits,
            sideEffectFree: true,
          },
        }).catch(() => undefined);
        if (at && at.requestedLine === undefined) lookups.set(at.id, lookup);
        else if (at) await dbg.remove(at.id).catch(() => {});
      }
    }
    if (points.size === 0) return undefined;
    work = await runWorkload(workload, { firstIndex: o.firstIndex, signal: o.signal });
    await sleep(SETTLE_MS, o.signal);
    // Hits already reported by the target are recorded before the counts are read.
    const hits = await dbg.hits();
    for (const info of dbg.list()) if (points.has(info.id)) counts.set(info.id, info);
    for (const [id, { removal }] of points) {
      if (removal) continue;
      const from = programCallerOf(hits.filter((h) => h.logpoint === id));
      if (from) reached.set(id, from);
    }
    for (const id of probed) {
      const own = hits.filter((h) => h.logpoint === id);
      const reading = points.get(id)!.removal ? readKeys(own) : readAddKeys(own);
      if (reading) readings.set(id, reading);
    }
    for (const [id, lookup] of lookups) {
      const reading = readKeys(hits.filter((h) => h.logpoint === id));
      if (reading) lookup.keys = reading;
    }
  } finally {
    for (const id of [...points.keys(), ...lookups.keys()]) await dbg.remove(id).catch(() => {});
  }
  for (const [id, { statement }] of points) {
    const info = counts.get(id);
    if (!info) continue;
    statement.ran = {
      times: info.hits,
      cycles,
      ...(info.hits >= maxHits ? { atLeast: true } : {}),
    };
    const keys = readings.get(id);
    if (keys) statement.keys = keys;
    const from = reached.get(id);
    if (from) statement.reachedFrom = from;
  }
  for (const s of o.report.suspects) {
    // The removal ran and missed every key it was handed: the engine's "check its key" made
    // concrete, with the add's key beside it.
    const removal = s.removals?.[0];
    const r = removal?.keys;
    const l = removal?.lookup?.keys;
    if (!s.fix.startsWith(REMOVAL_MISSES)) continue;
    if (r?.example && r.held === 0) s.fix = keyMismatchFix(r.example, s.statement?.keys?.example);
    else if (l?.example && l.held === 0) {
      s.fix = lookupMissFix(removal!.lookup!, l.example);
    }
  }
  return {
    cycles,
    lines: counts.size,
    elapsedMs: Math.round(performance.now() - started),
    work: work!,
    nextIndex: work!.nextIndex,
  };
}

/**
 * The program's line most of a logpoint's hits came from, when its line is in a dependency
 * (`LogpointHit.programCaller`): where the program hands the dependency what it keeps.
 */
export function programCallerOf(
  hits: LogpointHit[],
): SourceStatement["reachedFrom"] | undefined {
  const byLine = new Map<string, { hit: NonNullable<LogpointHit["programCaller"]>; n: number }>();
  for (const h of hits) {
    const c = h.programCaller;
    if (!c) continue;
    const key = `${c.url}:${c.line}`;
    const known = byLine.get(key);
    if (known) known.n++;
    else byLine.set(key, { hit: c, n: 1 });
  }
  const top = [...byLine.values()].sort((a, b) => b.n - a.n)[0];
  if (!top) return undefined;
  const { url, line, column, code, function: fn } = top.hit;
  return {
    location: sourceLocation(url, line, column),
    text: code ?? `${fn}()`,
    times: top.n,
  };
}
