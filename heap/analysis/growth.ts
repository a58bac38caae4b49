/**
 * The target snapshot's side of a leak comparison: which baseline objects now hold new
 * objects (`accumulation.ts`), the program's active timers pooled by callback, and for the
 * biggest of them a declared name (`declared_paths.ts`), what each new entry keeps alive, and
 * the collections inside those entries that grew with them. Plain data leaves the worker; the
 * caller decides which holders grew, against the other snapshots' entry counts.
 *
 * @module
 */

import type { RetainerStep } from "../report.ts";
import type { HeapSnapshot } from "../graph/snapshot.ts";
import { edgeLabel, edgeName, namedProperty, type TypeCodes } from "../graph/model.ts";
import {
  type GeneratedLocation,
  type GroupTable,
  isDictionaryMode,
  nodeLocation,
  type PerNodeIndex,
} from "./classes.ts";
import { displayName } from "./holders.ts";
import { EntryWalker, STORE_ONLY_HOLDERS } from "./entries.ts";
import { KIND_SKIP, nodeKinds } from "./node_kinds.ts";
import {
  type Accumulation,
  addEntry,
  addKept,
  entryKey,
  findAccumulations,
  holderCandidates,
  markNew,
  NEW,
  newAccumulation,
  SAMPLE_KEYS,
} from "./accumulation.ts";
import {
  type DeclaredPath,
  DeclaredPaths,
  type DeclaredScopes,
  declaredScopes,
  type PathRoot,
  PROGRAM_CLOSURE,
} from "./declared_paths.ts";
import { type ActiveTimer, activeTimers, type TimerInfo, timerInfo } from "./timers.ts";
import { rootTableInfo, rootTables } from "./root_tables.ts";
import { abortedSignalOn } from "./aborted_signals.ts";
import { findName } from "./names.ts";
import { newReactions } from "./promise_reactions.ts";
import { ownerSettings } from "./owner_settings.ts";
import { type SharedValues, sharedValues } from "./shared_values.ts";
import { previewOf, slicedFields, textProperties } from "./preview.ts";
import { declaredPathSteps, mapKeyOf } from "./path_steps.ts";
import { type HangingChain, measureHangingChain } from "./hanging_chains.ts";
import { type WeakTargetHeld, weakTargetHeld } from "./weak_targets.ts";
import { type Exchange, type SiblingCollection, siblingCollections } from "./paired_collections.ts";
import { hasLevelBelow, treeLevels, type TreeTotals } from "./tree_levels.ts";
import { listRuns } from "./list_runs.ts";
import { holderAliases } from "./holder_aliases.ts";
import { type BucketEntries, bucketEntries } from "./bucket_entries.ts";
import type { LocationRows } from "../graph/location_rows.ts";

/** Fewest bytes of a holder's biggest new or replaced object that are worth a comparison. */
const LARGE_VALUE = 4096;
/** How many holders (by bytes accumulated) get names and details. */
const NAMED_RECORDS = 48;
/** How many arrays whose storage alone changed get them too (largest storage first). */
const STORE_ONLY_RECORDS = 16;
/** And rebuilt collections besides, their region aside. */
const REBUILT_RECORDS = 8;
/** And holders that turned over (nearly) every entry they took, most entries first. */
const TURNOVER_RECORDS = 8;
/** And holders of a few entries that a chosen one met first, those sharing the most bytes first. */
const SHARING_RECORDS = 8;
/** Classes a value rebuilt from the old one's items is of. */
const COLLECTIONS = new Set(["Array", "Map", "Set"]);
/** Groups of what a holder accumulated that are reported, most bytes first (they mark the group table). */
const REGION_GROUPS = 64;
/** Collections inside one holder's entries that are reported, most entries first. */
const NESTED_PER_RECORD = 3;

/**
 * Of `candidates`, the holders of one or two new entries that a chosen holder (`chosenBytes`:
 * record index → its bytes) met first in the search, which follows the heap's order: left with
 * no objects of their own, one of them may hold the head of the chain that holder's entries hang
 * in (`chainsToHeads`). At most {@link SHARING_RECORDS}, those sharing with the most bytes first.
 */
export function sharingHolders<T extends { r: Accumulation; index: number }>(
  candidates: T[],
  chosenBytes: ReadonlyMap<number, number>,
): T[] {
  return candidates.flatMap((c) => {
    const { r } = c;
    if (r.holder < 0 || r.newEntries === 0 || r.newEntries > 2) return [];
    const bytes = Math.max(0, ...[...r.sharedWith.keys()].map((k) => chosenBytes.get(k) ?? 0));
    return bytes > 0 ? [{ c, bytes }] : [];
  }).sort((a, b) => b.bytes - a.bytes).slice(0, SHARING_RECORDS).map((x) => x.c);
}

/** A path as it leaves the worker. */
export interface NamedPath {
  root: PathRoot;
  /** Root first; each step carries the edge into it. Map slots carry the entry's key. */
  steps: RetainerStep[];
  /** For a function-scope root: the closure that holds the scope, and where it is. */
  scopeOwner?: { name: string; location?: GeneratedLocation };
  /**
   * For a path only the runtime's roots reach (a module's export cell): the step of the last
   * object of the program's own classes on it (`Metrics` in `… → Metrics → .samples`).
   */
  anchor?: number;
  /** Where the path's start is defined: the root scope's function, or the anchor's class. */
  rootLocation?: GeneratedLocation;
  /**
   * The path enters a suspended generator's or async function's frame (`steps[step]` is its
   * register file, whose slots have no names): where that function is defined, so the
   * program's source can name the local in the slot.
   */
  frame?: { step: number; location: GeneratedLocation };
  /**
   * The path reaches a suspended generator or async function through what it awaits (an
   * await's continuation resumes it: `extension`): `steps[step]` is that function's object,
   * known to the program by the call that made it — the function and, for a method, the
   * object it was called on (`alerts.subscribe()`), by that object's own declared path.
   */
  resumes?: { step: number; fn: string; receiver?: NamedPath };
  /**
   * `steps[runtimeObject]` is an object of one of the runtime's classes (a `ReadableStream`)
   * that the program's names lead to, and the path goes on into its internals: the program
   * knows the holder by that object (`analyticsFeed`), not by the internals' names.
   */
  runtimeObject?: number;
  /**
   * `steps[step]` is what a package's entry file exports, which the program imports whole
   * under `name` (`passport`): named from there (set by the report, `withProgramImport`).
   */
  importedAs?: { step: number; name: string };
}

/** A collection inside the new entries of a holder (`conn.messageBuffer` in each connection). */
export interface NestedCollection {
  path: NamedPath;
  /** `Array`, `Map`, `Set`, `Object (dictionary)`. */
  holder: string;
  instances: number;
  entries: number;
  nodeId: number;
}

export type { TimerInfo };

