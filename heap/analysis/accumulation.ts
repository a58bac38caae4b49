/**
 * Where new objects accumulate. Objects allocated between the baseline and the target (and,
 * with a third snapshot, still alive in it) are the leak; this finds the existing objects
 * they hang off: each object, closure or scope of the baseline that now holds new entries
 * (looking through its stores, see `entries.ts`). Everything new that those entries keep
 * alive is attributed to the nearest such holder, by one breadth-first pass over the new
 * objects from all entries at once, so the figures of two holders never overlap.
 *
 * A linked list adds at its end: the baseline's last element holds the first new one and
 * the rest hang off it. Such holders are recognised by the new entry being of the holder's own
 * class through the same link (`next`, `_idleNext`) and are reported as a chain, measured by
 * its new elements.
 *
 * Whether a holder *grew* (and is a suspect) is decided later against the other snapshots'
 * entry counts: a bounded cache also receives new entries, but evicts as many.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import { isStringType, type TypeCodes } from "../graph/model.ts";
import { mapTableSlot, tableSlotIndex } from "../graph/map_tables.ts";
import { weakMapKeyOf } from "../graph/weak_maps.ts";
import { weakTarget } from "./weak_targets.ts";
import { findName } from "./names.ts";
import { stringText } from "./preview.ts";
import { MAX_WHOLE_KEY } from "./key_texts.ts";
import { holderTypes, isData, KIND_DATA, KIND_SKIP, KIND_STORE } from "./node_kinds.ts";
import type { EntryWalker } from "./entries.ts";
import type { PerNodeIndex } from "./classes.ts";

/** What several holders' records gained together (the levels of one tree, the holders of one list). */
export type AccumulationTotals = Pick<
  Accumulation,
  "newEntries" | "entries" | "newCount" | "newBytes" | "entryGroups" | "regionGroups"
>;

/** Group of the class most of `r`'s new entries are of, or -1. */
export function topEntryGroup(r: Accumulation): number {
  let g = -1;
  let most = 0;
  for (const [group, n] of r.entryGroups) if (n > most) (g = group, most = n);
  return g;
}

/** The figures of `records[k]` for every `k` of `members`, summed. */
export function sumAccumulations(records: Accumulation[], members: number[]): AccumulationTotals {
  const t: AccumulationTotals = {
    newEntries: 0,
    entries: 0,
    newCount: 0,
    newBytes: 0,
    entryGroups: new Map(),
    regionGroups: new Map(),
  };
  for (const k of members) {
    const r = records[k];
    t.newEntries += r.newEntries;
    t.entries += r.entries;
    t.newCount += r.newCount;
    t.newBytes += r.newBytes;
    for (const [g, n] of r.entryGroups) t.entryGroups.set(g, (t.entryGroups.get(g) ?? 0) + n);
    for (const [g, [n, b]] of r.regionGroups) {
      const known = t.regionGroups.get(g);
      t.regionGroups.set(g, known ? [known[0] + n, known[1] + b] : [n, b]);
    }
  }
  return t;
}

