/**
 * Turns two or three per-snapshot analyses into a {@link CompareReport}: group diff with
 * added/deleted objects by node id, memlab-style leaked set (allocated between baseline and
 * target, alive in final), and leak suspects — holders that grew, named by variable path,
 * with their original source lines.
 *
 * @module
 */

import type { SnapshotAnalysis } from "./analyze.ts";
import {
  type CompareReport,
  type CompareTotals,
  DEFAULT_COMPARE_TOP,
  type GroupDiff,
} from "../report.ts";
import type { SourceResolver } from "./attribution.ts";
import { formatBytes } from "../format/bytes.ts";
import { buildSuspects } from "./suspects.ts";

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
      key,
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
  const top = opts.top ?? DEFAULT_COMPARE_TOP;
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

  const found = buildSuspects({
    before,
    after,
    final,
    cycles,
    resolver: opts.resolver,
    sources: opts.sources,
    includeInternals: opts.includeInternals,
  });
  notes.push(...found.notes);
  for (const row of rows) {
    const via = row.key !== undefined ? found.groupVia.get(row.key) : undefined;
    if (via) row.via = via;
  }
  const leak = found.suspects.filter((s) => s.insideOf === undefined);
  totals.leakBytes = leak.reduce((sum, s) => sum + s.bytes, 0);
  if (cycles) totals.leakBytesPerCycle = totals.leakBytes / cycles;
  if (after.growth) {
    totals.newObjects = after.growth.newCount;
    totals.newBytes = after.growth.newBytes;
  }
  return {
    files: { before: before.file, after: after.file, ...(final ? { final: final.file } : {}) },
    totals,
    suspects: found.suspects.slice(0, Math.max(top, 5)),
    groups: rows.slice(0, top),
    notes,
  };
}