/** One holder of new objects in the target snapshot. */
export interface GrowthRecord {
  /** Node id of the holder (0 for a timer pool, which the runtime holds). */
  holderId: number;
  /** The holder as DevTools names it: `Array`, `Map`, `EventEmitter`, `system / Context`. */
  holderName: string;
  /** Group index of the holder in the target analysis' groups, -1 for a timer pool. */
  holderGroup: number;
  /** New entries it holds directly, and all its entries now. */
  newEntries: number;
  entries: number;
  storeBytes: number;
  /** New objects attributed to it (its new entries and what they keep alive) and their bytes. */
  newCount: number;
  newBytes: number;
  /** Group index → count of its new entries, largest first. */
  entryGroups: [number, number][];
  /** Group index → [count, bytes] of all it accumulated, largest bytes first. */
  regionGroups: [number, number, number][];
  /** Shape index (DevTools' classes, `devtools_classes.ts`) → count of all it accumulated. */
  regionShapes: [number, number][];
  /**
   * Groups of the suspended functions (`Generator`s: async functions' and generators' frames)
   * passed on the way to what it kept that were gone by the end.
   */
  passedFrames?: number[];
  /** The entries are the holder's own class through one link (a linked list's new tail). */
  chain: boolean;
  /** Name of the link the chain grows by (`next`, `next[…]` for an array of links). */
  chainLink?: string;
  /** An AbortSignal on its path was aborted already (`aborted_signals.ts`). */
  signalAborted?: boolean;
  /** New links of a chain kept through its links' own stores, walked (`Accumulation`). */
  chainLinks?: number;
  /** A pending promise holder: its new reaction records, one per then/await/race on it. */
  reactions?: number;
  /** The holder's owner's properties holding undefined, null, true or false (`owner_settings.ts`). */
  ownerSettings?: Record<string, string>;
  /**
   * Its entries keep a WeakRef whose target they also hold strongly (`weak_targets.ts`): the
   * target never goes, and a cleanup waiting for `deref()` to return undefined never runs.
   */
  weakHeld?: WeakTargetHeld;
  /**
   * A chain hanging from one of another holder's objects (`hang`), as a record of its own: the
   * holder whose former entries its nodes are.
   */
  formerHolder?: NamedPath;
  /**
   * A linked structure grown by splicing: its new nodes were linked in at this many places
   * (`linked_structures.ts`); the record stands for all of them.
   */
  spliced?: number;
  /** The holder's edge to its (first) new entry: the variable or property that got a new value. */
  entryEdge?: string;
  /** The new value was built on the previous one (see `Accumulation.appendsToOld`). */
  appendsToOld: boolean;
  /** Such a value kept in a Map: the key it is kept under (`"EUR/USD"`). */
  entryKey?: string;
  /** The property by which it links the previous one (`parent`, `next`). */
  appendLink?: string;
  /**
   * The new value was rebuilt from the previous one plus more (`Accumulation.oldLinked`): the
   * group of what it gathers, how many new ones, and the properties from the value down to
   * where they are kept (`["recentSearches"]`; empty when the value links them itself); how
   * many levels deep its new objects nest, and the property that links each level to the one
   * before when that is what counts them (`__proto__`).
   */
  rebuilt?: { group: number; count: number; via: string[]; depth?: number; link?: string };
  /**
   * For a holder of one or two new or replaced values: the biggest object they hold, by its
   * DevTools shape (`shapeOf`) and self size, when at least {@link LARGE_VALUE} bytes — a
   * value rebuilt bigger each time shows only as its class's bytes growing.
   */
  largest?: { shape: number; bytes: number };
  /** The shortest declared path to the holder (to one of the timers, for a timer pool). */
  path?: NamedPath;
  /**
   * Other names the holder is kept under besides its path's last (`value`, of a parser's
   * stack frame, beside `#root.readings`): the program may add to it through any of them.
   */
  aliases?: string[];
  /** Its entries are buckets (`bucket_entries.ts`): what they hold, which the program adds. */
  buckets?: Omit<BucketEntries, "entryGroups">;
  /** Where the holder's scope's function is (closures and scopes), or its class. */
  holderLocation?: GeneratedLocation;
  /**
   * The class of the object the holder is a property of (`cache.data`: the cache's
   * constructor): that class's code is where the holder is most likely written.
   */
  ownerLocation?: GeneratedLocation;
  timer?: TimerInfo;
  /** Node id of one new entry (for `find_retainers @id`). */
  sampleEntryId: number;
  /** A timer pool: its key and how many of its timers are active in this snapshot. */
  timerPool?: { key: string; active: number };
  /** One of V8's registries (`root_tables.ts`): its root edge and its entries in this snapshot. */
  rootTable?: { key: string; active: number };
  /** A few of its new entries' keys (`Accumulation.keys`). */
  sampleKeys?: string[];
  /**
   * Sampled keys too long to show whole, read whole (`Accumulation.wholeKeys`): what makes each
   * new may come after the cut (a request id among JSON fields, a value written into SQL).
   */
  wholeKeys?: string[];
  /** New entries that are its own property names: a dictionary's keys (`Accumulation.keyEntries`). */
  keyEntries?: number;
  /** The group of a Map's new keys, read from its table's key slots. */
  keyGroup?: number;
  /**
   * Holders (node ids) that hold some of the same new entries, and how many: the same objects
   * in two collections (`Accumulation.sharedWith`, seen from the holder searched second).
   */
  sharedWith?: [number, number][];
  /** Its new entries are being worked off from the front (`Accumulation.workedOff`). */
  workedOff?: boolean;
  /**
   * (Nearly) every new entry it took was gone by the final snapshot (`Accumulation.turnedOver`):
   * how many went and of which groups, and what they kept (all gone too), by group.
   */
  turnedOver?: {
    entries: number;
    entryGroups: [number, number][];
    count: number;
    bytes: number;
    regionGroups: [number, number, number][];
  };
  /**
   * Set on a record remade from one that turned over (nearly) every entry and still grew in each
   * run (`driftedBound` in `suspect_growth.ts`): its entries at the final snapshot, and how many
   * of its new entries stayed.
   */
  drift?: { entriesFinal: number; kept: number };
  /**
   * Set on a record that gained a few big entries in each run, too few for growth per cycle
   * (`gainsOnClock` in `suspect_growth.ts`): its entries at the final snapshot.
   */
  clock?: { entriesFinal: number };
  /** The holder is new, a collection kept under a key of an old one (`Accumulation.newUnderOld`). */
  newUnderOld?: boolean;
  /**
   * A chain of new objects of its entries' class hanging from one of what it holds, by a
   * property, that it no longer holds (`hanging_chains.ts`): the object it hangs from (its
   * id, class and declared path), the link, and the chain's nodes, objects and bytes.
   */
  hang?: {
    nodeId: number;
    name: string;
    group: number;
    path?: NamedPath;
    link: string;
    links: number;
    oldLinks: number;
    objects: number;
    bytes: number;
  };
  /** A WeakMap's: holders (node ids) that hold the keys its new values live by, and how many. */
  keysHeldBy?: [number, number][];
  /** How many of its new entries live by another object (a WeakMap's values, WeakRefs, registrations). */
  weakEntries?: number;
  /** The other collections of the object it is a property of (`paired_collections.ts`). */
  siblings?: SiblingCollection[];
  /** The sibling the program moves its entries to or from: the two are one structure. */
  exchange?: Exchange;
  /**
   * The holder is one of a tree's levels, reported for them all (`tree_levels.ts`): the tree's
   * first node, the property its levels are kept under, their holders and what they gained
   * together.
   */
  tree?: Omit<TreeTotals, "entryGroups" | "regionGroups">;
  /**
   * The holders (node ids) on either side of a run of new nodes in a linked list, counted
   * together on this record, which is named by the list's end (`list_runs.ts`).
   */
  listRun?: number[];
  /**
   * Some new entry keeps a collection of its own under the holder's property name holding a
   * new node of its class: a level below (`tree_levels.ts`'s `hasLevelBelow`).
   */
  levelBelow?: boolean;
  /** A tree's record: the holders (node ids) of its levels, judged together (`tree_structures.ts`). */
  treeLevels?: number[];
  /** One new entry that is an object, previewed (`preview.ts`). */
  sample?: string;
  /** That entry's properties whose values are strings (`preview.ts`'s `textProperties`). */
  textFields?: string[];
  /** That entry's properties that are slices of a big string, and its bytes (`slicedFields`). */
  slices?: { fields: string[]; parentBytes: number };
  /**
   * Fields every new object entry has with the same value (`cancelled: true`), as code writes
   * the value (`shared_values.ts`).
   */
  sharedValues?: SharedValues;
  /**
   * The holder is an async generator and its new entries are `next()` calls it has not
   * answered yet, queued in V8's request list.
   */
  queuedCalls?: boolean;
  nested: NestedCollection[];
}