/** One baseline object that holds new entries in the target snapshot. */
export interface Accumulation {
  /** Node index of the holder (worker-internal). */
  holder: number;
  /** New data nodes it holds directly (through its stores). */
  newEntries: number;
  /** Values it holds directly that are new but gone by the final snapshot (replaced again). */
  replacedEntries: number;
  /** Group index → count, of those values. */
  replacedGroups: Map<number, number>;
  /**
   * For a holder whose new entries nearly all went by the final snapshot (at least
   * {@link TURNED_OVER} of them, two or more): what those that went kept, all gone by then too.
   * A holder that turns over what it takes and still grows has a bound that drifts: these
   * figures say what each of its entries costs.
   */
  turnedOver?: { count: number; bytes: number; regionGroups: Map<number, [number, number]> };
  /** All its entries in the target snapshot. */
  entries: number;
  /** Bytes of its stores in the target snapshot. */
  storeBytes: number;
  /** New objects attributed to it: its new entries and what they alone keep alive. */
  newCount: number;
  /** Their self sizes. */
  newBytes: number;
  /** Group index → count, of its new entries. */
  entryGroups: Map<number, number>;
  /** Group index → [count, bytes], of everything attributed. */
  regionGroups: Map<number, [number, number]>;
  /**
   * Some of its new entries were gone by the final snapshot and the rest stayed, the gone ones
   * all ahead of those that stay in its order: worked off from the front (a queue's backlog).
   */
  workedOff?: boolean;
  /**
   * Group indices of the new objects its search passed that were gone by the final snapshot:
   * the head of a chain that went on growing (the pending call an async recursion had reached,
   * settled since), through which the kept part was reached.
   */
  passedGroups: Set<number>;
  /** One new entry, for naming (the first found). */
  sampleEntry: number;
  /** The holder's edge that leads to its new entries (name index or element index). */
  entryEdge: number;
  /** The entries are the holder's own class through one link: a linked list's new tail. */
  chain: boolean;
  /**
   * For a chain kept through its links' own stores (suspended generators' frames): its new
   * links, walked from the first (other holders' searches may reach some of them first).
   */
  chainLinks?: number;
  /** Bytes of stores of the holder that are new (V8 reallocated them as the holder grew). */
  newStoreBytes: number;
  /**
   * V8 reallocated one of the holder's stores since the baseline (it may have done so again
   * before the final snapshot): the only trace of growth when the entries are small integers.
   */
  storeReplaced: boolean;
  /**
   * A new object of the entries' own class links to an older one of that class: the new value
   * was built on the previous one (`log += line`, `list = { item, next: list }`).
   */
  appendsToOld: boolean;
  /**
   * Groups of the baseline's objects and functions that its new objects point at: with many
   * new ones of such a group beside them, the value was rebuilt from the previous one plus
   * more (`list = [...list, item]` keeps the old items in the new array; `fn = wrap(fn)`
   * links each new wrapper to the one before).
   */
  oldLinked: Set<number>;
  /** The edge by which a new value first links the one before it (`parent`, `next`), or -1. */
  appendLink: number;
  /**
   * The biggest object among what it holds that is new or replaced since (a value rebuilt
   * bigger, `buf = Buffer.concat([buf, chunk])`, shares nothing with the old one but size).
   */
  largest: number;
  largestBytes: number;
  /**
   * A few of its new entries' keys, as the program wrote them: a property's name, a string
   * key's text (a Map's keys are its string entries), a registered symbol's description.
   */
  keys: string[];
  /** Those of {@link keys} cut to be shown, read whole (up to {@link MAX_WHOLE_KEY}). */
  wholeKeys: string[];
  /** Entries read for {@link wholeKeys} after the shown keys were done. */
  wholeTries: number;
  /** One new entry that is an object (a Map's value rather than its key), or -1. */
  objectEntry: number;
  /**
   * New entries that are the holder's keys: a dictionary's own property names, held by its
   * hash table beside the values, or what a Map's table keeps in its key slots (one group
   * with the values when both are strings: the pairs are half the new entries).
   */
  keyEntries: number;
  /** The group of the first new entry in a Map table's key slots, or -1. */
  keyGroup: number;
  /**
   * New entries it holds that an earlier holder took (the same objects in two collections: a
   * Map's keys also listed in an array of ids), by that holder's record index.
   */
  sharedWith: Map<number, number>;
  /**
   * A WeakMap's new values live as long as their keys: the keys of those values, and (once
   * every holder's objects are labelled) how many of them each other holder's record took.
   */
  weakKeys: number[];
  keysHeldBy: Map<number, number>;
  /**
   * The holder is itself new: a collection made since the baseline and kept under a key of a
   * holder that was there (`slots.get(second)`, a bucket per second), holding more new
   * entries than that holder gained (see {@link findAccumulations}).
   */
  newUnderOld: boolean;
  /**
   * The first new object of its region that links, by a property, a new object of its own
   * class that nothing holds as an entry (`from`, by edge `edge`, to `to`), or -1: a chain
   * hanging from one of what it holds (an LRU's evicted nodes, still linked from the tail's
   * `next`; each version linking the one before).
   */
  hangFrom: number;
  hangEdge: number;
}

/**
 * The share of a holder's new entries that must be gone by the final snapshot for it to have
 * turned them over (`Accumulation.turnedOver`): a few may stay (the newest, or ones moved).
 */
export const TURNED_OVER = 0.9;

/** An empty record for `holder`, first seen holding `entry` through `edge`. */
export function newAccumulation(holder: number, entry: number, edge: number): Accumulation {
  return {
    holder,
    newEntries: 0,
    replacedEntries: 0,
    replacedGroups: new Map(),
    entries: 0,
    storeBytes: 0,
    newCount: 0,
    newBytes: 0,
    entryGroups: new Map(),
    regionGroups: new Map(),
    passedGroups: new Set(),
    sampleEntry: entry,
    entryEdge: edge,
    chain: false,
    newStoreBytes: 0,
    storeReplaced: false,
    appendsToOld: false,
    oldLinked: new Set(),
    appendLink: -1,
    largest: -1,
    largestBytes: 0,
    keys: [],
    wholeKeys: [],
    wholeTries: 0,
    objectEntry: -1,
    keyEntries: 0,
    keyGroup: -1,
    sharedWith: new Map(),
    weakKeys: [],
    keysHeldBy: new Map(),
    newUnderOld: false,
    hangFrom: -1,
    hangEdge: -1,
  };
}

