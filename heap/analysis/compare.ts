/**
 * Turns two or three per-snapshot analyses into a {@link CompareReport}: group diff with
 * added/deleted objects by node id, memlab-style leaked set (allocated between baseline and
 * target, alive in final), and leak suspects — holders that grew, named by variable path,
 * with their original source lines.
 *
 * @module
 */

import type { SnapshotAnalysis } from "./analyze.ts";
import type { HolderRecord } from "./holders.ts";
import type {
  CompareReport,
  CompareTotals,
  GroupDiff,
  LeakSuspect,
  RetainerStep,
  SourceLocation,
} from "../report.ts";
import {
  displayPath,
  findDeclaration,
  findGrowthSites,
  type SourceResolver,
} from "./attribution.ts";
import { formatBytes } from "../format/bytes.ts";

/** Inputs of {@link buildCompareReport} besides the analyses. */
export interface BuildOptions {
  cycles?: number;
  top?: number;
  includeInternals?: boolean;
  /** Resolves locations of the after (target) snapshot. */
  resolver: SourceResolver;
  /** Original sources of the program, for growth sites and declarations. */
  sources: [string, string][];
}

/** Smallest retained growth (bytes) that makes a collection a suspect when its entry count did not grow. */
const MIN_RETAINED_GROWTH = 64 * 1024;

/** A plain object that did not exist before counts as a growing map from this many keys. */
const DICTIONARY_MIN_KEYS = 16;

/** Counts per group of `after` for ids not in `before` (added) and per group of `before` for ids not in `after`. */
export function addedDeleted(before: SnapshotAnalysis, after: SnapshotAnalysis) {
  const added = new Float64Array(after.groups.keys.length);
  const deleted = new Float64Array(before.groups.keys.length);
  const a = before.ids;
  const b = after.ids;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) deleted[before.idGroup[i++]]++;
    else if (i >= a.length || b[j] < a[i]) added[after.idGroup[j++]]++;
    else {
      i++;
      j++;
    }
  }
  return { added, deleted };
}

/**
 * memlab's leak definition on every object: ids in `target` but not in `baseline`, still
 * present in `final`; counted per group of `target`.
 */
export function leakedSet(
  baseline: SnapshotAnalysis,
  target: SnapshotAnalysis,
  final: SnapshotAnalysis,
) {
  const count = new Float64Array(target.groups.keys.length);
  const size = new Float64Array(target.groups.keys.length);
  const base = baseline.ids;
  const fin = final.ids;
  let i = 0;
  let k = 0;
  for (let j = 0; j < target.ids.length; j++) {
    const id = target.ids[j];
    while (i < base.length && base[i] < id) i++;
    if (i < base.length && base[i] === id) continue; // existed before the action
    while (k < fin.length && fin[k] < id) k++;
    if (k < fin.length && fin[k] === id) {
      count[target.idGroup[j]]++;
      size[target.idGroup[j]] += target.idSize?.[j] ?? 0;
    }
  }
  return { count, size };
}