/**
 * `{ sharedWith, keysHeldBy }`: the holders (by node id) whose new entries `r` also holds, and
 * that hold the keys of `r`'s new values (a WeakMap's), if any.
 */
function sharedOf(
  s: HeapSnapshot,
  records: Accumulation[],
  r: Accumulation,
): { sharedWith?: [number, number][]; keysHeldBy?: [number, number][]; weakEntries?: number } {
  const byHolderId = (counts: Map<number, number>) =>
    [...counts].flatMap(([k, n]): [number, number][] => {
      const holder = records[k]?.holder ?? -1;
      return holder >= 0 ? [[s.nodeId[holder], n]] : [];
    });
  const shared = byHolderId(r.sharedWith);
  const keys = byHolderId(r.keysHeldBy);
  const weak = r.weakKeys.length;
  return {
    ...(shared.length ? { sharedWith: shared } : {}),
    ...(keys.length ? { keysHeldBy: keys, weakEntries: weak } : {}),
  };
}

/** `{ sample }` with the preview of `node` (a record's object or function entry), or nothing. */
function sampleOf(
  s: HeapSnapshot,
  codes: TypeCodes,
  node: number,
): Pick<GrowthRecord, "sample" | "textFields" | "slices"> {
  const sample = node >= 0 ? previewOf(s, codes, node) : undefined;
  const textFields = node >= 0 ? textProperties(s, codes, node) : [];
  const slices = node >= 0 ? slicedFields(s, codes, node) : undefined;
  return {
    ...(sample ? { sample } : {}),
    ...(textFields.length ? { textFields } : {}),
    ...(slices ? { slices } : {}),
  };
}

/** Options of {@link findGrowth}. */
export interface GrowthOptions {
  baselineIds: Uint32Array;
  finalIds?: Uint32Array;
  /** The target's dominator tree (finds the owner of a store); empty when there is none. */
  idom: Uint32Array;
  isRuntimeScript: (scriptId: number) => boolean;
  /** Scripts of the program's dependencies (`node_modules`): named after the program's own. */
  isDependencyScript?: (scriptId: number) => boolean;
  /** Whether a script is the file a package starts at, where the program imports it. */
  isEntryScript?: (scriptId: number) => boolean;
  /** Node-long scratch arrays to reuse (contents are overwritten). */
  scratch?: Uint32Array[];
  /** Per node: its DevTools shape, to tell which classes each record's new objects are of. */
  shapeOf?: PerNodeIndex;
  /** Called after each step with its name (the bench shows where the time goes). */
  lap?: (step: string) => void;
}

/** Result of {@link findGrowth}. */
export interface GrowthResult {
  records: GrowthRecord[];
  /** All new objects in the target, and those no holder of the program's data reached. */
  newCount: number;
  newBytes: number;
  unattributedCount: number;
  unattributedBytes: number;
}