/** Counts a new entry of group `g` that `r`'s holder holds directly. */
export function addEntry(r: Accumulation, g: number): void {
  r.newEntries++;
  r.entryGroups.set(g, (r.entryGroups.get(g) ?? 0) + 1);
}

/** Counts a new object of group `g` (`bytes` its self size) among what `r` accumulated. */
export function addKept(r: Accumulation, g: number, bytes: number): void {
  r.newCount++;
  r.newBytes += bytes;
  addToGroup(r.regionGroups, g, bytes);
}

/** Counts a gone object of group `g` among what a holder that turned over everything took. */
function addTurnedOver(t: NonNullable<Accumulation["turnedOver"]>, g: number, bytes: number): void {
  t.count++;
  t.bytes += bytes;
  addToGroup(t.regionGroups, g, bytes);
}

/** One more object of group `g`, of `bytes`, in a [count, bytes] per group table. */
function addToGroup(groups: Map<number, [number, number]>, g: number, bytes: number): void {
  const slot = groups.get(g);
  if (slot) {
    slot[0]++;
    slot[1] += bytes;
  } else groups.set(g, [1, bytes]);
}

/** How many of a holder's new entries' keys are kept for its report. */
export const SAMPLE_KEYS = 3;
/** Longest key kept (a key is an example, not data). */
const MAX_KEY = 60;

/**
 * The key an entry was stored under, when the snapshot tells it: a string entry's own text (a
 * Map's or Set's string keys), else the name of the holder's property edge to it; cut at `max`
 * characters (`…` ends a cut key).
 */
export function entryKey(
  s: HeapSnapshot,
  codes: TypeCodes,
  entry: number,
  edge: number,
  max = MAX_KEY,
): string | undefined {
  // A property's key is its name: a string under it is its value (a session's JSON under its
  // id), not a key.
  const property = edge >= 0 && s.edgeType[edge] === codes.edgeProperty;
  // A key built from parts (`${domain};${path};${name}`) shows its known parts.
  const key = property
    ? s.strings.get(s.edgeNameOrIndex[edge])
    : isStringType(codes, s.nodeType[entry])
    ? stringText(s, codes, entry, max, true)
    : undefined;
  return key === undefined ? undefined : key.length > max ? key.slice(0, max - 1) + "…" : key;
}

/** Entries read at most to find differing whole keys once the shown ones are found. */
const MAX_WHOLE_TRIES = 16;

/** A node that was not in the baseline and is alive at the end: the leak's objects. */
export const NEW = 1;
/** A node that was not in the baseline and is gone by the final snapshot: passing through. */
export const TRANSIENT = 2;

/**
 * Per node: {@link NEW} when its id is not in `baselineIds` and, if given, is in `finalIds`;
 * {@link TRANSIENT} when it is in neither (a request in flight, a timer re-armed since); 0 for
 * the baseline's. Ids are looked up in a bit set indexed by id (a byte per 8 ids); the few ids
 * far above the rest (V8 numbers some native nodes near 2^31) by binary search. Code reads
 * `isNew[x]` as "not the baseline's" and `isNew[x] === NEW` as "one of the leak's objects".
 */
export function markNew(
  s: HeapSnapshot,
  baselineIds: Uint32Array,
  finalIds?: Uint32Array,
): Uint8Array {
  const isNew = new Uint8Array(s.nodeCount);
  const base = new IdSet(baselineIds, s.nodeCount);
  const fin = finalIds ? new IdSet(finalIds, s.nodeCount) : undefined;
  const { bits, limit } = base;
  const nodeId = s.nodeId;
  for (let i = 0; i < s.nodeCount; i++) {
    const id = nodeId[i];
    // The bit set inline: this runs once per node.
    const known = id <= limit
      ? (id >>> 3) < bits.length && (bits[id >>> 3] & (1 << (id & 7))) !== 0
      : base.has(id);
    if (known) continue;
    isNew[i] = fin && !fin.has(id) ? TRANSIENT : NEW;
  }
  return isNew;
}

/** Membership in ascending ids: a bit set up to 64 ids per node, binary search above. */
class IdSet {
  readonly bits: Uint8Array;
  readonly limit: number;
  readonly #tail: Uint32Array;

