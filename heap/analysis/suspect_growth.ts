/**
 * Whether a holder grew between the snapshots (more entries, a longer chain, more timers, a bigger
 * store), and what kind of holder it is.
 *
 * @module
 */

import type { LeakSuspect } from "../report.ts";
import type { SnapshotAnalysis } from "./analyze.ts";
import { STORE_ONLY_HOLDERS } from "./entries.ts";
import type { GrowthRecord } from "./growth.ts";
import { sortedIndexOf } from "./accumulation.ts";
import type { AddKind } from "./source_patterns.ts";

/** Fewest new entries that make a holder a suspect. */
export const MIN_ADDED = 2;

/** And over many cycles, at least one new entry (or key/value slot) per this many. */
const CYCLES_PER_ENTRY = 20;

/** The fewest new entries that make a holder grown over `cycles` (see {@link CYCLES_PER_ENTRY}). */
export function fewestAdded(cycles: number | undefined): number {
  return Math.max(MIN_ADDED, cycles ? cycles / CYCLES_PER_ENTRY : 0);
}

/** How many more objects of the target's group `g` are alive than in the baseline. */
export function classGrowth(g: number, before: SnapshotAnalysis, after: SnapshotAnalysis): number {
  return after.groups.count[g] - groupCount(before, after.groups.keys[g]);
}

/** Entries of the holder with node id `id` in another snapshot (0 when it is not there). */
export function entriesOf(a: SnapshotAnalysis, id: number): number {
  if (!a.holderEntries || id === 0) return 0;
  const k = sortedIndexOf(a.holderEntries.ids, id);
  return k < 0 ? 0 : a.holderEntries.counts[k];
}

/** Storage bytes of the array with node id `id` in another snapshot (0 when unknown). */
export function storeOf(a: SnapshotAnalysis, id: number): number {
  if (!a.arrayStores || id === 0) return 0;
  const k = sortedIndexOf(a.arrayStores.ids, id);
  return k < 0 ? 0 : a.arrayStores.bytes[k];
}

/** Count of a group (by the target's group index) in another analysis, matched by key. */
export function groupCount(a: SnapshotAnalysis, key: string): number {
  const g = a.groups.keys.indexOf(key);
  return g < 0 ? 0 : a.groups.count[g];
}

/**
 * A chain kept through suspended generators' frames (`parameters_and_registers`, where a
 * generator keeps what it resumes with): each holds the next one it delegates to.
 */
export function generatorChain(r: GrowthRecord): boolean {
  return r.chain === true && r.chainLink === "parameters_and_registers";
}

/** New elements of a linked list's class that the list accounts for. */
export function chainLength(r: GrowthRecord): number {
  const g = r.entryGroups[0]?.[0];
  const counted = r.regionGroups.find(([x]) => x === g)?.[1] ?? 0;
  return Math.max(counted, r.chainLinks ?? 0);
}

/**
 * New nodes of the tree a holder is a level of: a collection that a node of its entries' own
 * class keeps (`root.children`, TrieNodes in a TrieNode's Map), whose new entries keep more
 * levels of new nodes below them (through collections of the same name). Counted at every
 * level: the holder's own new entries are the top of the new branches only. Undefined for other
 * holders.
 */