/** Finds and describes where the target snapshot's new objects accumulate. */
export function findGrowth(
  s: HeapSnapshot,
  codes: TypeCodes,
  groups: GroupTable,
  rows: LocationRows,
  opts: GrowthOptions,
): GrowthResult {
  const spare = () => opts.scratch?.pop() ?? new Uint32Array(s.nodeCount);
  const lap = opts.lap ?? (() => {});
  const kinds = nodeKinds(s, codes);
  const scopes = declaredScopes(
    s,
    codes,
    kinds,
    rows,
    opts.isRuntimeScript,
    opts.isDependencyScript,
    opts.isEntryScript,
  );
  const seen = spare();
  const walker = new EntryWalker(s, codes, kinds, seen);
  const isNew = markNew(s, opts.baselineIds, opts.finalIds);
  lap("growth: new objects");
  const timers = timerSeeds(s, codes, rows, activeTimers(s, codes, rows), isNew);
  const label = spare();
  // An exported binding lives in a cell of its module, not in a scope: the cell is the
  // variable, so a value replaced there (`export let current = …`) has a holder.
  const cells = new Set(scopes.exports.keys());
  const candidates = holderCandidates(walker, isNew, opts.idom, cells);
  lap("growth: holders");
  const records = findAccumulations(
    walker,
    isNew,
    groups.groupOf,
    label,
    timers.seeds,
    candidates,
    cells,
  );
  // What only V8's registries and the runtime's handles keep, once every holder of the
  // program took its own.
  const tables = new Map<number, string>();
  for (const t of rootTables(s, codes)) {
    const record = rootTableRecord(
      s,
      codes,
      kinds,
      t.entries,
      isNew,
      groups.groupOf,
      label,
      records.length + 1,
    );
    if (record) tables.set(records.push(record) - 1, t.key);
  }
  lap("growth: accumulations");

  let newCount = 0;
  let newBytes = 0;
  let unattributedCount = 0;
  let unattributedBytes = 0;
  const shapesOf = new Map<number, Map<number, number>>();
  // Data and the stores that hold it (reallocated backing stores count toward a holder).
  for (let i = 0; i < s.nodeCount; i++) {
    if (opts.shapeOf && label[i] !== 0) {
      let shapes = shapesOf.get(label[i] - 1);
      if (!shapes) shapesOf.set(label[i] - 1, shapes = new Map());
      const shape = opts.shapeOf[i];
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    }
    if (isNew[i] !== NEW || kinds[i] === KIND_SKIP) continue;
    newCount++;
    newBytes += s.nodeSelfSize[i];
    if (label[i] === 0) {
      unattributedCount++;
      unattributedBytes += s.nodeSelfSize[i];
    }
  }

  // A tree's levels are one holder, its figures the levels' together (`tree_levels.ts`).
  const trees = treeLevels(s, codes, opts.idom, groups.groupOf, records);
  // So are the holders on both sides of a run of new nodes in a linked list (`list_runs.ts`).
  const lists = listRuns(s, codes, groups.groupOf, records, label, isNew);
  const indexed = records.map((r, index) => ({ r, index }))
    .filter(({ index }) => !trees.levels.has(index) && !lists.others.has(index));
  const isLarge = (r: Accumulation) =>
    r.largestBytes >= LARGE_VALUE && r.newEntries + r.replacedEntries <= 2;
  const bytesOf = ({ r, index }: { r: Accumulation; index: number }) =>
    Math.max(
      trees.totals.get(index)?.newBytes ?? lists.runs.get(index)?.newBytes ?? r.newBytes,
      isLarge(r) ? r.largestBytes : 0,
    );
  const chosen = indexed.filter(({ r, index }) =>
    r.newCount >= 2 || r.newStoreBytes > 0 || isLarge(r) || trees.totals.has(index) ||
    lists.runs.has(index)
  )
    .sort((a, b) => bytesOf(b) - bytesOf(a))
    .slice(0, NAMED_RECORDS);
  // Holders whose only trace is storage V8 reallocated (small integers, number keys), largest
  // first: their growth is decided against the other snapshots' storage.
  const picked = new Set(chosen.map((c) => c.index));
  chosen.push(
    ...indexed.filter(({ r, index }) =>
      r.newEntries === 0 && r.storeReplaced && !picked.has(index) &&
      STORE_ONLY_HOLDERS.includes(groups.names[groups.groupOf[r.holder]])
    ).sort((a, b) => b.r.storeBytes - a.r.storeBytes).slice(0, STORE_ONLY_RECORDS),
  );
  // Values rebuilt as a new collection that takes the old one's items along (`pending =
  // pending.filter(…)`): their region may be small when another holder took the items first,
  // but what they hold directly is counted (rebuiltValue).
  for (const c of chosen) picked.add(c.index);
  chosen.push(
    ...indexed.filter(({ r, index }) =>
      !picked.has(index) && r.oldLinked.size > 0 && r.newEntries + r.replacedEntries <= 2 &&
      r.newEntries + r.replacedEntries > 0 &&
      COLLECTIONS.has(groups.names[groups.groupOf[r.sampleEntry]])
    ).slice(0, REBUILT_RECORDS),
  );
  // Holders that took new entries and had let (nearly) all of them go by the end: whether they are
  // bounded is decided against the other snapshots' counts (a bound that drifts grows).
  for (const c of chosen) picked.add(c.index);
  chosen.push(
    ...indexed.filter(({ r, index }) => r.turnedOver && r.holder >= 0 && !picked.has(index))
      .sort((a, b) => b.r.replacedEntries - a.r.replacedEntries).slice(0, TURNOVER_RECORDS),
  );
  for (const c of chosen) picked.add(c.index);
  chosen.push(
    ...sharingHolders(
      indexed.filter(({ index }) => !picked.has(index)),
      new Map(chosen.map((c) => [c.index, bytesOf(c)])),
    ),
  );
  // Chains hanging from what a holder keeps, that it no longer holds (`hanging_chains.ts`).
  const hangs = new Map<number, HangingChain>();
  for (const { r, index } of chosen) {
    if (r.hangFrom < 0 || r.chain || lists.runs.has(index)) continue;
    const chain = measureHangingChain(
      s,
      codes,
      walker,
      r.holder,
      r.hangFrom,
      r.hangEdge,
      label,
      index + 1,
      isNew,
      groups.groupOf,
    );
    if (chain.links >= 2) hangs.set(index, chain);
  }
  // The walker's de-duplication array is the searches' queue (the walker is done by then).
  const inside = nestedCandidates(s, codes, walker, label, chosen.map((c) => c.index));
  const targets = [
    ...chosen.map(({ r }) => (r.holder >= 0 ? r.holder : r.sampleEntry)),
    ...inside.map((c) => c.node),
    ...[...hangs.values()].map((h) => h.from),
    ...[...lists.runs.values()].map((run) => run.end),
  ];
  const paths = new DeclaredPaths(walker, scopes, { parent: spare(), queue: seen, targets });
  const nested = poolNested(s, codes, inside, paths, scopes, rows);
  lap("growth: paths");
  // The edge each named holder's path reaches it by, for its other names (`holderAliases`).
  const aliasOf: { node: number; pathEdge: number }[] = [];
  const out: GrowthRecord[] = chosen.map(({ r, index }) => {
    const timer = timers.info.get(index);
    const tableKey = tables.get(index);
    const holder = r.holder;
    const run = lists.runs.get(index);
    const path = (run && endPath(groups.groupOf, paths.pathTo(run.end))) ??
      paths.pathTo(holder >= 0 ? holder : r.sampleEntry);
    const record: GrowthRecord = {
      holderId: holder >= 0 ? s.nodeId[holder] : 0,
      holderName: holder >= 0
        ? displayName(s, codes, holder)
        : tableKey
        ? rootTableInfo(tableKey).name
        : "Timeout",
      holderGroup: holder >= 0 ? groups.groupOf[holder] : -1,
      newEntries: r.newEntries,
      entries: r.entries,
      storeBytes: r.storeBytes,
      newCount: r.newCount,
      newBytes: r.newBytes,
      entryGroups: entryGroupRows(r.entryGroups),
      regionGroups: regionGroupRows(r.regionGroups),
      regionShapes: [...(shapesOf.get(index) ?? [])],
      chain: r.chain,
      appendsToOld: r.appendsToOld,
      ...(r.appendLink >= 0 ? { appendLink: edgeLabel(s, codes, r.appendLink) } : {}),
      sampleEntryId: s.nodeId[r.sampleEntry],
      ...(r.keys.length ? { sampleKeys: r.keys } : {}),
      ...(r.wholeKeys.length > 1 ? { wholeKeys: r.wholeKeys } : {}),
      ...(r.keyEntries ? { keyEntries: r.keyEntries } : {}),
      ...(r.keyGroup >= 0 ? { keyGroup: r.keyGroup } : {}),
      ...sharedOf(s, records, r),
      ...(r.newUnderOld ? { newUnderOld: true } : {}),
      ...(r.workedOff ? { workedOff: true } : {}),
      ...(r.turnedOver
        ? {
          turnedOver: {
            entries: r.replacedEntries,
            entryGroups: entryGroupRows(r.replacedGroups),
            count: r.turnedOver.count,
            bytes: r.turnedOver.bytes,
            regionGroups: regionGroupRows(r.turnedOver.regionGroups),
          },
        }
        : {}),
      // An object entry, else a function (what its scope keeps).
      ...sampleOf(
        s,
        codes,
        r.objectEntry >= 0 || r.sampleEntry < 0 || s.nodeType[r.sampleEntry] !== codes.closure
          ? r.objectEntry
          : r.sampleEntry,
      ),
      nested: nested.get(index) ?? [],
    };
    if (isLarge(r) && opts.shapeOf) {
      record.largest = { shape: opts.shapeOf[r.largest], bytes: r.largestBytes };
    }
    // Only where the new entries are mostly arrays: the walk visits all the holder's entries.
    // Or none stayed of them (buckets a rehash made anew before the final snapshot).
    const arrays = record.entryGroups[0]
      ? groups.names[record.entryGroups[0][0]] === "Array"
      : r.newUnderOld && record.holderName === "Array";
    const buckets = arrays && holder >= 0 && !run
      ? bucketEntries(walker, holder, isNew, groups.groupOf)
      : undefined;
    if (buckets) {
      // Its entries, as the program adds them, are what the buckets hold.
      const { entryGroups, ...counts } = buckets;
      record.buckets = counts;
      record.entryGroups = entryGroups;
    }
    const into = path?.edges.at(-1) ?? -1;
    const keyed = holder >= 0 && ["Map", "Set"].includes(record.holderName);
    if (keyed && !run && into >= 0 && s.edgeType[into] === codes.edgeProperty) {
      if (hasLevelBelow(walker, holder, s.edgeNameOrIndex[into], isNew, groups.groupOf)) {
        record.levelBelow = true;
      }
    }
    const shared = holder >= 0 && !run ? sharedValues(walker, holder, isNew) : undefined;
    if (shared) record.sharedValues = shared;
    const rebuilt = rebuiltValue(s, codes, walker, r, groups.groupOf, isNew);
    if (rebuilt) record.rebuilt = rebuilt;
    if (r.chain) record.chainLink = edgeLabel(s, codes, r.entryEdge);
    if (r.chainLinks !== undefined) record.chainLinks = r.chainLinks;
    const settings = holder >= 0 && path?.nodes.at(-1) === holder
      ? ownerSettings(s, codes, path)
      : undefined;
    if (settings) record.ownerSettings = settings;
    if (holder >= 0 && record.holderName === "Promise") {
      const reactions = newReactions(s, codes, holder, isNew);
      if (reactions > 0) record.reactions = reactions;
    }
    if (!r.chain && holder >= 0 && r.newStoreBytes > 0 && queuesRequests(s, codes, holder)) {
      record.queuedCalls = true;
    }
    if (r.entryEdge >= 0) {
      // An exported binding's cell holds its value under `value`: the binding's name says it.
      record.entryEdge = scopes.exports.get(holder) ?? edgeLabel(s, codes, r.entryEdge);
      // A value rebuilt on the one it replaced, kept in a Map: the key it is kept under.
      const key = r.appendsToOld || record.rebuilt
        ? valueKeyIn(s, codes, r.entryEdge, r.sampleEntry)
        : undefined;
      if (key !== undefined) record.entryKey = key;
    }
    if (holder >= 0 && !run) aliasOf.push({ node: holder, pathEdge: path?.edges.at(-1) ?? -1 });
    if (path) {
      record.path = namedPath(s, codes, path, scopes, rows);
      if (abortedSignalOn(s, codes, path.nodes)) record.signalAborted = true;
      const siblings = holder >= 0 ? siblingCollections(s, codes, path) : [];
      if (siblings.length) record.siblings = siblings;
      const resumes = resumedFunction(s, codes, path, scopes, rows, paths);
      if (resumes) record.path.resumes = resumes;
      const runtimeObject = runtimeObjectStep(s, codes, path, rows, opts.isRuntimeScript);
      if (runtimeObject > 0) record.path.runtimeObject = runtimeObject;
      if (path.root === "runtime") {
        const anchor = programAnchor(s, codes, path, scopes, rows, opts.isRuntimeScript);
        if (anchor >= 0) {
          record.path.anchor = anchor;
          const loc = nodeLocation(s, rows, path.nodes[anchor]);
          if (loc) record.path.rootLocation = loc;
        }
      }
    }
    if (holder >= 0) {
      const loc = holderLocation(s, codes, holder, scopes.owner, rows);
      if (loc) record.holderLocation = loc;
      const owner = path && path.nodes.length >= 2 ? path.nodes[path.nodes.length - 2] : -1;
      const ownerLoc = owner >= 0 && s.nodeType[owner] === codes.object &&
          s.edgeType[path!.edges.at(-1)!] === codes.edgeProperty
        ? nodeLocation(s, rows, owner)
        : undefined;
      if (ownerLoc) record.ownerLocation = ownerLoc;
    }
    if (timer) {
      record.timer = timer.info;
      record.timerPool = { key: timer.key, active: timer.active };
    }
    if (tableKey) record.rootTable = { key: tableKey, active: r.entries };
    const frames = [...r.passedGroups].filter((g) => groups.names[g] === "Generator");
    if (frames.length) record.passedFrames = frames;
    // A value replaced since (a list rebuilt by each prune) is searched from as well.
    const weak = weakTargetHeld(s, codes, r.objectEntry >= 0 ? r.objectEntry : r.sampleEntry);
    if (weak) record.weakHeld = weak;
    const tree = trees.totals.get(index);
    if (tree) {
      const { entryGroups, regionGroups, ...totals } = tree;
      record.tree = totals;
      record.entryGroups = entryGroupRows(entryGroups);
      record.regionGroups = regionGroupRows(regionGroups);
    }
    if (run) {
      record.newEntries = run.newEntries;
      record.entries = run.entries;
      record.newCount = run.newCount;
      record.newBytes = run.newBytes;
      record.entryGroups = entryGroupRows(run.entryGroups);
      record.regionGroups = regionGroupRows(run.regionGroups);
      record.regionShapes = summedShapes(run.members.map((k) => shapesOf.get(k)));
      record.chain = true;
      record.chainLink = edgeLabel(s, codes, r.entryEdge);
      record.listRun = run.members.flatMap((k) =>
        records[k].holder >= 0 ? [s.nodeId[records[k].holder]] : []
      );
      delete record.rebuilt;
    }
    const hang = hangs.get(index);
    if (hang) {
      const to = paths.pathTo(hang.from);
      record.hang = {
        nodeId: s.nodeId[hang.from],
        name: displayName(s, codes, hang.from),
        group: groups.groupOf[hang.from],
        link: edgeLabel(s, codes, hang.edge),
        links: hang.links,
        oldLinks: hang.oldLinks,
        objects: hang.objects,
        bytes: hang.bytes,
        ...(to ? { path: namedPath(s, codes, to, scopes, rows) } : {}),
      };
    }
    return record;
  });
  const aliases = holderAliases(s, codes, aliasOf);
  out.forEach((record, k) => {
    const names = lists.runs.has(chosen[k].index) ? undefined : aliases.get(chosen[k].r.holder);
    if (names) record.aliases = names;
  });
  return { records: out, newCount, newBytes, unattributedCount, unattributedBytes };
}