  constructor(sorted: Uint32Array, nodeCount: number) {
    const limit = 64 * Math.max(nodeCount, sorted.length);
    let k = 0;
    const max = sorted.length ? Math.min(sorted[sorted.length - 1], limit) : 0;
    this.bits = new Uint8Array((max >>> 3) + 1);
    for (; k < sorted.length && sorted[k] <= limit; k++) {
      this.bits[sorted[k] >>> 3] |= 1 << (sorted[k] & 7);
    }
    this.limit = limit;
    this.#tail = sorted.subarray(k);
  }

  has(id: number): boolean {
    if (id > this.limit) return sortedIndexOf(this.#tail, id) >= 0;
    const byte = id >>> 3;
    return byte < this.bits.length && (this.bits[byte] & (1 << (id & 7))) !== 0;
  }
}

/**
 * Per node: 1 for the baseline's objects that may hold new entries — an object with an edge
 * to a new object, or the owner of a store with one (a store's owner is the first data node
 * up its dominator chain). One pass over the edges, so the careful per-holder walk runs on
 * these few alone.
 */
export function holderCandidates(
  walker: EntryWalker,
  isNew: Uint8Array,
  idom: Uint32Array,
  variableCells: ReadonlySet<number> = new Set(),
): Uint8Array {
  const s = walker.s;
  const kinds = walker.kinds;
  const out = new Uint8Array(s.nodeCount);
  const { firstEdge, edgeTo, nodeType } = s;
  const holds = holderTypes(s, walker.codes);
  const owners = new Map<number, number>();
  for (let u = 0; u < s.nodeCount; u++) {
    const k = kinds[u];
    // A holder is the baseline's; a store may be anything (a Map's table reallocated since
    // the baseline, or again before the final snapshot), its owner is what counts.
    if (k === KIND_SKIP || (isData(k) && (isNew[u] || holds[nodeType[u]] === 0))) continue;
    for (let e = firstEdge[u], end = firstEdge[u + 1]; e < end; e++) {
      const v = edgeTo[e];
      // A new object, or a store V8 reallocated (small integers leave no other trace).
      const fresh = isNew[v];
      if (fresh === 0) continue;
      const kv = kinds[v];
      // Not alive at the end: a reallocated store, or a value replaced since that may still
      // hold what stays (`state = {...state, recent: [...state.recent, x]}`).
      if (kv === KIND_SKIP || (fresh !== NEW && kv !== KIND_STORE && !isData(kv))) continue;
      if (!walker.isContentEdge(e, u)) continue;
      if (isData(k) || variableCells.has(u)) out[u] = 1;
      else {
        // A store: its owner is up the dominator tree (without one, any data node may own it).
        if (idom.length === 0) return out.fill(1);
        const owner = storeOwner(u, idom, kinds, owners);
        if (isData(kinds[owner]) && !isNew[owner]) out[owner] = 1;
      }
      break;
    }
  }
  return out;
}

/**
 * The data node that owns store `u`: the first up its dominator chain (the root when none).
 * A chain of records (a promise's reactions, an async generator's queued requests) is as
 * deep as it is long, so every store passed is remembered in `owners` with the answer: each
 * is walked once, however many of the chain's records hold new objects.
 */
function storeOwner(
  u: number,
  idom: Uint32Array,
  kinds: Uint8Array,
  owners: Map<number, number>,
): number {
  let owner = u;
  const passed: number[] = [];
  while (!isData(kinds[owner]) && owner !== 0) {
    const known = owners.get(owner);
    if (known !== undefined) {
      owner = known;
      break;
    }
    passed.push(owner);
    owner = idom[owner];
  }
  // A store right under its owner (an object's elements) is found in one step: only longer
  // walks are worth remembering (a heap has as many such stores as new objects).
  if (passed.length > 1) { for (const p of passed) owners.set(p, owner); }
  return owner;
}

/**
 * Keeps a few new entries' keys and one object entry of `r`, to show (`child` via `edge`; a
 * Map's value, `value`, has no key of its own to show).
 */
function sampleEntry(
  s: HeapSnapshot,
  codes: TypeCodes,
  r: Accumulation,
  child: number,
  edge: number,
  value = false,
): void {
  // Keys too long to show whole are also read whole (what makes each key new may come after
  // the cut, where the cut keys look alike: a request id among JSON fields, a value written
  // into SQL), until as many differ.
  const long = r.wholeKeys.length > 0 && r.wholeKeys.length < SAMPLE_KEYS &&
    r.wholeTries++ < MAX_WHOLE_TRIES;
  if ((r.keys.length < SAMPLE_KEYS || long) && !value) {
    const key = entryKey(s, codes, child, edge);
    if (key !== undefined && r.keys.length < SAMPLE_KEYS && !r.keys.includes(key)) {
      r.keys.push(key);
    }
    if (key !== undefined && key.length >= MAX_KEY && r.wholeKeys.length < SAMPLE_KEYS) {
      const whole = entryKey(s, codes, child, edge, MAX_WHOLE_KEY) ?? key;
      if (!r.wholeKeys.includes(whole)) r.wholeKeys.push(whole);
    }
  }
  if (r.objectEntry < 0 && s.nodeType[child] === codes.object) r.objectEntry = child;
}

/**
 * What `slot` (an edge of `table`) holds in the Map whose `table` it is (a key, a value): V8
 * names a Map's table slots by index, and their layout says which hold keys (`map_tables.ts`).
 */
function mapSlotOf(s: HeapSnapshot, codes: TypeCodes, table: number, slot: number) {
  const index = tableSlotIndex(s, codes, table, slot);
  return index === undefined ? undefined : mapTableSlot(s.nodeSelfSize[table], index);
}

/** The names of a node's property edges (string table indices). */
function propertyNamesOf(s: HeapSnapshot, edgeProperty: number, node: number): Set<number> {
  const names = new Set<number>();
  for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
    if (s.edgeType[e] === edgeProperty) names.add(s.edgeNameOrIndex[e]);
  }
  return names;
}

