/**
 * Turns two or three per-snapshot analyses into a {@link CompareReport}: group diff with
 * added/deleted objects by node id, memlab-style leaked set (allocated between baseline and
 * target, alive in final), and leak suspects — holders that grew, named by variable path,
 * with their original source lines.
 *
 * @module
 */

import { sizeAt } from "./compact_sizes.ts";
import type { GlobalHandleHolder, SnapshotAnalysis } from "./analyze.ts";
import {
  type CompareReport,
  type CompareTotals,
  DEFAULT_COMPARE_TOP,
  type GroupDiff,
} from "../report.ts";
import type { SourceResolver } from "./attribution.ts";
import { formatBytes } from "../format/bytes.ts";
import { buildSuspects } from "./suspects.ts";
import { classesUnder } from "./devtools_classes.ts";

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

/**
 * DevTools' Comparison columns per class (`calculateDiffForClass`): an object is new in its
 * class of `after` when no object of that class in `before` has its id, deleted from its class
 * of `before` when none in `after` has — so an object that changed class counts in both, and
 * objects of self size 0 (numbers, V8's internal strings) count in neither, as DevTools leaves
 * them out of its classes. `beforeClassOf` / `afterClassOf` map each snapshot's shapes to
 * classes numbered alike in both (see {@link classPair}).
 */
export function addedDeleted(
  before: SnapshotAnalysis,
  after: SnapshotAnalysis,
  beforeClassOf: Uint32Array,
  afterClassOf: Uint32Array,
  classCount: number,
) {
  const added = new Float64Array(classCount);
  const addedSize = new Float64Array(classCount);
  const deleted = new Float64Array(classCount);
  const deletedSize = new Float64Array(classCount);
  const a = before.ids;
  const b = after.ids;
  // Zero is always a small size: `small[k] === 0` tests it without a lookup.
  const sizeA = before.idSize!;
  const sizeB = after.idSize!;
  const smallA = sizeA.small;
  const smallB = sizeB.small;
  /** Ids alive in both (counted objects), and those whose class differs. */
  let common = 0;
  let reclassed = 0;
  const remove = (i: number) => {
    if (smallA[i] === 0) return;
    const c = beforeClassOf[before.idShape[i]];
    deleted[c]++;
    deletedSize[c] += sizeAt(sizeA, i);
  };
  const add = (j: number) => {
    if (smallB[j] === 0) return;
    const c = afterClassOf[after.idShape[j]];
    added[c]++;
    addedSize[c] += sizeAt(sizeB, j);
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) remove(i++);
    else if (i >= a.length || b[j] < a[i]) add(j++);
    else {
      const kept = smallA[i] !== 0 && smallB[j] !== 0;
      if (kept && beforeClassOf[before.idShape[i]] === afterClassOf[after.idShape[j]]) common++;
      else {
        if (kept) {
          common++;
          reclassed++;
        }
        remove(i);
        add(j);
      }
      i++;
      j++;
    }
  }
  return { added, addedSize, deleted, deletedSize, common, reclassed };
}

/**
 * Both snapshots' classes under the target's interfaces (as DevTools' Comparison view names
 * the base snapshot's plain objects with the target's), numbered alike: `keys[c]` is class c,
 * `before[c]` / `after[c]` its index in each table (-1 when absent).
 */
export function classPair(before: SnapshotAnalysis, after: SnapshotAnalysis) {
  const b = classesUnder(before.shapes, after.shapes.interfaces);
  const a = after.classes;
  const index = new Map<string, number>();
  const keys: string[] = [];
  const beforeIndex: number[] = [];
  const afterIndex: number[] = [];
  const number = (key: string) => {
    let c = index.get(key);
    if (c === undefined) {
      index.set(key, c = keys.length);
      keys.push(key);
      beforeIndex.push(-1);
      afterIndex.push(-1);
    }
    return c;
  };
  a.keys.forEach((key, k) => afterIndex[number(key)] = k);
  b.keys.forEach((key, k) => beforeIndex[number(key)] = k);
  const beforeClassOf = Uint32Array.from(b.classOfShape, (k) => index.get(b.keys[k])!);
  const afterClassOf = Uint32Array.from(a.classOfShape, (k) => index.get(a.keys[k])!);
  return { keys, beforeTable: b, beforeIndex, afterIndex, beforeClassOf, afterClassOf };
}

/**
 * memlab's leak definition on every object: ids in `target` but not in `baseline`, still
 * present in `final`; counted per class of `target` (DevTools self sizes).
 */
export function leakedSet(
  baseline: SnapshotAnalysis,
  target: SnapshotAnalysis,
  final: SnapshotAnalysis,
) {
  const classOfShape = target.classes.classOfShape;
  const count = new Float64Array(target.classes.keys.length);
  const size = new Float64Array(target.classes.keys.length);
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
      const c = classOfShape[target.idShape[j]];
      count[c]++;
      size[c] += target.idSize ? sizeAt(target.idSize, j) : 0;
    }
  }
  return { count, size };
}

/**
 * Whether two snapshots cannot be from one process: ids are only stable within one capture
 * session, so another process's objects share ids by chance. Then the target's largest id is
 * below the baseline's (a fresh count), or many objects alive in both changed class.
 */
export function differentProcesses(
  before: SnapshotAnalysis,
  after: SnapshotAnalysis,
  common: number,
  reclassed: number,
): boolean {
  if (after.lastObjectId < before.lastObjectId) return true;
  return common > 0 && reclassed / common > RECLASSED_SHARE;
}

/** Above this share of objects alive in both that changed class, ids do not mean the same objects. */
const RECLASSED_SHARE = 0.1;