/**
 * The path to a linked list's end when the program keeps that end by something else than a node
 * of the list (`cache.#head`), else undefined.
 */
function endPath(
  groupOf: PerNodeIndex,
  path: DeclaredPath | undefined,
): DeclaredPath | undefined {
  const nodes = path?.nodes;
  if (!nodes || nodes.length < 2) return undefined;
  return groupOf[nodes.at(-2)!] === groupOf[nodes.at(-1)!] ? undefined : path;
}

/** Shape counts of several holders' regions, summed. */
function summedShapes(regions: (Map<number, number> | undefined)[]): [number, number][] {
  const out = new Map<number, number>();
  for (const shapes of regions) {
    for (const [shape, n] of shapes ?? []) out.set(shape, (out.get(shape) ?? 0) + n);
  }
  return [...out];
}

/** A record's entries by group as reported: most first, the top four. */
function entryGroupRows(groups: Map<number, number>): [number, number][] {
  return [...groups].sort((a, b) => b[1] - a[1]).slice(0, 4);
}

/** What a record's new objects are by group, as reported: most bytes first. */
function regionGroupRows(groups: Map<number, [number, number]>): [number, number, number][] {
  return [...groups].map(([g, [c, b]]) => [g, c, b] as [number, number, number])
    .sort((a, b) => b[2] - a[2]).slice(0, REGION_GROUPS);
}

/** How deep below a rebuilt value its gathered objects are looked for. */
const REBUILT_DEPTH = 4;

/**
 * For a holder with one or two new values among whose new objects are many of a group the
 * value's old objects also belong to (see `Accumulation.oldLinked`): that group, and the
 * property path from the value to the object that holds most of them directly.
 */