/** Builds the full report from analyses already computed. */
export function buildCompareReport(
  before: SnapshotAnalysis,
  after: SnapshotAnalysis,
  final: SnapshotAnalysis | undefined,
  opts: BuildOptions,
): CompareReport {
  const notes: string[] = [...opts.resolver.notes];
  const cycles = opts.cycles && opts.cycles > 0 ? opts.cycles : undefined;
  const { added, deleted } = addedDeleted(before, after);
  const leaked = final ? leakedSet(before, after, final) : undefined;

  const beforeIndex = new Map(before.groups.keys.map((k, i) => [k, i]));
  const afterIndex = new Map(after.groups.keys.map((k, i) => [k, i]));
  const rows: GroupDiff[] = [];
  let userSizeDelta = 0;
  let codeSizeDelta = 0;
  let hiddenInternal = 0;
  for (const key of new Set([...before.groups.keys, ...after.groups.keys])) {
    const bi = beforeIndex.get(key);
    const ai = afterIndex.get(key);
    const src = ai !== undefined ? after.groups : before.groups;
    const gi = (ai ?? bi)!;
    const row: GroupDiff = {
      name: src.names[gi],
      kind: src.kinds[gi],
      countBefore: bi === undefined ? 0 : before.groups.count[bi],
      countAfter: ai === undefined ? 0 : after.groups.count[ai],
      countDelta: 0,
      sizeBefore: bi === undefined ? 0 : before.groups.size[bi],
      sizeAfter: ai === undefined ? 0 : after.groups.size[ai],
      sizeDelta: 0,
      added: ai === undefined ? 0 : added[ai],
      deleted: bi === undefined ? 0 : deleted[bi],
      retainedAfter: ai === undefined ? 0 : after.groups.retained[ai],
    };
    row.countDelta = row.countAfter - row.countBefore;
    row.sizeDelta = row.sizeAfter - row.sizeBefore;
    if (leaked && ai !== undefined) {
      row.leaked = leaked.count[ai];
      row.leakedSize = leaked.size[ai];
    }
    const loc = src.locations[gi];
    if (loc) row.location = opts.resolver.resolve(loc);
    if (row.kind === "user") userSizeDelta += row.sizeDelta;
    codeSizeDelta += (ai === undefined ? 0 : after.groups.codeSize[ai]) -
      (bi === undefined ? 0 : before.groups.codeSize[bi]);
    const changed = row.countDelta !== 0 || row.sizeDelta !== 0 || (row.leaked ?? 0) > 0;
    if (!changed) continue;
    if (row.kind === "internal" && !opts.includeInternals) {
      hiddenInternal++;
      continue;
    }
    rows.push(row);
  }
  rows.sort((a, b) =>
    ((b.leakedSize ?? 0) - (a.leakedSize ?? 0)) || (b.sizeDelta - a.sizeDelta) ||
    (b.countDelta - a.countDelta)
  );
  const top = opts.top ?? 20;
  const logged = after.globalHandleStrings.count - before.globalHandleStrings.count;
  if (logged > 0) {
    const size = after.globalHandleStrings.size - before.globalHandleStrings.size;
    notes.push(
      `${logged} of the new strings (${
        formatBytes(size)
      }) are held by global handles — typically console.log arguments kept by the inspector's console message store, not a leak of the program`,
    );
  }
  if (hiddenInternal > 0) {
    notes.push(
      `${hiddenInternal} V8/runtime-internal groups that changed are hidden (system / …, compiled code, internal arrays, closures of ext:/node: code); includeInternals shows them`,
    );
  }

  const sizeDelta = after.totalSize - before.totalSize;
  const totals: CompareTotals = {
    nodesBefore: before.nodeCount,
    nodesAfter: after.nodeCount,
    sizeBefore: before.totalSize,
    sizeAfter: after.totalSize,
    sizeDelta,
    userSizeDelta,
    codeSizeDelta,
    sizeDeltaExcludingCode: sizeDelta - codeSizeDelta,
  };
  if (cycles) {
    totals.cycles = cycles;
    totals.sizeDeltaPerCycle = totals.sizeDelta / cycles;
    totals.sizeDeltaExcludingCodePerCycle = totals.sizeDeltaExcludingCode / cycles;
  }
  if (leaked) {
    totals.leakedCount = leaked.count.reduce((a, b) => a + b, 0);
    totals.leakedSize = leaked.size.reduce((a, b) => a + b, 0);
  }

  const suspects = rankSuspects(before, after, final, opts, notes, cycles);
  return {
    files: { before: before.file, after: after.file, ...(final ? { final: final.file } : {}) },
    totals,
    suspects: suspects.slice(0, Math.max(top, 5)),
    groups: rows.slice(0, top),
    notes,
  };
}

/** Scope preference when one object is reachable by several paths. */
const SCOPE_RANK: Record<HolderRecord["scope"], number> = {
  module: 0,
  global: 1,
  timer: 2,
  closure: 3,
};