export function treeNodes(r: GrowthRecord, after: SnapshotAnalysis): number | undefined {
  const g = r.entryGroups[0]?.[0];
  const owner = r.path?.steps.at(-2)?.node;
  // Kept under a name the program writes (not a runtime's slot: a signal's dependents).
  const edge = r.path?.steps.at(-1)?.edge ?? "";
  if (g === undefined || owner === undefined || r.chain || r.timer) return undefined;
  if (!/^#?[\w$]+$/.test(edge)) return undefined;
  // Keyed levels only: an array of a node's own class can be its links (a skip list's
  // `next[i]`, rewritten in place), as in `tree_levels.ts`.
  if (r.holderName !== "Map" && r.holderName !== "Set") return undefined;
  if (owner !== after.groups.names[g]) return undefined;
  // A level below as well: a flat collection of its owner's class is not a tree's level.
  if (!r.levelBelow && !r.treeLevels) return undefined;
  const nodes = chainLength(r);
  return nodes > r.newEntries ? nodes : undefined;
}

/**
 * A variable or property whose one value is rebuilt on the previous one (`log += line`): many
 * new objects of the value's class, chained onto the old value. A value replaced by an
 * unrelated new one does not link to the old, and one appended a few times is not a leak.
 */
export function isGrowingValue(r: GrowthRecord, cycles: number | undefined): boolean {
  const least = Math.max(MIN_ADDED, cycles ?? GROWING_VALUE_MIN);
  if (r.rebuilt && r.rebuilt.count >= least) return true;
  // A table of buckets is a collection whatever its buckets link to: its entries are theirs.
  if (r.buckets) return false;
  return r.appendsToOld && r.newEntries <= 2 && chainLength(r) >= least;
}

/**
 * New pieces a rebuilt or appended-to value gathered: for a value that nests the previous one,
 * its levels (one per rebuild, whatever else each level holds).
 */
export function valueLength(r: GrowthRecord, cycles: number | undefined): number {
  const least = Math.max(MIN_ADDED, cycles ?? GROWING_VALUE_MIN);
  if (!r.rebuilt || r.rebuilt.count < least) return chainLength(r);
  const depth = r.rebuilt.depth ?? 0;
  // One level per rebuild: fewer than the gathered objects when each rebuild adds several, more
  // when the levels are of several shapes.
  return depth >= MIN_ADDED ? depth : r.rebuilt.count;
}

/** Without a cycle count, the fewest new pieces that make a rebuilt value a suspect. */
const GROWING_VALUE_MIN = 8;

/** Whether a record is growth, not churn (see the module doc). */
export function grew(
  r: GrowthRecord,
  entriesBefore: number,
  storeBefore: number,
  storeFinal: number | undefined,
  before: SnapshotAnalysis,
  after: SnapshotAnalysis,
  cycles: number | undefined,
  final?: SnapshotAnalysis,
): boolean {
  // Over a long run, a few entries is a bounded holder filling (the first of a few keys; a
  // pool of keep-alive sockets).
  const minAdded = fewestAdded(cycles);
  const pooled = pooledEntries(r);
  if (pooled !== undefined) return pooled - entriesBefore >= minAdded;
  // A holder that was not in the baseline is itself new or passing through (a request in
  // flight): what it holds is counted where it is kept; unless it is where the growth went,
  // under a key of an old holder.
  if (!r.newUnderOld && sortedIndexOf(before.ids, r.holderId) < 0) return false;
  if (isGrowingValue(r, cycles)) return true;
  // Under a key the old holder had already (it kept its number of keys to the end): a value
  // replaced, not a new collection for a new key (a bigger value shows as its bytes, above).
  if (r.newUnderOld && final) {
    const parent = parentCollection(r);
    if (parent !== undefined && entriesOf(final, parent) <= entriesOf(before, parent)) return false;
    // Under a property an old object had already (it kept its number of properties): a value
    // replaced by a fresh one (`plan.tables = copy`), far fewer entries than the cycles that ran;
    // not a collection that gathers one per cycle.
    const owner = propertyOwner(r);
    if (
      owner !== undefined && sortedIndexOf(before.ids, owner) >= 0 &&
      entriesOf(final, owner) <= entriesOf(before, owner) && cycles !== undefined &&
      r.entries * 2 < cycles
    ) return false;
  }
  if (r.chain) return chainGrew(r, before, after, cycles, final);
  // A table its rehash rebuilt before the final snapshot: what its buckets hold that stayed.
  if (r.buckets && r.newUnderOld && r.newEntries === 0) return r.buckets.newEntries >= minAdded;
  // The growth must be the leak's objects (new, and alive at the end): a capped buffer filling
  // up gains entries that its cap has turned over by the end.
  if (r.newEntries >= minAdded && r.entries - entriesBefore >= minAdded) return true;
  // A tree's level gains the tops of new branches; the nodes below them are its growth too,
  // when that many more of their class are alive.
  const nodes = treeNodes(r, after);
  if (
    nodes !== undefined && nodes >= minAdded && r.entries > entriesBefore &&
    classGrowth(r.entryGroups[0][0], before, after) >= minAdded
  ) return true;
  // Small integers have no nodes: a collection of them shows only its storage growing, by a
  // slot or more every few cycles (a capped free list refilled to its cap grows once). Not one
  // whose entries are objects it turned over, every one of them: a bounded cache of objects,
  // whose table a rehash left bigger for the slots its deletes had used up.
  const minStore = cycles ? STORE_BYTES_PER_CYCLE * cycles : MIN_STORE_BYTES;
  const churnsObjects = r.turnedOver !== undefined && r.turnedOver.entries >= r.entries;
  return r.newEntries === 0 && r.storeBytes - storeBefore >= minStore &&
    STORE_ONLY_HOLDERS.includes(r.holderName) && !churnsObjects &&
    (storeFinal === undefined || storeFinal > storeBefore);
}

/**
 * A holder whose one or two new values came in beside the old ones (it kept its entries and has
 * as many more, to the end) added them: each is an entry, not one value rebuilt on the one it
 * replaced, even when it carries objects of the baseline along (the items a new batch took over
 * from the last). Judged as a collection that gained those entries. A holder counted empty in
 * the baseline tells nothing (a variable's cell is counted only in the target).
 */
export function addedBeside(
  r: GrowthRecord,
  entriesBefore: number,
  entriesFinal: number | undefined,
): GrowthRecord {
  if (!r.rebuilt || r.newUnderOld || r.newEntries === 0 || entriesBefore === 0) return r;
  if (r.entries - entriesBefore < r.newEntries) return r;
  if (entriesFinal !== undefined && entriesFinal < r.entries) return r;
  const { rebuilt: _, ...rest } = r;
  return rest;
}

/** Fewest bytes each of a few entries must keep for a holder gaining them on a clock to be a suspect. */
const CLOCK_ENTRY_BYTES = 4096;

/**
 * A holder fed on a clock rather than per cycle (a roll-up a timer closes, a batch shipped every
 * so often): it gains a few entries in each run however many cycles ran, fewer than
 * {@link fewestAdded} asks of a holder fed per cycle. Growth when the final run added about as
 * many again (a holder filling to its bound stops gaining) and each new entry keeps much: a few
 * big entries, kept, are the leak's bytes. Whether anything ever takes them out again is for
 * the program's source to say: the caller keeps the holder only when its source has no removal.
 */
export function gainsOnClock(
  r: GrowthRecord,
  entriesBefore: number,
  entriesFinal: number | undefined,
  cycles: number | undefined,
): boolean {
  if (entriesFinal === undefined || !cycles || r.timer || r.chain || r.newUnderOld) return false;
  if (pooledEntries(r) !== undefined || r.rebuilt) return false;
  const first = r.entries - entriesBefore;
  const second = entriesFinal - r.entries;
  if (first < 1 || second < 1 || second * 2 < first || r.newEntries < first) return false;
  return r.newBytes >= r.newEntries * CLOCK_ENTRY_BYTES;
}

/**
 * Whether a linked list grew. A list's head does not count its elements: more of the elements'
 * class alive does. Over a long run, as for any holder, a few more links is a pool reaching its
 * peak (a free list of task records as long as the most ever in flight). A list that gains links
 * on a clock rather than per cycle (one per batch a timer ships) may gain fewer than that in a
 * quick run; it is growth when the final run added about as many again, and both runs together
 * reach the least one run needs: a pool at its peak stops growing.
 */
function chainGrew(
  r: GrowthRecord,
  before: SnapshotAnalysis,
  after: SnapshotAnalysis,
  cycles: number | undefined,
  final: SnapshotAnalysis | undefined,
): boolean {
  const g = r.entryGroups[0]?.[0];
  if (g === undefined) return false;
  const first = classGrowth(g, before, after);
  const minAdded = fewestAdded(cycles);
  if (first >= minAdded && chainLength(r) >= minAdded) return true;
  if (!final || !cycles || first < MIN_ADDED || chainLength(r) < MIN_ADDED) return false;
  const second = groupCount(final, after.groups.keys[g]) - after.groups.count[g];
  return second >= MIN_ADDED && second * 2 >= first && first + second >= minAdded;
}

/**
 * A holder that let go of (nearly) every entry it took in the first run and still grew, in
 * each run, by about as much: what it takes out falls short of what it adds (a cache whose
 * size accounting drifts from what it evicts, a cap tested against another count). The few
 * entries that stayed do not explain the growth. Its growth in the first run is returned as
 * its new entries, each costing what the entries it turned over kept on average; undefined
 * for any other holder.
 */
export function driftedBound(
  r: GrowthRecord,
  entriesBefore: number,
  entriesFinal: number | undefined,
  cycles: number | undefined,
): GrowthRecord | undefined {
  const t = r.turnedOver;
  if (!t || entriesFinal === undefined || r.timer || r.chain || r.newUnderOld) return undefined;
  const minAdded = fewestAdded(cycles);
  const first = r.entries - entriesBefore;
  const second = entriesFinal - r.entries;
  // Growth in both runs, the second not fading (a structure filling up to its bound slows),
  // and more turned over than it grew by (it does evict).
  if (first < minAdded || second < minAdded || second * 2 < first || t.entries < first) {
    return undefined;
  }
  const share = first / t.entries;
  const scaled = (n: number) => Math.max(1, Math.round(n * share));
  return {
    ...r,
    newEntries: first,
    entryGroups: t.entryGroups.map(([g, n]) => [g, scaled(n)]),
    newCount: Math.round(t.count * share),
    newBytes: Math.round(t.bytes * share),
    regionGroups: t.regionGroups.map(([g, n, b]) => [g, scaled(n), Math.round(b * share)]),
    regionShapes: [],
    keyEntries: undefined,
    drift: { entriesFinal, kept: r.newEntries },
  };
}

/** Node id of the Map a holder is kept under by key, if the path shows it. */
function parentCollection(r: GrowthRecord): number | undefined {
  // Only a Map's or Set's entry (its hash table, then the slot with its key): a value under a
  // named property (`this.table = next`) is the same variable rebuilt, judged as it is.
  const steps = r.path?.steps ?? [];
  if (steps.at(-2)?.edge !== "table" || steps.at(-1)?.key === undefined) return undefined;
  return steps.length > 3 ? steps[steps.length - 3].nodeId : undefined;
}

/** The node id of the object whose named property (`lines`, `#tables`) holds the holder. */
function propertyOwner(r: GrowthRecord): number | undefined {
  const steps = r.path?.steps ?? [];
  const into = steps.at(-1);
  if (!into || into.key !== undefined || !/^#?[\w$]+$/.test(into.edge ?? "")) return undefined;
  return steps.length >= 2 ? steps[steps.length - 2].nodeId : undefined;
}

/**
 * A collection that grew and is back to its size at the final capture, too small there to hold
 * the new entries still alive (all of them elsewhere or gone): released, not leaked. One that
 * could still hold them is not: a backlog at the baseline, worked off since, hides as many
 * entries kept for good (an outbox whose unsendable events stay while the rest go out).
 */
export function backToSize(
  r: Pick<GrowthRecord, "entries" | "newEntries">,
  entriesBefore: number,
  entriesFinal: number,
): boolean {
  return r.entries > entriesBefore && entriesFinal <= entriesBefore &&
    (r.newEntries === 0 || entriesFinal < r.newEntries);
}

/**
 * The entries of a record counted by its key rather than its holder (a timer pool's active
 * timers, a V8 registry's entries) in the target; undefined for a holder's record.
 */
export function pooledEntries(r: GrowthRecord): number | undefined {
  return r.timer ? r.timerPool?.active ?? r.newEntries : r.rootTable?.active;
}

/**
 * Storage growth per cycle that makes a collection of small integers a suspect: half an 8-byte
 * slot. A program that keeps numbers keeps one or more a cycle; a queue that once backed up and
 * drained keeps its capacity with nothing in it, the same for any number of cycles (150 slots
 * over 400 cycles: 3 B/cycle).
 */
const STORE_BYTES_PER_CYCLE = 4;

/** The same without cycles: storage growth that makes such a collection a suspect. */
const MIN_STORE_BYTES = 1024;

/** The kind of holder, from its class and what its path names. */
export function kindOf(
  r: GrowthRecord,
  listeners: boolean,
  cycles: number | undefined,
): LeakSuspect["kind"] {
  if (r.timer) return "timers";
  if (r.queuedCalls) return "queued calls";
  if (isGrowingValue(r, cycles)) return "growing value";
  if (listeners) return "listeners";
  if (r.chain) return "linked list";
  switch (r.holderName) {
    case "Array":
      return "array";
    case "Map":
    case "WeakMap":
      return "map";
    case "Set":
    case "WeakSet":
      return "set";
    case "Promise":
      return "promise reactions";
  }
  return r.holderName.startsWith("{") || r.holderName.startsWith("Object")
    ? "object"
    : "collection";
}

/** Which calls add to a kind. */
export function addKind(kind: LeakSuspect["kind"]): AddKind {
  switch (kind) {
    case "array":
    case "map":
    case "set":
    case "object":
    case "listeners":
      return kind;
    case "growing value":
      return "value";
    case "promise reactions":
      return "promise";
    default:
      return "any";
  }
}

/**
 * A chain of new objects each linked to the one before (bids by `previous`, down to one the
 * baseline had) is kept by what holds its head. A holder of a few of its newest links (a window
 * of the latest 10, `recentBids`, no longer than it was) may have met it first in the search,
 * which follows the order of the heap, but that window is not what grows: the chain is the
 * growth of the value that holds the head, replaced by every new link (`lot.leading`). Its new
 * objects are moved to that holder's record, which then reads as a growing value.
 */
export function chainsToHeads(records: GrowthRecord[], before: SnapshotAnalysis): void {
  const byId = new Map(records.map((r) => [r.holderId, r]));
  for (const window of records) {
    if (!window.appendsToOld || window.newEntries <= 2) continue;
    if (window.entries - entriesOf(before, window.holderId) >= MIN_ADDED) continue;
    const group = window.entryGroups[0]?.[0];
    const sharing = [
      ...(window.sharedWith ?? []).map(([id]) => byId.get(id)),
      ...records.filter((r) => r.sharedWith?.some(([id]) => id === window.holderId)),
    ];
    const head = sharing.find((r) =>
      r !== undefined && r !== window && r.holderId !== 0 && r.newEntries <= 2 &&
      !r.appendsToOld && r.entryGroups[0]?.[0] === group
    );
    if (!head) continue;
    head.appendsToOld = true;
    if (window.appendLink !== undefined) head.appendLink = window.appendLink;
    head.regionGroups = addedUp(head.regionGroups, window.regionGroups);
    head.regionShapes = addedUp(head.regionShapes, window.regionShapes);
    head.newBytes += window.newBytes;
    head.newCount += window.newCount;
    window.appendsToOld = false;
    window.regionGroups = [];
    window.regionShapes = [];
    window.newBytes = 0;
    window.newCount = 0;
  }
}

/**
 * What several holders' records hold together, when they are one structure: their new entries,
 * objects and bytes, and the classes of each (most first), summed.
 */
export function summedFigures(
  records: GrowthRecord[],
): Pick<
  GrowthRecord,
  "newEntries" | "newCount" | "newBytes" | "entryGroups" | "regionGroups" | "regionShapes"
> {
  const sum = (f: (r: GrowthRecord) => number) => records.reduce((n, r) => n + f(r), 0);
  return {
    newEntries: sum((r) => r.newEntries),
    newCount: sum((r) => r.newCount),
    newBytes: sum((r) => r.newBytes),
    entryGroups: records.reduce((a, r) => addedUp(a, r.entryGroups), [] as [number, number][])
      .sort((a, b) => b[1] - a[1]),
    regionGroups: records.reduce(
      (a, r) => addedUp(a, r.regionGroups),
      [] as [number, number, number][],
    ).sort((a, b) => b[2] - a[2]),
    regionShapes: records.reduce((a, r) => addedUp(a, r.regionShapes), [] as [number, number][]),
  };
}

/** Per-key figures summed: `[key, ...numbers]` rows of two lists, by key. */
export function addedUp<T extends number[]>(a: T[], b: T[]): T[] {
  const out = new Map(a.map((row) => [row[0], [...row] as T]));
  for (const row of b) {
    const known = out.get(row[0]);
    if (!known) out.set(row[0], [...row] as T);
    else for (let k = 1; k < row.length; k++) known[k] += row[k];
  }
  return [...out.values()];
}