export function rebuiltValue(
  s: HeapSnapshot,
  codes: TypeCodes,
  walker: EntryWalker,
  r: Accumulation,
  groupOf: PerNodeIndex,
  isNew: Uint8Array,
): GrowthRecord["rebuilt"] {
  // A linked list's new tail is measured as a list.
  const values = r.newEntries + r.replacedEntries;
  if (r.chain || values === 0 || values > 2 || r.oldLinked.size === 0) {
    return undefined;
  }
  // What the value holds directly (a rebuilt list's items) tells its kind of entry: of the
  // groups it shares with its old objects, one it holds comes first.
  // Counted there, its new items are the rebuilds' gain, whichever holder's region they fell
  // in (an item also kept in a map of open ones is still one of the list's).
  const direct = new Map<number, number>();
  walker.forEachEntry(r.sampleEntry, (child) => {
    const g = groupOf[child];
    if (r.oldLinked.has(g) && isNew[child] === NEW) direct.set(g, (direct.get(g) ?? 0) + 1);
  });
  let group = -1;
  let count = 0;
  const held = [...direct].filter(([, n]) => n >= 2);
  for (
    const [g, n] of held.length
      ? held
      : [...r.oldLinked].map((g) => [g, r.regionGroups.get(g)?.[0] ?? 0])
  ) {
    if (n > count) [group, count] = [g, n];
  }
  if (count < 2) return undefined;
  // Breadth-first through new objects from the value: the one holding most of the group.
  let best = { node: r.sampleEntry, held: 0, via: [] as string[] };
  let layer = [{ node: r.sampleEntry, via: [] as string[] }];
  const visited = new Set([r.sampleEntry]);
  for (let depth = 0; depth <= REBUILT_DEPTH && layer.length; depth++) {
    const next: typeof layer = [];
    for (const { node, via } of layer) {
      let held = 0;
      walker.forEachEntry(node, (child) => {
        if (groupOf[child] === group) held++;
      });
      if (held > best.held) best = { node, held, via };
      for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
        const t = s.edgeTo[e];
        if (!isNew[t] || visited.has(t) || s.edgeType[e] !== codes.edgeProperty) continue;
        if (groupOf[t] === group) continue;
        visited.add(t);
        next.push({ node: t, via: [...via, edgeLabel(s, codes, e)] });
      }
    }
    layer = next;
  }
  const nested = nestingDepth(s, codes, r.sampleEntry, group, groupOf, isNew);
  const linked = linkedDepth(s, codes, r.sampleEntry, isNew);
  const depth = Math.max(nested, linked.depth);
  // A value of a class whose old objects it reaches too, nesting the one before it through
  // objects of other classes (a stream split by tee() again and again: each new branch reads
  // the last through the runtime's reader and algorithms): one level per rebuild.
  const own = groupOf[r.sampleEntry];
  const layers = layeredDepth(s, codes, r.sampleEntry, groupOf, isNew);
  if (layers.reachesOld && layers.depth >= MIN_LAYERS && layers.depth > depth) {
    const count = r.regionGroups.get(own)?.[0] ?? layers.depth;
    return { group: own, count, via: [], depth: layers.depth };
  }
  return {
    group,
    count,
    via: groupOf[r.sampleEntry] === group ? [] : best.via,
    ...(depth > 1 ? { depth } : {}),
    ...(linked.depth > nested ? { link: linked.link } : {}),
  };
}

/** How far below a value the first object of its gathered group is looked for. */
const NESTING_START_DEPTH = 3;

/**
 * The longest run of new objects of `group`, each holding the next, that starts near `value`:
 * a value rebuilt by nesting the previous one (`settled = Promise.all([settled, done])`
 * resolves to `[previous, result]`) has one level per rebuild, whatever else each level holds.
 */
export function nestingDepth(
  s: HeapSnapshot,
  codes: TypeCodes,
  value: number,
  group: number,
  groupOf: PerNodeIndex,
  isNew: Uint8Array,
): number {
  // The nearest new object of the group, breadth-first through new objects.
  let start = -1;
  let layer = [value];
  const seen = new Set(layer);
  for (let d = 0; d <= NESTING_START_DEPTH && start < 0 && layer.length; d++) {
    const next: number[] = [];
    for (const node of layer) {
      if (groupOf[node] === group) {
        start = node;
        break;
      }
      for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
        const t = s.edgeTo[e];
        if (s.edgeType[e] === codes.edgeWeak || !isNew[t] || seen.has(t)) continue;
        seen.add(t);
        next.push(t);
      }
    }
    layer = next;
  }
  if (start < 0) return 0;
  // Longest path down through new objects of the group: depth-first, each node's depth once
  // (a node met again while open is a cycle and adds nothing).
  const depth = new Map<number, number>();
  const stack: [number, number][] = [[start, s.firstEdge[start]]];
  depth.set(start, 0);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const [node, e] = top;
    if (e < s.firstEdge[node + 1]) {
      top[1]++;
      const t = s.edgeTo[e];
      if (s.edgeType[e] === codes.edgeWeak || !isNew[t] || groupOf[t] !== group) continue;
      if (depth.has(t)) continue;
      depth.set(t, 0);
      stack.push([t, s.firstEdge[t]]);
      continue;
    }
    stack.pop();
    let deepest = 0;
    for (let f = s.firstEdge[node], end = s.firstEdge[node + 1]; f < end; f++) {
      const t = s.edgeTo[f];
      if (s.edgeType[f] === codes.edgeWeak || groupOf[t] !== group || !isNew[t]) continue;
      deepest = Math.max(deepest, depth.get(t) ?? 0);
    }
    depth.set(node, deepest + 1);
  }
  return depth.get(start) ?? 0;
}

/**
 * Fewest layers that make a value one rebuilt on the previous through other objects (two or
 * three are a value that holds one of its kind, as a list's item may).
 */
const MIN_LAYERS = 8;

/** Most new objects {@link layeredDepth} visits below one value. */
const LAYERED_VISITS = 200_000;

/**
 * How many layers of new objects of `value`'s own group nest below it, each reached from the
 * one above through new objects of other groups only: one per rebuild of a value that keeps
 * the one before it however many objects lie between (a runtime's own, a closure's scope).
 * And whether the last layers reach an old object of the group: the rebuilds went on from
 * what the baseline had.
 */
export function layeredDepth(
  s: HeapSnapshot,
  codes: TypeCodes,
  value: number,
  groupOf: PerNodeIndex,
  isNew: Uint8Array,
): { depth: number; reachesOld: boolean } {
  const group = groupOf[value];
  const seen = new Set([value]);
  let reachesOld = false;
  let frontier = [value];
  let depth = 0;
  while (frontier.length && seen.size < LAYERED_VISITS) {
    depth++;
    const next: number[] = [];
    const queue = frontier;
    for (let q = 0; q < queue.length && seen.size < LAYERED_VISITS; q++) {
      const node = queue[q];
      for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
        const t = s.edgeTo[e];
        if (s.edgeType[e] === codes.edgeWeak || seen.has(t)) continue;
        if (!isNew[t]) {
          if (groupOf[t] === group) reachesOld = true;
          continue;
        }
        seen.add(t);
        if (groupOf[t] === group) next.push(t);
        else queue.push(t);
      }
    }
    frontier = next;
  }
  return { depth, reachesOld };
}

/**
 * The longest run of new objects from `start` each holding the next by one property, and that
 * property (a revision made with `Object.create(previous)` links it by `__proto__`, whatever
 * each one sets): one level per rebuild when the levels' shapes differ.
 */