/** Builds the full report from analyses already computed. */
export function buildCompareReport(
  before: SnapshotAnalysis,
  after: SnapshotAnalysis,
  final: SnapshotAnalysis | undefined,
  opts: BuildOptions,
): CompareReport {
  const notes: string[] = [...opts.resolver.notes];
  const cycles = opts.cycles && opts.cycles > 0 ? opts.cycles : undefined;
  const pair = classPair(before, after);
  const diff = addedDeleted(
    before,
    after,
    pair.beforeClassOf,
    pair.afterClassOf,
    pair.keys.length,
  );
  const different = differentProcesses(before, after, diff.common, diff.reclassed);
  if (different) {
    notes.push(
      "these snapshots look like they come from different processes (node ids are only stable within one capture session): new and deleted objects, and the suspects, are then meaningless — capture both from one running process, without restarting it or disconnecting the inspector in between",
    );
  }
  const leaked = final ? leakedSet(before, after, final) : undefined;

  const rows: GroupDiff[] = [];
  let userSizeDelta = 0;
  let hiddenInternal = 0;
  const b = pair.beforeTable;
  const a = after.classes;
  pair.keys.forEach((key, c) => {
    const bi = pair.beforeIndex[c];
    const ai = pair.afterIndex[c];
    const src = ai >= 0 ? a : b;
    const gi = ai >= 0 ? ai : bi;
    const row: GroupDiff = {
      name: src.names[gi],
      key,
      kind: src.kinds[gi],
      countBefore: bi < 0 ? 0 : b.count[bi],
      countAfter: ai < 0 ? 0 : a.count[ai],
      countDelta: 0,
      sizeBefore: bi < 0 ? 0 : b.size[bi],
      sizeAfter: ai < 0 ? 0 : a.size[ai],
      sizeDelta: 0,
      added: diff.added[c],
      deleted: diff.deleted[c],
      addedSize: diff.addedSize[c],
      deletedSize: diff.deletedSize[c],
      retainedAfter: ai < 0 ? 0 : a.retained[ai],
    };
    row.countDelta = row.countAfter - row.countBefore;
    row.sizeDelta = row.sizeAfter - row.sizeBefore;
    if (leaked && ai >= 0) {
      row.leaked = leaked.count[ai];
      row.leakedSize = leaked.size[ai];
    }
    const loc = src.locations[gi];
    if (loc) row.location = opts.resolver.resolve(loc);
    if (row.kind === "user") userSizeDelta += row.sizeDelta;
    const changed = row.countDelta !== 0 || row.sizeDelta !== 0 || row.added > 0 ||
      row.deleted > 0 || (row.leaked ?? 0) > 0;
    if (!changed) return;
    if (row.kind === "internal" && !opts.includeInternals) {
      hiddenInternal++;
      return;
    }
    rows.push(row);
  });
  const codeSizeDelta = after.codeSize - before.codeSize;
  // Ties by key, in code units (not the locale's collation): the groups' own order is the
  // heap's, which another layout changes.
  const byKey = (a: GroupDiff, b: GroupDiff) =>
    (a.key ?? "") < (b.key ?? "") ? -1 : (a.key ?? "") > (b.key ?? "") ? 1 : 0;
  rows.sort((a, b) =>
    ((b.leakedSize ?? 0) - (a.leakedSize ?? 0)) || (b.sizeDelta - a.sizeDelta) ||
    (b.countDelta - a.countDelta) || byKey(a, b)
  );
  const top = opts.top ?? DEFAULT_COMPARE_TOP;
  const held = (h: GlobalHandleHolder) => ({
    count: after.globalHandleStrings[h].count - before.globalHandleStrings[h].count,
    size: after.globalHandleStrings[h].size - before.globalHandleStrings[h].size,
  });
  let runtimeScripts = 0;
  const logged = held("console");
  if (logged.count > 0) {
    notes.push(
      `${logged.count} of the new strings (${
        formatBytes(logged.size)
      }) are console.log arguments the attached inspector keeps (its console message store), not a leak of the program`,
    );
  }
  const compiled = held("debugger");
  if (compiled.count > 0) {
    runtimeScripts = compiled.count;
    notes.push(
      `${compiled.count} of the new strings (${
        formatBytes(compiled.size)
      }) are sources of scripts compiled at run time (eval, new Function, vm, a module imported again) that the attached debugger keeps: the program compiles code as it runs; if it does so per request, cache what it compiles`,
    );
  }
  if (hiddenInternal > 0) {
    notes.push(
      `${hiddenInternal} V8/runtime-internal classes that changed are hidden (V8's own: compiled code, hidden classes, internal arrays, native objects); includeInternals shows them`,
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

  // Ids of two processes name other objects: whatever "grew" would be noise, so none is named.
  const found = different
    ? { suspects: [], groupVia: new Map<string, number[]>(), notes: [], runtimeHeldBytes: 0 }
    : buildSuspects({
      before,
      after,
      final,
      cycles,
      resolver: opts.resolver,
      sources: opts.sources,
      includeInternals: opts.includeInternals,
    });
  if (different) totals.differentProcesses = true;
  notes.push(...found.notes);
  for (const row of rows) {
    const via = row.key !== undefined ? found.groupVia.get(row.key) : undefined;
    if (via) row.via = via;
  }
  const leak = found.suspects.filter((s) => s.insideOf === undefined);
  totals.leakBytes = leak.reduce((sum, s) => sum + s.bytes, 0);
  if (cycles) totals.leakBytesPerCycle = totals.leakBytes / cycles;
  if (found.runtimeHeldBytes > 0) totals.runtimeHeldSize = found.runtimeHeldBytes;
  if (runtimeScripts > 0) totals.runtimeScripts = runtimeScripts;
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