/** Holders that grew between the snapshots, most freed (else retained) growth first. */
function rankSuspects(
  before: SnapshotAnalysis,
  after: SnapshotAnalysis,
  final: SnapshotAnalysis | undefined,
  opts: BuildOptions,
  notes: string[],
  cycles: number | undefined,
): LeakSuspect[] {
  const previous = new Map(before.holders.map((h) => [h.path, h]));
  const candidates: { a: HolderRecord; b?: HolderRecord; growth: number }[] = [];
  const last = final ? new Map(final.holders.map((h) => [h.path, h])) : undefined;
  let hiddenRuntime = 0;
  let undone = 0;
  for (const a of after.holders) {
    const b = previous.get(a.path);
    const entriesDelta = a.entries - (b?.entries ?? 0);
    const retainedDelta = a.retained - (b?.retained ?? 0);
    const instancesDelta = a.instances - (b?.instances ?? 0);
    const storeDelta = a.storeBytes - (b?.storeBytes ?? 0);
    let grew: boolean;
    if (a.holder === "Timeout") grew = instancesDelta > 0;
    else if (a.holder === "Object (dictionary)" || a.holder === "Object") {
      // Used as a map: more keys per object than before (records keep a fixed key count).
      // Keys with small-integer values have no edges: then the property store's growth tells.
      const perInstance = (h: HolderRecord | undefined, v: number) => h ? v / h.instances : 0;
      const moreKeys = entriesDelta > 0 &&
        perInstance(a, a.entries) > perInstance(b, b?.entries ?? 0);
      const biggerStore = storeDelta > 0 &&
        perInstance(a, a.storeBytes) > perInstance(b, b?.storeBytes ?? 0);
      grew = retainedDelta > 0 &&
        (b ? moreKeys || biggerStore : a.entries >= DICTIONARY_MIN_KEYS);
    } else {
      // More entries, a bigger backing store (small-number arrays) or more instances; a
      // collection whose entries did not change counts only when what it holds grew a lot.
      grew = entriesDelta > 0 || (entriesDelta === 0 && storeDelta > 0) || instancesDelta > 0 ||
        (entriesDelta === 0 && retainedDelta >= MIN_RETAINED_GROWTH);
      grew &&= retainedDelta > 0;
    }
    if (!grew) continue;
    const runtime = a.scope === "global" ? false : opts.resolver.isRuntime(a.location);
    if (runtime && !opts.includeInternals) {
      hiddenRuntime++;
      continue;
    }
    if (last) {
      // Three snapshots: growth that the final snapshot no longer has was released, not leaked.
      const f = last.get(a.path);
      const kept = f !== undefined &&
        (f.entries > (b?.entries ?? 0) || f.instances > (b?.instances ?? 0) ||
          f.storeBytes > (b?.storeBytes ?? 0));
      if (!kept) {
        undone++;
        continue;
      }
    }
    // What clearing the holder would free, when both snapshots measured it (a holder new in
    // `after` freed nothing before); else the summed retained sizes.
    const freed = freedFigures(a, b);
    candidates.push({ a, b, growth: freed ? freed.after - freed.before : retainedDelta });
  }
  if (undone > 0) {
    notes.push(
      `${undone} holder${undone === 1 ? "" : "s"} that grew between the first two snapshots ${
        undone === 1 ? "was" : "were"
      } back to ${undone === 1 ? "its" : "their"} size in the final one (released, not leaked)`,
    );
  }
  if (hiddenRuntime > 0) {
    notes.push(
      `${hiddenRuntime} growing holder${
        hiddenRuntime === 1 ? "" : "s"
      } inside the runtime's own code (ext:, node:) hidden; includeInternals shows them`,
    );
  }
  candidates.sort((x, y) =>
    (y.growth - x.growth) || (SCOPE_RANK[x.a.scope] - SCOPE_RANK[y.a.scope])
  );
  // One object reachable by two names: keep the better-ranked name only.
  const seenNodes = new Set<number>();
  const out: LeakSuspect[] = [];
  for (const { a, b } of candidates) {
    if (a.instances === 1) {
      if (seenNodes.has(a.nodeId)) continue;
      seenNodes.add(a.nodeId);
    }
    out.push(toSuspect(a, b, opts, cycles));
  }
  return out;
}

/** "Freed if cleared" before and after, when measured in each snapshot the holder is in. */
function freedFigures(
  a: HolderRecord,
  b: HolderRecord | undefined,
): { before: number; after: number } | undefined {
  if (a.freed === undefined || (b !== undefined && b.freed === undefined)) return undefined;
  return { before: b?.freed ?? 0, after: a.freed };
}