export function linkedDepth(
  s: HeapSnapshot,
  codes: TypeCodes,
  start: number,
  isNew: Uint8Array,
): { depth: number; link?: string } {
  let deepest: { depth: number; link?: string } = { depth: 0 };
  for (let e = s.firstEdge[start], end = s.firstEdge[start + 1]; e < end; e++) {
    if (s.edgeType[e] !== codes.edgeProperty || !isNew[s.edgeTo[e]]) continue;
    const link = s.edgeNameOrIndex[e];
    const seen = new Set([start]);
    let x = s.edgeTo[e];
    while (x >= 0 && isNew[x] && !seen.has(x)) {
      seen.add(x);
      x = namedProperty(s, codes, x, link);
    }
    if (seen.size > deepest.depth) deepest = { depth: seen.size, link: edgeLabel(s, codes, e) };
  }
  return deepest;
}

/** The last step of a path that is an object of a program class or a program closure, or -1. */
function programAnchor(
  s: HeapSnapshot,
  codes: TypeCodes,
  path: DeclaredPath,
  scopes: { programClosure: Uint8Array },
  rows: LocationRows,
  isRuntimeScript: (scriptId: number) => boolean,
): number {
  for (let k = path.nodes.length - 1; k > 0; k--) {
    const node = path.nodes[k];
    if (scopes.programClosure[node] === PROGRAM_CLOSURE) return k;
    const r = rows.of(node);
    if (s.nodeType[node] === codes.object && r >= 0 && !isRuntimeScript(s.locations.scriptId[r])) {
      return k;
    }
  }
  return -1;
}

/**
 * One seed record per timer pool: every active timer of the pool starts the search for what it
 * keeps (a re-armed timer is a new object that is gone by the final snapshot, but what it keeps
 * is not), and the new ones are its entries.
 */
function timerSeeds(
  s: HeapSnapshot,
  codes: TypeCodes,
  rows: LocationRows,
  timers: ActiveTimer[],
  isNew: Uint8Array,
) {
  const seeds: { record: Accumulation; entries: number[] }[] = [];
  const info = new Map<number, { info: TimerInfo; key: string; active: number }>();
  const byKey = new Map<string, number>();
  for (const t of timers) {
    let k = byKey.get(t.key);
    if (k === undefined) {
      k = seeds.length;
      byKey.set(t.key, k);
      seeds.push({ record: newAccumulation(-1, t.node, -1), entries: [] });
      info.set(k, { info: timerInfo(s, codes, rows, t), key: t.key, active: 0 });
    }
    seeds[k].entries.push(t.node);
    info.get(k)!.active++;
    if (isNew[t.node] === NEW) seeds[k].record.sampleEntry = t.node;
  }
  return { seeds, info };
}

/**
 * The record of a table the runtime's roots hold (`root_tables.ts`): its entries that are new,
 * alive at the end and taken by no holder of the program, and what they alone keep (new
 * objects no one else took, breadth-first): a registered symbol's description, an open port's
 * handler and what the handler's scope holds.
 */
function rootTableRecord(
  s: HeapSnapshot,
  codes: TypeCodes,
  kinds: Uint8Array,
  entries: number[],
  isNew: Uint8Array,
  groupOf: PerNodeIndex,
  label: Uint32Array,
  mark: number,
): Accumulation | undefined {
  const mine = entries.filter((e) => isNew[e] === NEW && label[e] === 0);
  if (mine.length < 2) return undefined;
  const r = newAccumulation(-1, mine[0], -1);
  r.entries = entries.length;
  const queue: number[] = [];
  const keep = (node: number) => {
    label[node] = mark;
    addKept(r, groupOf[node], s.nodeSelfSize[node]);
    queue.push(node);
  };
  for (const e of mine) {
    keep(e);
    addEntry(r, groupOf[e]);
    for (let f = s.firstEdge[e], end = s.firstEdge[e + 1]; f < end; f++) {
      const t = s.edgeTo[f];
      // A registered symbol's key is its description.
      if (s.nodeType[t] === codes.string && r.keys.length < SAMPLE_KEYS) {
        r.keys.push(entryKey(s, codes, t, -1)!);
      }
    }
  }
  for (let k = 0; k < queue.length; k++) {
    const u = queue[k];
    for (let f = s.firstEdge[u], end = s.firstEdge[u + 1]; f < end; f++) {
      const t = s.edgeTo[f];
      if (s.edgeType[f] === codes.edgeWeak || kinds[t] === KIND_SKIP) continue;
      if (isNew[t] === NEW && label[t] === 0) keep(t);
    }
  }
  return r;
}

/** Where a holder comes from: its class's constructor, a closure's code, a scope's function. */
function holderLocation(
  s: HeapSnapshot,
  codes: TypeCodes,
  holder: number,
  owner: Map<number, number>,
  rows: LocationRows,
): GeneratedLocation | undefined {
  const direct = nodeLocation(s, rows, holder);
  if (direct) return direct;
  const o = owner.get(holder);
  return o !== undefined && s.nodeType[o] === codes.closure ? nodeLocation(s, rows, o) : undefined;
}

/** Steps of a declared path, as the report shows them. */
/**
 * Where a path's start is defined: the closure that holds its root scope, or the function of
 * the module that exports its root binding.
 */
function rootLocationOf(
  s: HeapSnapshot,
  path: DeclaredPath,
  scopes: DeclaredScopes,
  rows: LocationRows,
): { rootLocation?: GeneratedLocation } {
  const o = scopes.owner.get(path.nodes[0]) ?? scopes.exportedBy.get(path.nodes[0]);
  const at = o !== undefined ? nodeLocation(s, rows, o) : undefined;
  return at ? { rootLocation: at } : {};
}

function namedPath(
  s: HeapSnapshot,
  codes: TypeCodes,
  path: DeclaredPath,
  scopes: DeclaredScopes,
  rows: LocationRows,
): NamedPath {
  const steps = declaredPathSteps(s, codes, path, scopes);
  const out: NamedPath = { root: path.root, steps, ...rootLocationOf(s, path, scopes, rows) };
  const o = scopes.owner.get(path.nodes[0]);
  const ownerLocation = out.rootLocation;
  if (path.root === "closure" && o !== undefined) {
    const name = s.strings.get(s.nodeName[o]) || "(anonymous)";
    out.scopeOwner = { name, location: ownerLocation };
  }
  const frame = frameOnPath(s, codes, path, rows);
  if (frame) out.frame = frame;
  return out;
}

/**
 * The first step of a declared path that is an object of a runtime class (its constructor in
 * the runtime's scripts) with more of the path after it (see `NamedPath.runtimeObject`), or -1.
 */
export function runtimeObjectStep(
  s: HeapSnapshot,
  codes: TypeCodes,
  path: DeclaredPath,
  rows: LocationRows,
  isRuntimeScript: (scriptId: number) => boolean,
): number {
  if (path.root === "runtime") return -1;
  for (let k = 1; k < path.nodes.length - 1; k++) {
    const node = path.nodes[k];
    if (s.nodeType[node] !== codes.object) continue;
    const r = rows.of(node);
    if (r >= 0 && isRuntimeScript(s.locations.scriptId[r])) return k;
  }
  return -1;
}

/** Whether `node` (an async generator) has `next()` calls queued: V8's request records. */
function queuesRequests(s: HeapSnapshot, codes: TypeCodes, node: number): boolean {
  // Deno's V8 types the records `native`, Node 20's `hidden`: by name.
  const request = findName(s, "system / AsyncGeneratorRequest");
  for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
    if (s.edgeType[e] === codes.edgeHidden && s.nodeName[s.edgeTo[e]] === request) return true;
  }
  return false;
}