/** Binary search in an ascending array. */
export function sortedIndexOf(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid];
    if (v < value) lo = mid + 1;
    else if (v > value) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Holders of the baseline that hold new entries, each with what it accumulated. `seeds` are
 * records made beforehand for entries told apart by more than their holder (a program's
 * timers, one record per callback): their entries are in `seedEntries[k]` and are attributed
 * to them, not to the runtime's timer list that also holds them. `label` (node-long, every
 * element overwritten) receives 1 + each new node's record index, 0 for none.
 */
export function findAccumulations(
  walker: EntryWalker,
  isNew: Uint8Array,
  groupOf: PerNodeIndex,
  label: Uint32Array = new Uint32Array(walker.s.nodeCount),
  seeds: { record: Accumulation; entries: number[] }[] = [],
  candidates?: Uint8Array,
  /** Cells that are variables (a module's exported bindings): holders, though stores. */
  variableCells: ReadonlySet<number> = new Set(),
): Accumulation[] {
  const s = walker.s;
  const kinds = walker.kinds;
  const records: Accumulation[] = [];
  const holds = holderTypes(s, walker.codes);
  label.fill(0);
  const queue: number[] = [];
  // V8 links a promise to the one awaiting it under a private symbol while a debugger is
  // attached (for async stack traces): its own bookkeeping of an await, not a chain the
  // program built, so it starts no hanging chain.
  const promiseName = findName(s, "Promise");
  const anonymousSymbol = findName(s, "<symbol>");
  const weakTarget = weakTargets(s, walker.codes);
  const collectionNames = new Set(
    ["Array", "Map", "Set"].map((name) => findName(s, name)).filter((k) => k >= 0),
  );
  /**
   * A new collection that an old holder keeps as one of its few new entries, holding only
   * new entries and more of them than that holder gained: the growth is the collection's (a
   * bucket made per second, per day), so it is a holder of its own, its entries and storage
   * labelled as its record's. A value rebuilt from the previous one holds older entries too.
   */
  const promoteNewCollection = (
    c: number,
    edge: number,
    parent: Accumulation,
  ): Accumulation | undefined => {
    let old = 0;
    const fresh: number[] = [];
    const stores: number[] = [];
    // A collection rebuilt before the final snapshot was rebuilt with its entries (a rehash
    // makes new buckets for the same entries): those are its new ones too, counted by what
    // stays of them.
    const rebuilt = isNew[c] === TRANSIENT;
    walker.forEachEntry(c, (child, via) => {
      if (isNew[child] === 0) old++;
      else if ((isNew[child] === NEW || rebuilt) && label[child] === 0) fresh.push(child, via);
    }, (store) => {
      if (isNew[store] && label[store] === 0) stores.push(store);
    });
    const added = fresh.length / 2;
    if (old > 0 || added < 2 || added <= parent.newEntries) return undefined;
    const r = newAccumulation(c, fresh[0], edge);
    r.newUnderOld = true;
    const l = records.length + 1;
    for (let k = 0; k < fresh.length; k += 2) {
      const child = fresh[k];
      if (isNew[child] === NEW) addEntry(r, groupOf[child]);
      sampleEntry(s, walker.codes, r, child, fresh[k + 1]);
      label[child] = l;
      queue.push(child);
    }
    for (const store of stores) {
      label[store] = l;
      if (isNew[store] === NEW) r.newStoreBytes += s.nodeSelfSize[store];
    }
    r.storeReplaced = stores.length > 0;
    r.entries = walker.countEntries(c);
    r.storeBytes = walker.storeBytes;
    r.newBytes += r.newStoreBytes;
    return r;
  };
  for (const { record, entries } of seeds) {
    records.push(record);
    for (const entry of entries) {
      if (label[entry] !== 0) continue;
      label[entry] = records.length;
      queue.push(entry);
      // A seed that is not new (an older timer of the pool) only starts the search.
      if (isNew[entry] !== NEW) continue;
      addEntry(record, groupOf[entry]);
    }
  }
  /** Walks holder `h`'s entries: its record, if it holds anything new. */
  const searchHolder = (h: number): void => {
    let record: Accumulation | undefined;
    let recordLabel = 0;
    // The holder's property names, read once its first new string entry comes.
    let propertyNames: Set<number> | undefined;
    // Seeded entries (timers) are searched from their own records, but a holder that keeps
    // other new entries too counts them among its own (a Set of timers, some still pending).
    const seeded: number[] = [];
    // New collections among its new entries: each may be where the growth went instead.
    const newCollections: number[] = [];
    // The first new entry of the holder's own group kept in an internal array of its own that
    // an internal edge reaches (a generator's suspended frame holding the one it delegates to),
    // and the holder's edge to that array.
    let ownInStore = -1;
    let ownStoreEdge = -1;
    // In the holder's order: whether a new entry gone by the end came after one that stays.
    let keptSeen = false;
    let goneAfterKept = false;
    walker.forEachEntry(h, (child, edge, slot, from) => {
      if (isNew[child] === 0) return;
      if (isNew[child] === NEW) keptSeen = true;
      else if (keptSeen) goneAfterKept = true;
      if (label[child] !== 0 && label[child] <= seeds.length) {
        if (isNew[child] === NEW) seeded.push(child);
        return;
      }
      if (isNew[child] !== NEW) {
        // A value replaced again before the final snapshot: what it holds that stays alive
        // (the rebuilt value's gathered objects) is searched from it, as from an entry.
        if (label[child] !== 0) return;
        if (!record) {
          record = newAccumulation(h, child, edge);
          recordLabel = records.push(record);
        }
        record.replacedEntries++;
        record.replacedGroups.set(
          groupOf[child],
          (record.replacedGroups.get(groupOf[child]) ?? 0) + 1,
        );
        label[child] = recordLabel;
        queue.push(child);
        // A collection rebuilt since (a hash table's rehash): what it held may be the growth.
        if (collectionNames.has(s.nodeName[child])) newCollections.push(child, edge);
        return;
      }
      if (!record) {
        record = newAccumulation(h, child, edge);
        recordLabel = records.push(record);
      }
      addEntry(record, groupOf[child]);
      // An internal array (a frame's registers), not a runtime record such as a promise's
      // reactions, whose chains are counted as reactions.
      if (
        ownInStore < 0 && from !== h && groupOf[child] === groupOf[h] &&
        s.edgeType[edge] === walker.codes.edgeInternal &&
        s.nodeType[s.edgeTo[edge]] === walker.codes.array
      ) {
        ownInStore = child;
        ownStoreEdge = edge;
      }
      const weakKey = from !== h ? weakMapKeyOf(s, from, slot) : undefined;
      if (weakKey !== undefined && isNew[weakKey] === NEW) record.weakKeys.push(weakKey);
      // A WeakRef, or a FinalizationRegistry's cell: it goes when its target does.
      const own = weakTarget(child);
      const target = own >= 0 ? own : from !== h ? weakTarget(from) : -1;
      if (target >= 0 && isNew[target] === NEW) record.weakKeys.push(target);
      const mapSlot = from !== h ? mapSlotOf(s, walker.codes, from, slot) : undefined;
      if (mapSlot === "key") {
        record.keyEntries++;
        if (record.keyGroup < 0) record.keyGroup = groupOf[child];
      } else if (isStringType(walker.codes, s.nodeType[child])) {
        propertyNames ??= propertyNamesOf(s, walker.codes.edgeProperty, h);
        if (propertyNames.has(s.nodeName[child])) record.keyEntries++;
      }
      sampleEntry(s, walker.codes, record, child, edge, mapSlot === "value");
      if (isNew[child] === NEW && collectionNames.has(s.nodeName[child])) {
        newCollections.push(child, edge);
      }
      if (label[child] === 0) {
        label[child] = recordLabel;
        queue.push(child);
      } else if (label[child] !== recordLabel && label[child] > seeds.length) {
        const other = label[child] - 1;
        record.sharedWith.set(other, (record.sharedWith.get(other) ?? 0) + 1);
      }
    }, (store) => {
      // A backing store V8 reallocated while the holder grew: part of what it accumulated,
      // and the only trace of growth when the entries are small integers (no nodes).
      if (!isNew[store] || label[store] !== 0) return;
      if (!record) {
        record = newAccumulation(h, h, -1);
        recordLabel = records.push(record);
      }
      record.storeReplaced = true;
      if (isNew[store] === NEW) record.newStoreBytes += s.nodeSelfSize[store];
      label[store] = recordLabel;
    });
    if (record) {
      const r: Accumulation = record;
      r.workedOff = r.replacedEntries > 0 && keptSeen && !goneAfterKept;
      for (const child of seeded) addEntry(r, groupOf[child]);
      if (
        r.replacedEntries >= 2 &&
        r.replacedEntries >= TURNED_OVER * (r.replacedEntries + r.newEntries)
      ) {
        r.turnedOver = { count: 0, bytes: 0, regionGroups: new Map() };
      }
      // Counted the way the other snapshots count it, so before and after compare.
      r.entries = walker.countEntries(h);
      r.storeBytes = walker.storeBytes;
      r.newBytes += r.newStoreBytes;
      r.chain = r.newEntries === 1 && groupOf[r.sampleEntry] === groupOf[h] &&
        s.edgeType[r.entryEdge] === walker.codes.edgeProperty;
      // One of its own kind in its own store, whatever else the store holds now: the next
      // link of a chain kept through the holder's internals (`yield*` delegating to a
      // generator that delegates again), a link rewritten with the rest of the frame.
      if (!r.chain && ownInStore >= 0 && r.entryGroups.get(groupOf[h]) === 1) {
        r.chain = true;
        r.sampleEntry = ownInStore;
        r.entryEdge = ownStoreEdge;
        // The link is its one entry; the rest of the frame is what each link keeps.
        r.newEntries = 1;
        r.entryGroups = new Map([[groupOf[h], 1]]);
        r.objectEntry = ownInStore;
        r.chainLinks = linksThroughStore(s, ownInStore, ownStoreEdge, groupOf, isNew);
      }
      for (let k = 0; k < newCollections.length; k += 2) {
        const promoted = promoteNewCollection(newCollections[k], newCollections[k + 1], r);
        if (promoted) records.push(promoted);
      }
    }
  };
  // The filters inline and the walk in a function: a loop body that made the walk's closures
  // would allocate their scope for every node, holder or not.
  for (let h = 0; h < s.nodeCount; h++) {
    if (isNew[h] || (candidates && !candidates[h])) continue;
    if (!isData(kinds[h]) && !variableCells.has(h)) continue;
    if (holds[s.nodeType[h]] === 0) continue;
    // A seeded timer starts its pool's search; it is not a holder of its own.
    if (label[h] !== 0 && label[h] <= seeds.length) continue;
    searchHolder(h);
  }
  // Objects and functions: what a rebuilt value keeps of the old one (strings are shared
  // by everything, so they tell nothing).
  const objectLike = new Uint8Array(s.meta.nodeTypes.length);
  for (const t of [walker.codes.object, walker.codes.closure]) if (t >= 0) objectLike[t] = 1;
  // Transient nodes met in the first pass: those labelled (their edges wait), and those found
  // from a lasting one (`[node, label]`, not labelled yet).
  const heldBack: number[] = [];
  const transientTargets: number[] = [];
  /** Labels what `node` reaches that no holder took; transient ones wait when `defer`. */
  const expand = (node: number, defer: boolean): void => {
    const l = label[node];
    const r = records[l - 1];
    const g = groupOf[node];
    const entryGroup = groupOf[r.sampleEntry];
    for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
      if (s.edgeType[e] === walker.codes.edgeWeak) continue;
      const t = s.edgeTo[e];
      if (isNew[node] !== 0 && !isNew[t] && t !== r.holder) {
        if (g === entryGroup && groupOf[t] === g) {
          if (!r.appendsToOld) r.appendLink = e;
          r.appendsToOld = true;
        }
        const values = r.newEntries + r.replacedEntries;
        if (values <= 2 && kinds[t] === KIND_DATA && objectLike[s.nodeType[t]] === 1) {
          r.oldLinked.add(groupOf[t]);
        }
      }
      if (!isNew[t] || label[t] !== 0 || kinds[t] === KIND_SKIP) continue;
      if (defer && isNew[t] === TRANSIENT) {
        transientTargets.push(t, l);
        continue;
      }
      // Direct entries are labelled before this search: one of the node's class reached now
      // is no holder's entry.
      if (
        r.hangFrom < 0 && isNew[node] === NEW && isNew[t] === NEW && groupOf[t] === g &&
        s.edgeType[e] === walker.codes.edgeProperty && objectLike[s.nodeType[t]] === 1 &&
        !(s.edgeNameOrIndex[e] === anonymousSymbol && s.nodeName[t] === promiseName)
      ) {
        r.hangFrom = node;
        r.hangEdge = e;
      }
      label[t] = l;
      queue.push(t);
    }
  };
  // Everything new reachable from the entries through new objects: nearest holder first, by
  // what stays first. What a holder reaches through objects gone by the final snapshot (a
  // value replaced since, a copy rebuilt from its items) it keeps no longer: another holder
  // that keeps the same objects through lasting ones is theirs, however the heap's order
  // placed the two (which the search would otherwise follow, at equal distances).
  const visit = (node: number, defer: boolean): void => {
    const r = records[label[node] - 1];
    const g = groupOf[node];
    if (isNew[node] === NEW) addKept(r, g, s.nodeSelfSize[node]);
    else if (isNew[node] === TRANSIENT) {
      r.passedGroups.add(g);
      if (r.turnedOver) addTurnedOver(r.turnedOver, g, s.nodeSelfSize[node]);
    }
    if (isNew[node] !== 0 && s.nodeSelfSize[node] > r.largestBytes && isData(kinds[node])) {
      r.largest = node;
      r.largestBytes = s.nodeSelfSize[node];
    }
    if (defer && isNew[node] === TRANSIENT) heldBack.push(node);
    else expand(node, defer);
  };
  let q = 0;
  for (; q < queue.length; q++) visit(queue[q], true);
  // The lasting paths are done: on through the transient objects.
  for (let k = 0; k < transientTargets.length; k += 2) {
    const t = transientTargets[k];
    if (label[t] !== 0) continue;
    label[t] = transientTargets[k + 1];
    queue.push(t);
  }
  for (const held of heldBack) expand(held, false);
  for (; q < queue.length; q++) visit(queue[q], false);
  records.forEach((r, k) => {
    for (const key of r.weakKeys) {
      const other = label[key] - 1;
      if (other >= 0 && other !== k && label[key] > seeds.length) {
        r.keysHeldBy.set(other, (r.keysHeldBy.get(other) ?? 0) + 1);
      }
    }
  });
  return records;
}