/** Makes the public suspect record for one grown holder. */
function toSuspect(
  a: HolderRecord,
  b: HolderRecord | undefined,
  opts: BuildOptions,
  cycles: number | undefined,
): LeakSuspect {
  const entriesBefore = b?.entries ?? 0;
  const instancesBefore = b?.instances ?? 0;
  const retainedBefore = b?.retained ?? 0;
  const scopeLocation = a.location ? opts.resolver.resolve(a.location) : undefined;
  let growthSites: SourceLocation[] = [];
  let declaredAt: SourceLocation | undefined;
  if (a.holder !== "Timeout") {
    growthSites = findGrowthSites(opts.sources, a.path);
    if (a.scope === "module" || a.scope === "global") {
      declaredAt = findDeclaration(opts.sources, a.path);
    }
  }
  const location = a.holder === "Timeout"
    ? scopeLocation
    : growthSites[0] ?? declaredAt ?? scopeLocation;
  const suspect: LeakSuspect = {
    path: a.path,
    holder: a.holder,
    reason: reasonFor(a, b),
    entriesBefore,
    entriesAfter: a.entries,
    retainedBefore,
    retainedAfter: a.retained,
    nodeId: a.nodeId,
    retainerPath: renderPath(a, scopeLocation),
    retainerSteps: a.retainerSteps,
    instancesBefore,
    instancesAfter: a.instances,
    scope: a.scope,
  };
  if (cycles) {
    suspect.retainedPerCycle = (a.retained - retainedBefore) / cycles;
    suspect.entriesPerCycle = (a.entries - entriesBefore) / cycles;
  }
  const freed = freedFigures(a, b);
  if (freed) {
    suspect.freedBefore = freed.before;
    suspect.freedAfter = freed.after;
    if (cycles) suspect.freedPerCycle = (freed.after - freed.before) / cycles;
  }
  if (location) suspect.location = location;
  if (a.entryTypes.length) suspect.entryTypes = a.entryTypes;
  if (growthSites.length) suspect.growthSites = growthSites;
  if (declaredAt) suspect.declaredAt = declaredAt;
  if (a.capturedVars?.length) suspect.capturedVars = a.capturedVars;
  if (a.storeBytes) {
    suspect.storeBytesBefore = b?.storeBytes ?? 0;
    suspect.storeBytesAfter = a.storeBytes;
  }
  return suspect;
}

/** One sentence on why a holder is a suspect. */
function reasonFor(a: HolderRecord, b: HolderRecord | undefined): string {
  const eb = b?.entries ?? 0;
  const ib = b?.instances ?? 0;
  if (a.holder === "Timeout") {
    const kind = a.timerKind === "setTimeout" ? "pending setTimeout timers" : "setInterval timers";
    const captures = a.capturedVars?.length
      ? `; the callback keeps ${a.capturedVars.join(", ")} alive`
      : "";
    return `${
      a.instances - ib
    } more ${kind} alive (${ib} → ${a.instances}), never cleared${captures}`;
  }
  const what = a.holder === "Array"
    ? "elements"
    : a.holder.startsWith("Object")
    ? "properties"
    : "entries";
  const noun = a.holder.startsWith("Object") ? "object" : a.holder.toLowerCase();
  if (a.instances > 1 || ib > 1) {
    return `${a.instances} such ${noun}s alive (was ${ib}), holding ${a.entries} ${what} (was ${eb})`;
  }
  if (a.entries > eb) return `${noun} grew by ${a.entries - eb} ${what} (${eb} → ${a.entries})`;
  if (a.storeBytes > (b?.storeBytes ?? 0)) {
    return `${noun} storage grew ${formatBytes(b?.storeBytes ?? 0)} → ${
      formatBytes(a.storeBytes)
    } (small-number ${
      a.holder === "Array" ? "elements" : "values"
    } have no edges, so they are not counted)`;
  }
  return `retained size grew ${formatBytes(b?.retained ?? 0)} → ${formatBytes(a.retained)}`;
}

/** `module app.ts → connectionStats (Object) → .connectionDurations (Array)`. */
function renderPath(a: HolderRecord, scopeLocation: SourceLocation | undefined): string {
  const where = scopeLocation ? displayPath(scopeLocation.url) : "";
  const steps = a.retainerSteps;
  let head: string;
  switch (a.scope) {
    case "module":
      head = `module ${where || "(unknown)"}`;
      break;
    case "global":
      head = "globalThis";
      break;
    case "timer": {
      const fn = `${a.closureName ?? "(anonymous)"}${
        scopeLocation ? ` ${scopeLocation.display}` : ""
      }`;
      const vars = a.capturedVars?.length ? ` → its scope (${a.capturedVars.join(", ")})` : "";
      return `${a.path} (Timeout, kept in the runtime's active timer list) → ._onTimeout ${fn}${vars}`;
    }
    default:
      head = `scope of ${a.closureName ?? "(anonymous)"}${
        scopeLocation ? ` (${scopeLocation.display})` : ""
      }`;
  }
  const hops = steps.slice(1).map((s: RetainerStep) => {
    const edge = s.edgeType === "property"
      ? `.${s.edge}`
      : s.edgeType === "element"
      ? s.edge
      : s.edge;
    // Shapes are long; the path reads better with plain `Object` (the steps keep the shape).
    return `${edge} (${s.node.startsWith("{") ? "Object" : s.node})`;
  });
  return [head, ...hops].join(" → ");
}