/**
 * A suspended generator's or async function's object: its function (a closure) and the object
 * it was called on, each -1 when it has none.
 */
function suspendedParts(
  s: HeapSnapshot,
  codes: TypeCodes,
  node: number,
): { fn: number; receiver: number } {
  let fn = -1;
  let receiver = -1;
  for (let f = s.firstEdge[node], end = s.firstEdge[node + 1]; f < end; f++) {
    if (s.edgeType[f] !== codes.edgeInternal) continue;
    const name = edgeName(s, codes, f);
    const t = s.edgeTo[f];
    if (name === "function" && fn < 0 && s.nodeType[t] === codes.closure) fn = t;
    else if (name === "receiver") receiver = t;
  }
  return { fn, receiver };
}

/**
 * The suspended function a path reaches through an await (see `NamedPath.resumes`): the last
 * hop that an await's continuation scope takes by `extension` to an object with a `function`.
 */
function resumedFunction(
  s: HeapSnapshot,
  codes: TypeCodes,
  path: DeclaredPath,
  scopes: DeclaredScopes,
  rows: LocationRows,
  paths: DeclaredPaths,
): NamedPath["resumes"] {
  for (let k = path.nodes.length - 1; k > 0; k--) {
    const e = path.edges[k];
    if (e < 0 || s.edgeType[e] !== codes.edgeInternal || edgeName(s, codes, e) !== "extension") {
      continue;
    }
    const { fn, receiver } = suspendedParts(s, codes, path.nodes[k]);
    if (fn < 0) return undefined;
    const out: NonNullable<NamedPath["resumes"]> = {
      step: k,
      fn: s.strings.get(s.nodeName[fn]) || "(anonymous)",
    };
    // A method's object, by the part of this path that leads to it, else its own path (a
    // function's `this` is the global object or undefined: no receiver then).
    if (
      receiver >= 0 && s.nodeType[receiver] === codes.object && !scopes.globals.includes(receiver)
    ) {
      const on = path.nodes.indexOf(receiver);
      const to = on > 0
        ? {
          root: path.root,
          nodes: path.nodes.slice(0, on + 1),
          edges: path.edges.slice(0, on + 1),
        }
        : paths.pathTo(receiver);
      if (to && to.root !== "runtime") out.receiver = namedPath(s, codes, to, scopes, rows);
    }
    return out;
  }
  return undefined;
}

/**
 * The first hop of a path into a suspended function's register file (a generator's or an
 * async function's `parameters_and_registers`), with where that function is defined.
 */
export function frameOnPath(
  s: HeapSnapshot,
  codes: TypeCodes,
  path: DeclaredPath,
  rows: LocationRows,
): NamedPath["frame"] {
  // Element and hidden edges carry indices, not names.
  const named = (e: number, name: string) => edgeName(s, codes, e) === name;
  for (let k = 1; k + 1 < path.nodes.length; k++) {
    const e = path.edges[k];
    if (e < 0 || !named(e, "parameters_and_registers")) continue;
    const { fn } = suspendedParts(s, codes, path.nodes[k - 1]);
    const location = fn < 0 ? undefined : nodeLocation(s, rows, fn);
    return location ? { step: k, location } : undefined;
  }
  return undefined;
}

/** Collections inside one record's entries looked at, at most (a pool needs a sample). */
const NESTED_SAMPLE = 2048;

/** A collection among a record's new objects, before its path is known. */
interface NestedCandidate {
  node: number;
  record: number;
  entries: number;
  holder: string;
}

/**
 * Collections among each chosen record's new objects (an `Array`, `Map`, `Set` or an object
 * used as a dictionary) that hold entries: `conn.messageBuffer` inside every connection a
 * timer keeps.
 */
function nestedCandidates(
  s: HeapSnapshot,
  codes: TypeCodes,
  walker: EntryWalker,
  label: Uint32Array,
  chosen: number[],
): NestedCandidate[] {
  const wanted = new Map(chosen.map((i) => [i + 1, 0]));
  const names = new Map<number, string>();
  for (const name of ["Array", "Map", "Set", "Object"]) {
    const k = findName(s, name);
    if (k >= 0) names.set(k, name);
  }
  const out: NestedCandidate[] = [];
  for (let i = 0; i < s.nodeCount; i++) {
    const l = label[i];
    if (l === 0 || s.nodeType[i] !== codes.object) continue;
    const seen = wanted.get(l);
    if (seen === undefined || seen >= NESTED_SAMPLE) continue;
    let holder = names.get(s.nodeName[i]);
    if (holder === "Object") {
      if (!isDictionaryMode(s, codes, i)) continue;
      holder = "Object (dictionary)";
    }
    if (!holder) continue;
    const entries = walker.forEachEntry(i);
    if (entries === 0) continue;
    wanted.set(l, seen + 1);
    out.push({ node: i, record: l - 1, entries, holder });
  }
  return out;
}

/** The candidates pooled by their declared path's names (one per connection, one key). */
function poolNested(
  s: HeapSnapshot,
  codes: TypeCodes,
  candidates: NestedCandidate[],
  paths: DeclaredPaths,
  scopes: DeclaredScopes,
  rows: LocationRows,
): Map<number, NestedCollection[]> {
  const pools = new Map<number, Map<string, NestedCollection & { best: number }>>();
  for (const c of candidates) {
    const path = paths.pathTo(c.node);
    if (!path || path.root === "runtime") continue;
    const key = path.edges.map((e) =>
      e < 0 || s.edgeType[e] === codes.edgeElement || s.edgeType[e] === codes.edgeHidden ||
        /^\d+$/.test(edgeLabel(s, codes, e))
        ? "[]"
        : edgeLabel(s, codes, e)
    ).join("/");
    let byKey = pools.get(c.record);
    if (!byKey) pools.set(c.record, byKey = new Map());
    let pool = byKey.get(key);
    if (!pool) {
      pool = {
        // With Map keys, so a pooled name keeps its `.get(…)` hops.
        path: {
          root: path.root,
          steps: declaredPathSteps(s, codes, path, scopes),
          ...rootLocationOf(s, path, scopes, rows),
        },
        holder: c.holder,
        instances: 0,
        entries: 0,
        nodeId: s.nodeId[c.node],
        best: -1,
      };
      byKey.set(key, pool);
    }
    pool.instances++;
    pool.entries += c.entries;
    if (c.entries > pool.best) {
      pool.best = c.entries;
      pool.nodeId = s.nodeId[c.node];
    }
  }
  const out = new Map<number, NestedCollection[]>();
  for (const [index, byKey] of pools) {
    out.set(
      index,
      [...byKey.values()].sort((a, b) => b.entries - a.entries).slice(0, NESTED_PER_RECORD)
        .map(({ best: _, ...n }) => n),
    );
  }
  return out;
}

/**
 * The key under which a Map keeps `value` when the holder's edge `edge` leads to its hash table
 * (`table`): the table's slot holding the value, read by `mapKeyOf`. Undefined otherwise.
 */
function valueKeyIn(
  s: HeapSnapshot,
  codes: TypeCodes,
  edge: number,
  value: number,
): string | undefined {
  if (s.edgeType[edge] !== codes.edgeInternal) return undefined;
  const table = s.edgeTo[edge];
  for (let e = s.firstEdge[table], end = s.firstEdge[table + 1]; e < end; e++) {
    if (s.edgeTo[e] === value) return mapKeyOf(s, codes, table, e);
  }
  return undefined;
}