/**
 * The target of a WeakRef or of a FinalizationRegistry's cell (its weak `target` edge), or -1
 * for any other node (-1 too when V8 cleared it).
 */
function weakTargets(s: HeapSnapshot, codes: TypeCodes): (node: number) => number {
  const weakRef = findName(s, "WeakRef");
  const weakCell = findName(s, "system / WeakCell");
  const target = findName(s, "target");
  return (node) => {
    const name = s.nodeName[node];
    if (target < 0 || (name !== weakRef && name !== weakCell)) return -1;
    return weakTarget(s, codes, node, target);
  };
}

/**
 * New links of a chain kept through each link's own store: from `first`, the next new object
 * of its group in the store its edge named like `storeEdge` leads to, while there is one.
 */
function linksThroughStore(
  s: HeapSnapshot,
  first: number,
  storeEdge: number,
  groupOf: PerNodeIndex,
  isNew: Uint8Array,
): number {
  const name = s.edgeNameOrIndex[storeEdge];
  const type = s.edgeType[storeEdge];
  const group = groupOf[first];
  const seen = new Set<number>();
  let x = first;
  while (x >= 0 && isNew[x] && !seen.has(x)) {
    seen.add(x);
    let next = -1;
    for (let e = s.firstEdge[x], end = s.firstEdge[x + 1]; e < end && next < 0; e++) {
      if (s.edgeType[e] !== type || s.edgeNameOrIndex[e] !== name) continue;
      const store = s.edgeTo[e];
      for (let f = s.firstEdge[store], fend = s.firstEdge[store + 1]; f < fend; f++) {
        const t = s.edgeTo[f];
        if (groupOf[t] === group && !seen.has(t)) {
          next = t;
          break;
        }
      }
    }
    x = next;
  }
  return seen.size;
}
