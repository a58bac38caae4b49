/**
 * Leak suspects from the target's growth records: a holder is a suspect when it holds more
 * entries than in the baseline (a bounded cache receives new entries but evicts as many), a
 * linked list when more of its elements' class are alive, a timer pool when more timers with
 * its callback are active. Each is named by the program's path to it, its runtime
 * structure as developers know it, the statement that adds to it and the usual fix, and
 * ranked by the bytes of new objects it accounts for (which never overlap).
 *
 * Collections that grew inside a suspect's new entries (each connection's buffer, kept by its
 * timer) follow it, marked as inside it, when the program has a statement adding to them.
 *
 * @module
 */

import type { LeakSuspect, RetainerStep, SourceLocation, SourceStatement } from "../report.ts";
import type { SnapshotAnalysis } from "./analyze.ts";
import { STORE_ONLY_HOLDERS } from "./entries.ts";
import { ROOT_TABLES } from "./root_tables.ts";
import { formatBytes } from "../format/bytes.ts";
import type { GrowthRecord, NamedPath, NestedCollection } from "./growth.ts";
import { sortedIndexOf } from "./accumulation.ts";
import type { SourceResolver } from "./attribution.ts";
import { moduleInCache, namePath, pathText } from "./path_text.ts";
import {
  type AddKind,
  enclosingOpener,
  findAddingStatements,
  findCallbackRegistration,
  findCallers,
  findChangingCall,
  findConstruction,
  findDeclarationOf,
  findDynamicImport,
  findDynamicRequire,
  findFactoryCall,
  findHandingStatements,
  findInstanceVariable,
  findRemovingStatements,
  findStoringStatements,
  statementAt,
  symbolMadeIn,
  UNDO_CALLS,
  undoCallsFor,
} from "./source_lines.ts";
import {
  assignedTo,
  asyncRecursion,
  codeUrl,
  keptShapes,
  madeAt,
  madeOf,
  timerStatement,
  truncateAt,
} from "./suspect_sources.ts";
import {
  boundedSteps,
  entryKeeps,
  fixFor,
  freshKeyFix,
  handedFix,
  keptKeyFix,
  otherKeyFix,
  reasonFor,
  recursionFix,
  renderRetainerPath,
  skippedResetFix,
} from "./suspect_text.ts";

/** Inputs of {@link buildSuspects}. */
export interface SuspectInputs {
  before: SnapshotAnalysis;
  after: SnapshotAnalysis;
  final?: SnapshotAnalysis;
  cycles?: number;
  resolver: SourceResolver;
  sources: [string, string][];
  includeInternals?: boolean;
}

/** What {@link buildSuspects} found. */
export interface SuspectFindings {
  suspects: LeakSuspect[];
  /** Group key (of the target analysis) → ranks of the suspects that account for its new objects. */
  groupVia: Map<string, number[]>;
  notes: string[];
  /** New objects in growing holders only the runtime reaches (hidden with them), bytes. */
  runtimeHeldBytes: number;
}

/** Fewest new entries that make a holder a suspect. */
const MIN_ADDED = 2;
/** And over many cycles, at least one new entry (or key/value slot) per this many. */
const CYCLES_PER_ENTRY = 20;

/** A candidate before ranking. */
interface Candidate {
  record: GrowthRecord;
  suspect: Omit<LeakSuspect, "rank">;
  nested: NestedCollection[];
}

/** Builds the ranked suspects (see the module doc). */
export function buildSuspects(inputs: SuspectInputs): SuspectFindings {
  const { before, after, final, resolver } = inputs;
  const cycles = inputs.cycles && inputs.cycles > 0 ? inputs.cycles : undefined;
  const notes: string[] = [];
  const growth = after.growth;
  if (!growth) return { suspects: [], groupVia: new Map(), notes, runtimeHeldBytes: 0 };
  let hiddenRuntime = 0;
  let runtimeHeldBytes = 0;
  let released = 0;
  const byName = new Map<string, Candidate>();
  for (const record of growth.records) {
    const pool = record.timerPool?.key;
    // A pool or a registry is counted by its key in each snapshot, not by its holder's id.
    const countsIn = (a: SnapshotAnalysis) =>
      pool !== undefined
        ? a.timerCounts?.[pool] ?? 0
        : record.rootTable
        ? a.rootTableCounts?.[record.rootTable.key] ?? 0
        : entriesOf(a, record.holderId);
    const entriesBefore = countsIn(before);
    const entriesFinal = final ? countsIn(final) : undefined;
    const storeBefore = storeOf(before, record.holderId);
    const storeFinal = final ? storeOf(final, record.holderId) : undefined;
    const bigger = grewBigger(record, inputs, cycles);
    const verdict = bigger !== undefined ||
      grew(record, entriesBefore, storeBefore, storeFinal, before, after, cycles);
    if (!verdict) continue;
    const countedBack = pooledEntries(record) !== undefined && entriesFinal !== undefined &&
      entriesFinal - entriesBefore < MIN_ADDED;
    // A collection back to its size; a rebuilt value has one entry and is measured otherwise.
    const entriesBack = pool === undefined && entriesFinal !== undefined && !record.chain &&
      !bigger && !isGrowingValue(record, cycles) &&
      record.entries > entriesBefore && entriesFinal <= entriesBefore;
    if (countedBack || entriesBack) {
      released++;
      continue;
    }
    // Looked for once: it searches the sources, and describe() names the suspect by it.
    const held = runtimeHeld(record, inputs);
    if (isRuntime(record, resolver) && !inputs.includeInternals && !held) {
      hiddenRuntime++;
      runtimeHeldBytes += record.newBytes;
      continue;
    }
    const candidate = describe(record, inputs, {
      entriesBefore,
      entriesFinal,
      storeBefore,
      cycles,
      bigger,
    }, held);
    const known = byName.get(candidate.suspect.name);
    if (known) merge(known, candidate);
    else byName.set(candidate.suspect.name, candidate);
  }
  const ranked = mergeSiblings(mergeListenersAddedTogether([...byName.values()]), inputs)
    .sort((a, b) => b.suspect.bytes - a.suspect.bytes);
  const suspects: LeakSuspect[] = [];
  const groupVia = new Map<string, number[]>();
  for (const c of ranked) {
    const rank = suspects.length + 1;
    // Reached through another suspect's entries (`subscribers.res.req.socket`'s listeners
    // through `subscribers`): it grows with that one and says so.
    const outer = suspects.find((o) =>
      o.insideOf === undefined && reachedThrough(c.suspect.path, o.path)
    );
    suspects.push(
      outer ? { rank, ...c.suspect, insideOf: outer.rank } : { rank, ...c.suspect },
    );
    // The groups table lists DevTools' classes: which of them this suspect's objects are of.
    const perClass = new Map<number, number>();
    for (const [shape, count] of c.record.regionShapes) {
      const k = after.classes.classOfShape[shape];
      perClass.set(k, (perClass.get(k) ?? 0) + count);
    }
    for (const [k, count] of perClass) {
      if (count < MIN_ADDED) continue;
      const key = after.classes.keys[k];
      groupVia.set(key, [...(groupVia.get(key) ?? []), rank]);
    }
    const inside = new Map<string, Omit<LeakSuspect, "rank">>();
    for (const n of c.nested) {
      // Collections that hold more than they were made with, in more than one entry.
      if (n.instances < MIN_ADDED || n.entries <= n.instances) continue;
      const inner = nestedSuspect(n, rank, c, inputs);
      if (!inner) continue;
      const known = inside.get(inner.name);
      if (known) {
        known.added += inner.added;
        known.entriesAfter += inner.entriesAfter;
      } else inside.set(inner.name, inner);
    }
    for (const inner of inside.values()) suspects.push({ rank: suspects.length + 1, ...inner });
  }
  if (released > 0) {
    notes.push(
      `${released} holder${released === 1 ? "" : "s"} that grew between the first two snapshots ${
        released === 1 ? "was" : "were"
      } back to ${released === 1 ? "its" : "their"} size in the final one (released, not leaked)`,
    );
  }
  if (hiddenRuntime > 0) {
    notes.push(
      `${hiddenRuntime} growing holder${
        hiddenRuntime === 1 ? "" : "s"
      } that no path from the program reaches (the runtime's own, ${
        formatBytes(runtimeHeldBytes)
      } of new objects) hidden; includeInternals shows them`,
    );
  }
  return { suspects, groupVia, notes, runtimeHeldBytes };
}

/** Entries of the holder with node id `id` in another snapshot (0 when it is not there). */
function entriesOf(a: SnapshotAnalysis, id: number): number {
  if (!a.holderEntries || id === 0) return 0;
  const k = sortedIndexOf(a.holderEntries.ids, id);
  return k < 0 ? 0 : a.holderEntries.counts[k];
}

/** Storage bytes of the array with node id `id` in another snapshot (0 when unknown). */
function storeOf(a: SnapshotAnalysis, id: number): number {
  if (!a.arrayStores || id === 0) return 0;
  const k = sortedIndexOf(a.arrayStores.ids, id);
  return k < 0 ? 0 : a.arrayStores.bytes[k];
}

/** Count of a group (by the target's group index) in another analysis, matched by key. */
function groupCount(a: SnapshotAnalysis, key: string): number {
  const g = a.groups.keys.indexOf(key);
  return g < 0 ? 0 : a.groups.count[g];
}

/** New elements of a linked list's class that the list accounts for. */
function chainLength(r: GrowthRecord): number {
  const g = r.entryGroups[0]?.[0];
  return r.regionGroups.find(([x]) => x === g)?.[1] ?? 0;
}

/**
 * A variable or property whose one value is rebuilt on the previous one (`log += line`): many
 * new objects of the value's class, chained onto the old value. A value replaced by an
 * unrelated new one does not link to the old, and one appended a few times is not a leak.
 */
function isGrowingValue(r: GrowthRecord, cycles: number | undefined): boolean {
  const least = Math.max(MIN_ADDED, cycles ?? GROWING_VALUE_MIN);
  if (r.rebuilt && r.rebuilt.count >= least) return true;
  return r.appendsToOld && r.newEntries <= 2 && chainLength(r) >= least;
}

/** New pieces a rebuilt or appended-to value gathered. */
function valueLength(r: GrowthRecord, cycles: number | undefined): number {
  const least = Math.max(MIN_ADDED, cycles ?? GROWING_VALUE_MIN);
  return r.rebuilt && r.rebuilt.count >= least ? r.rebuilt.count : chainLength(r);
}

/** Without a cycle count, the fewest new pieces that make a rebuilt value a suspect. */
const GROWING_VALUE_MIN = 8;

/** Whether a record is growth, not churn (see the module doc). */
function grew(
  r: GrowthRecord,
  entriesBefore: number,
  storeBefore: number,
  storeFinal: number | undefined,
  before: SnapshotAnalysis,
  after: SnapshotAnalysis,
  cycles: number | undefined,
): boolean {
  const pooled = pooledEntries(r);
  if (pooled !== undefined) return pooled - entriesBefore >= MIN_ADDED;
  // A holder that was not in the baseline is itself new or passing through (a request in
  // flight): what it holds is counted where it is kept.
  if (sortedIndexOf(before.ids, r.holderId) < 0) return false;
  if (isGrowingValue(r, cycles)) return true;
  if (r.chain) {
    // A list's head does not count its elements: more of the elements' class alive does.
    const key = after.groups.keys[r.entryGroups[0]?.[0] ?? -1];
    if (key === undefined) return false;
    const g = after.groups.keys.indexOf(key);
    return after.groups.count[g] - groupCount(before, key) >= MIN_ADDED &&
      chainLength(r) >= MIN_ADDED;
  }
  // Over a long run, a few entries is a bounded holder filling (the first of a few keys).
  const minAdded = Math.max(MIN_ADDED, cycles ? cycles / CYCLES_PER_ENTRY : 0);
  if (r.newEntries >= MIN_ADDED && r.entries - entriesBefore >= minAdded) return true;
  // Small integers have no nodes: a collection of them shows only its storage growing, by a
  // slot or more every few cycles (a capped free list refilled to its cap grows once).
  const minStore = cycles ? STORE_BYTES_PER_CYCLE * cycles : MIN_STORE_BYTES;
  return r.newEntries === 0 && r.storeBytes - storeBefore >= minStore &&
    STORE_ONLY_HOLDERS.includes(r.holderName) &&
    (storeFinal === undefined || storeFinal > storeBefore);
}

/**
 * The entries of a record counted by its key rather than its holder (a timer pool's active
 * timers, a V8 registry's entries) in the target; undefined for a holder's record.
 */
function pooledEntries(r: GrowthRecord): number | undefined {
  return r.timer ? r.timerPool?.active ?? r.newEntries : r.rootTable?.active;
}

/** Storage growth per cycle that makes a collection of small integers a suspect (a slot per four). */
const STORE_BYTES_PER_CYCLE = 2;
/** The same without cycles: storage growth that makes such a collection a suspect. */
const MIN_STORE_BYTES = 1024;

/** How many of the classes a runtime-held collection keeps are looked up as made by a call. */
const FACTORY_CLASSES = 4;

/** What {@link runtimeHeld} finds: the suspect's name and the statement behind it. */
interface RuntimeHeld {
  name: string;
  event?: string;
  method?: string;
  statement?: SourceStatement;
  /** The entries are objects the program makes, not functions. */
  instances?: boolean;
  /** They are made by a runtime call, not by `new`: the call's receiver and method, and the class. */
  factory?: { receiver: string; method: string; cls: string };
  /** What they keep is a module of the program loaded again under new URLs (`rules.mjs?t=…`). */
  reloaded?: string;
  /** V8's registry that keeps them (`root_tables.ts`), and the call that fills it. */
  registry?: { name: string; call: string };
}

/**
 * Growth the runtime holds that is the program's all the same, reached by no path of the
 * program: its new entries are one of the program's functions (a signal listener kept in the
 * runtime's table), named by the call that handed the function over (`'SIGTERM' signal
 * listeners` from `addSignalListener("SIGTERM", onTerm)`), else by the function; or objects of
 * a class the program constructs (each open `BroadcastChannel` in the runtime's list), named
 * by the class and found where the program makes them.
 */
function runtimeHeld(r: GrowthRecord, inputs: SuspectInputs): RuntimeHeld | undefined {
  const { after, resolver, sources } = inputs;
  if (r.rootTable) {
    // Only the program's calls fill V8's registries: the call that registers is the add.
    const table = ROOT_TABLES[r.rootTable.key];
    return {
      name: table.name,
      statement: findChangingCall(sources, table.call),
      registry: table,
    };
  }
  if (r.timer || !isRuntime(r, resolver)) return undefined;
  // The program's own module, compiled again and again under new URLs and kept by the
  // runtime's module loader: what imports it under a changing URL is the leak.
  const reloaded = reloadedModule(r, inputs);
  if (reloaded) {
    const statement = findDynamicImport(sources, reloaded);
    if (statement) return { name: "ESM module cache", statement, reloaded };
  }
  const g = r.entryGroups[0]?.[0];
  const fnName = g === undefined ? "" : after.groups.names[g];
  const loc = g === undefined ? undefined : after.groups.locations[g];
  if (!fnName.endsWith("()")) {
    const made = fnName ? findConstruction(sources, fnName) : undefined;
    if (made) return { name: `${fnName} instances`, statement: made, instances: true };
    // Made by a call named for the class (`performance.measure()` → `PerformanceMeasure`):
    // the runtime's entries for that object. A collection or variable the runtime rebuilds
    // or fills is looked through to the classes it keeps most of.
    const kept = r.regionGroups.slice(0, FACTORY_CLASSES).map(([k]) => after.groups.names[k]);
    for (const cls of new Set([fnName, ...kept])) {
      const call = findFactoryCall(sources, cls);
      if (!call) continue;
      return {
        name: `${call.receiver} entries`,
        statement: call.statement,
        instances: true,
        factory: { receiver: call.receiver, method: call.method, cls },
      };
    }
    return undefined;
  }
  if (!loc || resolver.isRuntime(loc)) return undefined;
  const fn = fnName.slice(0, -2);
  const found = findCallbackRegistration(sources, fn, resolver.resolve(loc).url);
  if (!found?.event) {
    return { name: `${fnName} callbacks kept by the runtime`, statement: found?.statement };
  }
  const what = /signal/i.test(found.method ?? "") ? "signal listeners" : "listeners";
  return {
    name: `'${found.event}' ${what}`,
    event: found.event,
    method: found.method,
    statement: found.statement,
  };
}

/**
 * The program's calls of the function the adding statement sits in, when it is a helper that
 * others call (a timer's own callback is not).
 */
function callersOf(
  sources: [string, string][],
  statement: SourceStatement | undefined,
  r: GrowthRecord,
): { callers?: SourceLocation[] } {
  if (!statement || r.timer) return {};
  const callers = findCallers(sources, statement.location);
  return callers.length ? { callers } : {};
}

/** Kinds of holder whose entries are stored under keys worth showing (not lists, timers, values). */
function keyed(kind: LeakSuspect["kind"]): boolean {
  return kind === "map" || kind === "set" || kind === "object" || kind === "collection";
}

/** Distinct URLs of one program script (a query apart) that a reloaded module needs. */
const MIN_RELOADS = 2;

/**
 * The program's script whose code the record keeps under several URLs that differ only in
 * their query (`rules.mjs?t=1`, `rules.mjs?t=2`): a module imported afresh each time.
 */
function reloadedModule(r: GrowthRecord, inputs: SuspectInputs): string | undefined {
  const byBase = new Map<string, Set<string>>();
  for (const [g] of r.regionGroups) {
    const loc = inputs.after.groups.locations[g];
    if (!loc || inputs.resolver.isRuntime(loc)) continue;
    const url = inputs.resolver.resolve(loc).url;
    const q = url.indexOf("?");
    if (q <= 0) continue;
    const base = url.slice(0, q);
    const urls = byBase.get(base) ?? new Set();
    byBase.set(base, urls.add(url));
    if (urls.size >= MIN_RELOADS) return base;
  }
  return undefined;
}

/** Growth no path from the program reaches: the runtime's own (its timers included). */
function isRuntime(r: GrowthRecord, resolver: SourceResolver): boolean {
  if (r.timer) return !r.timer.callback || resolver.isRuntime(r.timer.callback);
  if (!r.path) return true;
  return r.path.root === "runtime" && r.path.anchor === undefined;
}

/** The kind of holder, from its class and what its path names. */
function kindOf(
  r: GrowthRecord,
  listeners: boolean,
  cycles: number | undefined,
): LeakSuspect["kind"] {
  if (r.timer) return "timers";
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
function addKind(kind: LeakSuspect["kind"]): AddKind {
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

/** The path's text and its simple names (for source searches), program part only. */
function nameOf(
  path: NamedPath | undefined,
  sources: [string, string][],
  generic = false,
): { text: string; owner: string; event?: string; segments: string[] } {
  if (!path) return { text: "", owner: "", segments: [] };
  let steps: RetainerStep[] = path.steps;
  let prefix = "";
  let root = path.root;
  if (path.root === "runtime" && path.anchor !== undefined) {
    // Reached only through a module's export cell: start at the program's object, named by
    // the variable its module stores it in (`metrics`), else by its class.
    const anchor = steps[path.anchor];
    const cls = anchor.node.replace(/\(\)$/, "");
    prefix = findInstanceVariable(sources, cls) ?? cls;
    steps = [anchor, ...steps.slice(path.anchor + 1)];
  } else if (path.root === "closure" && steps[1]?.edge === "this") {
    // Through the `this` a method's closure captured: the object, named by the variable the
    // program stores it in (`app` for `const app = new App()`), else `this`.
    prefix = findInstanceVariable(sources, steps[1].node) ?? "this";
    steps = steps.slice(1);
    root = "runtime";
  }
  const named = namePath(steps, root, generic, privateFieldsOf(sources));
  const join = (
    t: string,
  ) => (prefix ? (t && t !== steps[0].node ? `${prefix}${dot(t)}` : prefix) : t);
  const text = join(named.text);
  const owner = join(named.owner);
  const segments = (named.listeners ? owner : text).split(/\s*→\s*|\.|\(\)|\s+/)
    .filter((x) => /^#?[\w$]+$/.test(x));
  return { text, owner, event: named.listeners?.event, segments };
}

const privateFieldCache = new WeakMap<[string, string][], Set<string>>();

/** The private fields (`#items`) the program's sources declare or use. */
function privateFieldsOf(sources: [string, string][]): Set<string> {
  let names = privateFieldCache.get(sources);
  if (!names) {
    names = new Set();
    for (const [, text] of sources) {
      for (const m of text.matchAll(/#[A-Za-z_$][\w$]*/g)) names.add(m[0]);
    }
    privateFieldCache.set(sources, names);
  }
  return names;
}

/** `.x` for a property path, ` → x` kept as is. */
function dot(t: string): string {
  return t.startsWith(" → ") || t.startsWith("[") || t.startsWith(".") ? t : `.${t}`;
}

/** Figures of a record against the other snapshots, as `buildSuspects` measured them. */
interface Figures {
  entriesBefore: number;
  entriesFinal?: number;
  storeBefore: number;
  cycles?: number;
  /** Set when the holder's value was replaced by a bigger one (see {@link grewBigger}). */
  bigger?: NonNullable<LeakSuspect["valueBytes"]>;
}

/** How a value replaced by bigger ones reads. */
function biggerReason(b: NonNullable<Figures["bigger"]>): string {
  const kb = (n: number) => `${Math.round(n / 102.4) / 10} KB`;
  const sizes = [b.before, b.after, ...(b.final !== undefined ? [b.final] : [])].map(kb);
  return `its value is replaced by a bigger one each time: ${b.class} ${
    sizes.join(" → ")
  } with no more of them`;
}

/** Fewest bytes a replaced value must have grown by (and per cycle) to be a suspect. */
const BIGGER_MIN = 4096;
const BIGGER_MIN_PER_CYCLE = 16;

/**
 * A holder of one or two values whose biggest object's class grew in bytes but not in number
 * between the first two snapshots (and did not shrink by the final one), by no more than that
 * object's size: the value is replaced by a bigger one each time (`buf = Buffer.concat([buf,
 * chunk])` copies the old bytes, so nothing of the old one is left to link to).
 */
function grewBigger(
  r: GrowthRecord,
  inputs: SuspectInputs,
  cycles: number | undefined,
): Figures["bigger"] {
  if (!r.largest || r.timer) return undefined;
  const { before, after, final } = inputs;
  const k = after.classes.classOfShape[r.largest.shape];
  const key = after.classes.keys[k];
  const at = (a: SnapshotAnalysis) => {
    const i = a.classes.keys.indexOf(key);
    return i < 0 ? { count: 0, size: 0 } : { count: a.classes.count[i], size: a.classes.size[i] };
  };
  const was = at(before);
  const now = { count: after.classes.count[k], size: after.classes.size[k] };
  const grown = now.size - was.size;
  if (now.count > was.count || grown > r.largest.bytes) return undefined;
  if (grown < Math.max(BIGGER_MIN, (cycles ?? 0) * BIGGER_MIN_PER_CYCLE)) return undefined;
  const end = final ? at(final) : undefined;
  if (end && end.size < now.size) return undefined;
  const name = after.classes.names[k];
  return {
    // As developers know it: a buffer's bytes live in its ArrayBuffer's data.
    class: name === "system / JSArrayBufferData" ? "ArrayBuffer data" : name,
    before: was.size,
    after: now.size,
    ...(end ? { final: end.size } : {}),
  };
}

/**
 * How a record's entries are counted and named: a Map whose keys and values are both objects
 * (or strings) holds pairs, counted and named as one entry (`(string) → Set`), and so does a
 * dictionary whose keys are new strings.
 */
function entryUnit(r: GrowthRecord, kind: LeakSuspect["kind"], after: SnapshotAnalysis) {
  let [first, second] = r.entryGroups;
  // A program's own collection class (a Map subclass) keeps its pairs the same way. An object
  // or array used as a dictionary keeps its keys as strings (or symbols) beside the values:
  // two groups of values alone (two getters defined together) are not pairs.
  const keyLike = (g: [number, number]) => /^\((?:string|symbol)\)$/.test(after.groups.names[g[0]]);
  const pairs = first !== undefined && second !== undefined && first[1] === second[1] &&
    (kind === "map" || kind === "collection" ||
      ((kind === "object" || kind === "array") && (keyLike(first) || keyLike(second))));
  // Keys first, as the program writes the pair (`(string) → {status, body}`).
  if (pairs && after.groups.names[second[0]] === "(string)") [first, second] = [second, first];
  // String keys to values of several classes: the keys are half the new entries (give or
  // take an entry or two made before the baseline and replaced since).
  const mixed = !pairs && (kind === "map" || kind === "collection") && second !== undefined &&
    after.groups.names[first[0]] === "(string)" &&
    Math.abs(first[1] * 2 - r.newEntries) <= Math.max(2, r.newEntries * 0.01);
  const name = pairs
    ? `${after.groups.names[first[0]]} → ${after.groups.names[second[0]]}`
    : mixed
    ? `${after.groups.names[first[0]]} → ${after.groups.names[second[0]]} and others`
    : first
    ? after.groups.names[first[0]]
    : "";
  return {
    name,
    groups: pairs || mixed ? [first[0], second[0]] : first ? [first[0]] : [],
    count: (n: number) => (pairs || mixed ? Math.round(n / 2) : n),
  };
}

/**
 * What a suspect is called and the path behind it. A timer pool is named by where the program
 * stores its timers: the starting statement's own target (`conn.heartbeat = setInterval(…)`),
 * else the declared path up to a timer, else the call (`setTimeout(refresh)`). A growing
 * value is named by its variable, not its holder.
 */
function suspectName(
  r: GrowthRecord,
  named: ReturnType<typeof nameOf>,
  kind: LeakSuspect["kind"],
  timer: { start?: SourceStatement; callback?: SourceLocation },
  sources: [string, string][],
): { name: string; path: string } {
  if (r.timer) {
    const alias = timer.start ? assignedTo(timer.start.text, r.timer.kind) : undefined;
    // A pool's timers are stored where a property holds one (`conn.heartbeat`); a variable
    // of a scope holds only its own call's timer (`meters.get(…) → record() → timer`).
    const toTimer = r.path && r.path.root !== "runtime" ? truncateAt(r.path, "Timeout") : undefined;
    const declared = toTimer && toTimer.steps.at(-1)?.edgeType !== "context"
      ? nameOf(toTimer, sources, true).text
      : "";
    const stored = alias ?? declared;
    // An anonymous callback is known by the local its timer is kept in (`const deadline =
    // setTimeout(() => …)`): each call has its own, but the name says which timers these are.
    const local = timer.start && /^\(?anonymous\)?$/.test(r.timer.callbackName)
      ? /^(?:const|let|var)\s+([\w$]+)\s*=/.exec(timer.start.text.trim())?.[1]
      : undefined;
    if (!stored && local) {
      return { path: `${r.timer.kind}(${local})`, name: `${local} timers` };
    }
    const call = `${r.timer.kind}(${r.timer.callbackName})`;
    return {
      path: stored || call,
      name: stored
        ? `${stored} (${r.timer.kind} timers)`
        : `${call} timers${timer.callback ? ` at ${timer.callback.display}` : ""}`,
    };
  }
  if (kind === "growing value" && r.entryEdge) {
    // A scope's variable reads `store → getState() → state`; then down to what gathers.
    const slot = !named.text
      ? r.entryEdge
      : r.holderName.startsWith("system / Context")
      ? `${named.text} → ${r.entryEdge}`
      : `${named.text}${dot(r.entryEdge)}`;
    const path = slot + (r.rebuilt?.via ?? []).map((p) => `.${p}`).join("");
    return { name: path, path };
  }
  return { name: named.text || r.holderName, path: named.text };
}

/** Entries before and after, and how many were added (a list: its elements' class alive). */
function entryCounts(
  r: GrowthRecord,
  kind: LeakSuspect["kind"],
  unit: (n: number) => number,
  figures: Figures,
  before: SnapshotAnalysis,
  after: SnapshotAnalysis,
) {
  const pooled = pooledEntries(r);
  if (pooled !== undefined) {
    // A pool or registry: its count in each snapshot (a re-armed timer is a new object each time).
    const entriesBefore = figures.entriesBefore;
    return { added: pooled - entriesBefore, entriesBefore, entriesAfter: pooled };
  }
  const added = figures.bigger
    ? 0
    : kind === "growing value"
    ? valueLength(r, figures.cycles)
    : r.chain
    ? chainLength(r)
    : kind === "promise reactions"
    ? chainedPromises(r, after) || unit(r.newEntries)
    : unit(r.newEntries);
  if (r.chain) {
    const key = after.groups.keys[r.entryGroups[0][0]];
    return { added, entriesBefore: groupCount(before, key), entriesAfter: groupCount(after, key) };
  }
  return { added, entriesBefore: unit(figures.entriesBefore), entriesAfter: unit(r.entries) };
}

/**
 * New promises a pending promise's reactions keep: the links chained behind it (its own
 * reactions are the first link or two, whatever the chain's length).
 */
function chainedPromises(r: GrowthRecord, after: SnapshotAnalysis): number {
  let n = 0;
  for (const [g, count] of r.regionGroups) if (after.groups.names[g] === "Promise") n += count;
  return n;
}

/**
 * The statements behind a holder: the line that adds to it (preferring its own file and the
 * lines that make what it accumulated), others that add, and where it is declared (for a
 * listener list, the emitter: the list is the runtime's).
 */
function holderStatements(
  r: GrowthRecord,
  named: ReturnType<typeof nameOf>,
  kind: LeakSuspect["kind"],
  inputs: SuspectInputs,
) {
  const listeners = named.event !== undefined;
  let segments = listeners ? named.owner.split(/[.\s→()]+/).filter(Boolean) : named.segments;
  if (kind === "growing value" && r.entryEdge) {
    segments.push(r.entryEdge, ...(r.rebuilt?.via ?? []));
  }
  const preferUrl = codeUrl(r, inputs.resolver);
  const preferLines = madeAt(r, inputs.after, inputs.resolver);
  // A collection kept under a key (`byRoute.get("/a")`) is added to through that key.
  // A module's `children` grow with each require() of a file no longer in the cache.
  const cached = moduleChildren(r);
  if (cached) {
    const file = r.path!.steps[cached.at].edge ?? "";
    const statement = findDynamicRequire(inputs.sources, file);
    if (statement) return { statement, growthSites: [], declaredAt: undefined, removals: [] };
  }
  const keyed = keyedParent(r, kind, inputs.sources);
  // The program's own subclass of a collection adds in its methods (`super.set(`).
  const ownClass = kind === "collection" && r.holderLocation &&
      !inputs.resolver.isRuntime(r.holderLocation)
    ? inputs.resolver.resolve(r.holderLocation).url
    : undefined;
  // An object's internal slot (Deno's Headers list) grows through the object's methods.
  const slotOwner = keyed ? undefined : runtimeSlotOwner(r, inputs.sources);
  // Kept under a symbol (`catalog[FORMATTED]`): added to through the symbol's variable.
  const symbol = symbolOf(r.path?.steps.at(-1)?.edge);
  const found = slotOwner
    ? findAddingStatements(inputs.sources, {
      segments: segments = slotOwner.segments,
      kind: "any",
      preferUrl,
      preferLines,
      aliases: true,
    })
    : keyed
    ? findAddingStatements(inputs.sources, {
      segments: segments = keyed.segments,
      kind: addKind(kind),
      preferUrl,
      preferLines,
      keyed: true,
    })
    : findAddingStatements(inputs.sources, {
      segments,
      kind: addKind(kind),
      event: named.event,
      preferUrl,
      preferLines,
      ...(kind === "growing value" && r.appendLink ? { link: r.appendLink } : {}),
      ...(symbol !== undefined ? { symbol } : {}),
      ...(ownClass ? { ownClassUrl: ownClass } : {}),
    });
  // The object's own internals grew (names the program never writes: `liveLog._readableState
  // .pipes`): what grew was handed to it through one of its methods.
  let handedTo: string[] | undefined;
  if (!found.length) {
    const owner = declaredPrefix(named.segments, inputs.sources);
    // A global the program uses but does not declare (`console`) owns what it is handed too.
    const global = named.segments[0];
    if (
      !owner.length && r.path?.root === "global" && global !== undefined &&
      usesName(inputs.sources, global)
    ) {
      owner.push(global);
    }
    // Past the owner: names it never writes, or hops no simple name spells (`[Symbol(…)]`).
    const past = owner.length < named.segments.length || named.text !== owner.join(".");
    if (owner.length && past) {
      const entryGroup = r.entryGroups[0]?.[0];
      found.push(...findHandingStatements(inputs.sources, {
        owner,
        entryClass: entryGroup === undefined ? undefined : inputs.after.groups.names[entryGroup],
        keptShapes: keptShapes(r, inputs.after),
        store: /^[.[]?([#\w$]+)/.exec(named.text.slice(owner.join(".").length))?.[1],
        preferUrl,
        preferLines,
      }));
      if (found.length) handedTo = owner;
    }
  }
  // Stored under another name than the holder's (a parameter, `conn[key] = span`): found by
  // the shape of what it keeps; the entries come out (or not) through that name too.
  let storedIn: string[] | undefined;
  if (!found.length && !listeners && !keyed && !slotOwner) {
    const stored = findStoringStatements(inputs.sources, {
      keptShapes: keptShapes(r, inputs.after),
      preferUrl,
      preferLines,
    });
    if (stored.length) {
      found.push(...stored.map((s) => s.statement));
      storedIn = stored[0].receiver.split(".").filter((s) => s !== "this");
    }
  }
  const last = handedTo?.at(-1);
  const handedBy = last === undefined ? undefined : new RegExp(
    `(?:^|[^\\w$])${last.replace(/\$/g, "\\$")}\\s*\\??\\.\\s*([\\w$]+)\\s*\\(`,
  ).exec(found[0]?.text ?? "")?.[1];
  // Where the program takes entries out again (of a keyed value: the key out of its parent;
  // of what was handed over: the call that takes it back).
  const removals = handedTo
    ? findRemovingStatements(inputs.sources, {
      segments: handedTo,
      kind: "any",
      calls: handedBy ? undoCallsFor(handedBy) : UNDO_CALLS,
      preferUrl,
    })
    : storedIn
    ? findRemovingStatements(inputs.sources, { segments: storedIn, kind: "any", preferUrl })
    : slotOwner || kind === "growing value"
    ? []
    : findRemovingStatements(
      inputs.sources,
      keyed
        ? { segments, kind: "any", preferUrl, valueKind: addKind(kind) }
        : { segments, kind: addKind(kind), event: named.event, preferUrl },
    );
  return {
    ...(handedTo
      ? {
        handed: {
          owner: handedTo.join("."),
          method: handedBy,
          // Nothing takes it back: where something reads what it keeps, if anywhere.
          consumers: (removals.length ? [] : findRemovingStatements(inputs.sources, {
            segments: handedTo,
            kind: "any",
            calls: CONSUMING_CALLS,
            preferUrl,
          })).map((c) => ({ ...c, within: enclosingOpener(inputs.sources, c.location) })),
        },
      }
      : {}),
    statement: found[0] as SourceStatement | undefined,
    growthSites: found.slice(1).map((f) => f.location),
    removals,
    declaredAt: findDeclarationOf(
      inputs.sources,
      listeners ? segments.slice(0, 1) : segments,
      preferUrl,
    ),
  };
}

/**
 * Where a path enters a pending promise's reactions (`ready → reactions_or_result → …`) with
 * more of the path after it: the index of that hop. What a promise's reactions keep waits on
 * that promise; a chain built link by link (`q = q.then(…)`) behind it is named by it.
 */
function promiseChainStart(path: NamedPath | undefined): number | undefined {
  const steps = path?.steps ?? [];
  const k = steps.findIndex((st, i) =>
    i > 1 && st.edgeType === "internal" && st.edge === "reactions_or_result" &&
    steps[i - 1].node === "Promise"
  );
  return k > 1 && k < steps.length - 1 ? k : undefined;
}

/** Makes one candidate suspect from a record. */
function describe(
  record: GrowthRecord,
  inputs: SuspectInputs,
  figures: Figures,
  held: RuntimeHeld | undefined,
): Candidate {
  const { after, resolver, sources } = inputs;
  const { cycles } = figures;
  const chainAt = promiseChainStart(record.path);
  const r = chainAt === undefined
    ? record
    : { ...record, path: { ...record.path!, steps: record.path!.steps.slice(0, chainAt) } };
  // A timer pool is named by where one of its timers is stored: keys and indices vary.
  const named = nameOf(r.path, sources, r.timer !== undefined);
  if (held) named.event = held.event;
  // An async function that returns or awaits a call of itself: each call's promise waits on
  // the next one's, so every link stays until the recursion ends.
  const recursion = held || r.timer ? undefined : asyncRecursion(r, after, resolver, sources);
  const kind = held
    ? (held.instances || held.reloaded || held.registry ? kindOf(r, false, cycles) : "listeners")
    : chainAt !== undefined || recursion
    ? "promise reactions"
    : figures.bigger
    ? "growing value"
    : kindOf(r, named.event !== undefined, cycles);
  const unit = entryUnit(r, kind, after);
  const callback = r.timer?.callback ? resolver.resolve(r.timer.callback) : undefined;
  const start = r.timer && callback
    ? timerStatement(sources, callback, r.timer.kind, r.timer.callbackName)
    : undefined;
  const given = held
    ? { name: held.name, path: held.name }
    : suspectName(r, named, kind, { start, callback }, sources);
  const name = recursion ? `${recursion.fn}() promise chain` : given.name;
  const path = given.path;
  const { added, entriesBefore, entriesAfter } = entryCounts(
    r,
    kind,
    unit.count,
    figures,
    inputs.before,
    after,
  );
  const found = r.timer || held || recursion
    ? {
      statement: start ?? held?.statement ?? recursion?.statement,
      growthSites: [],
      declaredAt: undefined,
      removals: [],
    }
    : holderStatements(r, named, kind, inputs);
  const { growthSites, declaredAt, removals } = found;
  // Grown inside an object the program hands things to (`auditStream.write(event)`): named by
  // the object, as the program knows it; the path keeps the internals.
  const handed = "handed" in found ? found.handed : undefined;
  const entryLoc = unit.groups.length ? after.groups.locations[unit.groups[0]] : undefined;
  const createdAt = entryLoc && !resolver.isRuntime(entryLoc) && !r.timer
    ? resolver.resolve(entryLoc)
    : undefined;
  // Reactions are added where they are made when that is a then/catch/finally: a chain's links.
  const madeThere = kind === "promise reactions" && !found.statement && createdAt
    ? statementAt(sources, createdAt)
    : undefined;
  const statement = found.statement ??
    (/\.\s*(?:then|catch|finally)\s*\(/.test(madeThere?.text ?? "") ? madeThere : undefined);
  const location = statement?.location ?? callback ?? declaredAt ?? createdAt;
  const entry = kind === "growing value"
    ? undefined
    : entryKeeps(r, after, unit.name, added, unit.groups);
  const suspect: Omit<LeakSuspect, "rank"> = {
    name: handed?.owner ?? name,
    path,
    kind,
    holder: r.timer ? "Timeout" : r.holderName,
    scope: scopeOf(r),
    reason: figures.bigger ? biggerReason(figures.bigger) : reasonFor(
      r,
      kind,
      entriesBefore,
      entriesAfter,
      added,
      figures.storeBefore,
      named.event,
    ),
    entriesBefore,
    entriesAfter,
    ...(figures.entriesFinal !== undefined && !r.timer
      ? { entriesFinal: unit.count(figures.entriesFinal) }
      : {}),
    added,
    // An array of small integers keeps no new objects: its storage growth is what it costs.
    bytes: figures.bigger
      ? figures.bigger.after - figures.bigger.before
      : r.newEntries === 0 && STORE_ONLY_HOLDERS.includes(r.holderName)
      ? Math.max(r.newBytes, r.storeBytes - figures.storeBefore)
      : r.newBytes,
    ...(figures.bigger ? { valueBytes: figures.bigger } : {}),
    objects: r.newCount,
    ...(entry ? { entry } : {}),
    ...(keyed(kind) && r.sampleKeys ? { sampleKeys: r.sampleKeys } : {}),
    ...(statement ? { statement } : {}),
    ...(callersOf(sources, statement, r)),
    ...(growthSites.length ? { growthSites } : {}),
    ...(removals.length ? { removals } : {}),
    ...(declaredAt ? { declaredAt } : {}),
    ...(createdAt ? { createdAt } : {}),
    ...(location ? { location } : {}),
    ...(r.timer
      ? {
        timer: {
          kind: r.timer.kind,
          ...(callback ? { callback } : {}),
          captured: r.timer.captured,
          ...madeOf(sources, r.timer.captured, callback),
        },
      }
      : {}),
    fix: (recursion ? recursionFix(recursion.fn) : undefined) ?? keptKeyFix(removals[0]) ??
      freshKeyFix(sources, statement, removals[0]) ??
      skippedResetFix(sources, r) ??
      fixOf(r, kind, statement, held) ??
      otherKeyFix(sources, kind, statement) ??
      (handed ? handedFix(handed, removals.length > 0) : undefined) ?? withRemoval(
        removals.length > 0,
        kind,
        fixFor(kind, r, unit.name, entry),
      ),
    nodeId: r.holderId || r.sampleEntryId,
    entryNodeId: r.sampleEntryId,
    retainerPath: renderRetainerPath(r, resolver),
    ...(r.path ? { retainerSteps: boundedSteps(r.path.steps) } : {}),
  };
  if (cycles) {
    suspect.addedPerCycle = added / cycles;
    suspect.bytesPerCycle = suspect.bytes / cycles;
  }
  if (
    STORE_ONLY_HOLDERS.includes(r.holderName) && r.storeBytes !== figures.storeBefore && !r.timer
  ) {
    suspect.storeBytesBefore = figures.storeBefore;
    suspect.storeBytesAfter = r.storeBytes;
  }
  return { record: r, suspect, nested: r.nested };
}

/** Where Node's module cache holds the suspect, when it is a module's `children`. */
function moduleChildren(r: GrowthRecord): { at: number } | undefined {
  const cached = r.path ? moduleInCache(r.path.steps) : undefined;
  return cached && r.path!.steps.at(-1)?.edge === "children" ? cached : undefined;
}

/**
 * The fix when the program does take entries out and the holder grew anyway: the removal is
 * there but misses them (a condition that never holds, units compared wrong, another key or
 * listener than the one added, a path that does not run).
 */
const REMOVAL_MISSES = "the removal above misses these: check its condition, key and when it runs";

/**
 * The usual fix, after the removal's when there is one (alone for a growing value, whose usual
 * text describes rather than fixes).
 */
function withRemoval(removal: boolean, kind: LeakSuspect["kind"], usual: string): string {
  if (!removal) return usual;
  return kind === "growing value" ? REMOVAL_MISSES : `${REMOVAL_MISSES}; or ${usual}`;
}

/** The fix for shapes known by how they were added, before the usual one for the kind. */
function fixOf(
  r: GrowthRecord,
  kind: LeakSuspect["kind"],
  statement: SourceStatement | undefined,
  held: RuntimeHeld | undefined,
): string | undefined {
  if (moduleChildren(r)) {
    return "a module deleted from require.cache and required again stays in its parent's " +
      "module.children: remove it there too, or load the file once";
  }
  if (kind === "listeners" && /(?:^|[^\w$.])on\s*\(\s*[\w$.]+\s*,/.test(statement?.text ?? "")) {
    return "end the iterator events.on() returned once its work is done (call its return(), or " +
      "break out of the for await): until then it keeps its listener and queues every event";
  }
  if (held?.registry) {
    const { call } = held.registry;
    return `V8 keeps every key ${call}() registers for as long as the process lives: a key ` +
      `made per object (an id in it) registers one more each time. Use Symbol() or a plain ` +
      `string for such keys, and ${call}() only for a fixed set`;
  }
  if (held?.reloaded) {
    return "each import() under a new URL (a changing query string) makes the runtime load, " +
      "run and keep another copy of the module for as long as the process lives: import it " +
      "once, under a fixed URL, and reload it only in development";
  }
  if (held?.factory) {
    const { receiver, method, cls } = held.factory;
    const clear = `clear${method[0].toUpperCase()}${method.slice(1)}s`;
    return `the runtime keeps every ${cls} that ${receiver}.${method}() makes until they are ` +
      `cleared: clear them once read (${receiver}.${clear}(), if it has one), or make fewer`;
  }
  if (held?.instances) {
    return "the runtime keeps each one until it is closed: close it (or its class's way of " +
      "ending it) when its work is done, or make one and reuse it";
  }
  if (held?.method?.startsWith("add")) {
    return `remove the listener when its work is done (remove${
      held.method.slice(3)
    }), or add it once`;
  }
  return undefined;
}

/** Calls by which something reads what an object holds (a stream's consumers). */
const CONSUMING_CALLS = "pipe|pipeTo|pipeThrough|read|resume|getReader|tee";

/** Where a suspect's name starts. */
function scopeOf(r: GrowthRecord): LeakSuspect["scope"] {
  if (r.timer) return "timer";
  if (!r.path) return "runtime";
  return r.path.root === "runtime" || r.path.root === "export" ? "module" : r.path.root;
}

/**
 * The last hop of a holder's path that names something (hops into a collection's own stores
 * read as nothing: the key is on the hop before them), when a named part of the path lies
 * before it: its index.
 */
function lastNamedHop(r: GrowthRecord): number | undefined {
  if (r.timer || !r.path) return undefined;
  const steps = r.path.steps;
  let k = steps.length - 1;
  while (k > 1 && steps[k].edgeType === "internal" && steps[k].key === undefined) k--;
  if (k < 2 || (r.path.anchor !== undefined && r.path.anchor >= k)) return undefined;
  return k;
}

/** The name of a holder's path up to (not including) hop `k`, if it has one. */
function nameBefore(
  r: GrowthRecord,
  k: number,
  sources: [string, string][],
): { text: string; segments: string[] } | undefined {
  const named = nameOf({ ...r.path!, steps: r.path!.steps.slice(0, k) }, sources);
  return named.text ? { text: named.text, segments: named.segments } : undefined;
}

/**
 * The collection a holder is kept in under a key, when its path's last hop is a key rather
 * than a name the program declares: a Map's key (`.get("POST /signup")`), an index, or a
 * property the program's source never names (`replays.acme`: a dictionary's key). The parent's
 * path text and names; undefined for other holders.
 */
function keyedParent(
  r: GrowthRecord,
  kind: LeakSuspect["kind"],
  sources: [string, string][],
): { text: string; segments: string[] } | undefined {
  if (kind === "listeners" || kind === "growing value" || kind === "linked list") return undefined;
  const k = lastNamedHop(r);
  if (k === undefined) return undefined;
  const hop = r.path!.steps[k];
  const isKey = hop.edgeType === "element" ||
    (hop.edgeType === "internal" && hop.key !== undefined) ||
    (hop.edgeType === "property" && !(hop.edge ?? "").startsWith("<symbol") &&
      !declaresName(sources, hop.edge ?? ""));
  return isKey ? nameBefore(r, k, sources) : undefined;
}

/**
 * The program's object whose runtime-internal slot (a symbol the program never makes:
 * Deno's `Headers` keeps its list under `Symbol(header list)`) the holder is: the growth is
 * the object's, added to through its methods.
 */
function runtimeSlotOwner(
  r: GrowthRecord,
  sources: [string, string][],
): { text: string; segments: string[] } | undefined {
  const k = lastNamedHop(r);
  const symbol = k === undefined ? undefined : symbolOf(r.path!.steps[k].edge);
  if (symbol === undefined || symbolMadeIn(sources, symbol)) return undefined;
  return nameBefore(r, k!, sources);
}

/** The description of a symbol-keyed property's label (`<symbol i18n.formatted>`). */
function symbolOf(label: string | undefined): string | undefined {
  return /^<symbol\s+(.+)>$/.exec(label ?? "")?.[1];
}

/** The leading names of a path that the program's source names itself (`["liveLog"]`). */
function declaredPrefix(segments: string[], sources: [string, string][]): string[] {
  const k = segments.findIndex((name) => !declaresName(sources, name));
  return k < 0 ? segments : segments.slice(0, k);
}

/** Whether the program's source reads a property of `name` (`console.time(`). */
function usesName(sources: [string, string][], name: string): boolean {
  if (!/^[\w$]+$/.test(name)) return false;
  const re = new RegExp(`(?:^|[^\\w$.])${name.replace(/\$/g, "\\$")}\\s*\\??\\.`);
  return sources.some(([, text]) => re.test(text));
}

/** Whether the program's source names `name` as a property or variable (`.name`, `name:`). */
function declaresName(sources: [string, string][], name: string): boolean {
  if (/^#[\w$]+$/.test(name)) return privateFieldsOf(sources).has(name);
  if (!/^[\w$]+$/.test(name)) return false;
  const n = name.replace(/\$/g, "\\$");
  const re = new RegExp(`\\.${n}\\b|(?:^|[^\\w$])${n}\\s*[:=(]|\\b(?:const|let|var)\\s+${n}\\b`);
  return sources.some(([, text]) => re.test(text));
}

/**
 * Collections of one kind kept under the keys of one parent (`replays.acme`,
 * `replays.globex`; `errorsByRoute.get(…)` per route) grow as one: a suspect named by the
 * parent, its figures summed over the keys.
 */
function mergeSiblings(candidates: Candidate[], inputs: SuspectInputs): Candidate[] {
  const byParent = new Map<string, { parent: Family; group: Candidate[] }>();
  const out: Candidate[] = [];
  for (const c of candidates) {
    const family = familyOf(c, inputs.sources);
    if (!family) {
      out.push(c);
      continue;
    }
    // An object's internal slots are the object's, whatever each holds.
    const key = family.slot
      ? `${family.text}\u0000slot`
      : `${family.text}\u0000${c.suspect.holder}\u0000${c.suspect.entry?.name ?? ""}`;
    const known = byParent.get(key);
    if (known) known.group.push(c);
    else byParent.set(key, { parent: family, group: [c] });
  }
  for (const { parent, group } of byParent.values()) {
    if (group.length < 2 && !parent.recursive) {
      out.push(...group);
      continue;
    }
    group.sort((a, b) => b.suspect.bytes - a.suspect.bytes);
    const [into, ...rest] = group;
    const a = into.suspect;
    for (const other of rest) {
      merge(into, other);
      if (parent.slot) continue;
      a.entriesBefore += other.suspect.entriesBefore;
      a.entriesAfter += other.suspect.entriesAfter;
      if (a.entriesFinal !== undefined) a.entriesFinal += other.suspect.entriesFinal ?? 0;
      if (a.entry && other.suspect.entry) a.entry.count += other.suspect.entry.count;
    }
    a.name = a.path = parent.text;
    if (parent.recursive) {
      // The levels inside are the same tree: not suspects of their own.
      into.nested = [];
      a.fix = "prune the tree: cap how many entries it keeps (evict rarely used branches), or " +
        "rebuild it from a bounded source";
      a.reason =
        `${a.added} new entries kept across ${group.length} level${
          group.length === 1 ? "" : "s"
        } of a tree of ${a.holder === "Map" ? "Maps" : "collections"} that only grows ` +
        `(entries ${a.entriesBefore} → ${a.entriesAfter})`;
      out.push(into);
      continue;
    }
    if (parent.slot) {
      // One object's internal slots: its figures, not keys of a collection.
      out.push(into);
      continue;
    }
    a.keys = group.length;
    a.reason = `${a.added} new entries kept across ${group.length} of its keys' ${
      a.holder === "Array" ? "arrays" : "collections"
    } (entries ${a.entriesBefore} → ${a.entriesAfter}), none released`;
    if (!a.statement) {
      const declaredAt = findDeclarationOf(inputs.sources, parent.segments);
      if (declaredAt) a.declaredAt = a.location = declaredAt;
    }
    out.push(into);
  }
  return out;
}

/** What holders that grow as one are named by (see {@link familyOf}). */
interface Family {
  text: string;
  segments: string[];
  /** Internal slots of one runtime object. */
  slot?: boolean;
  /** Levels of one tree. */
  recursive?: boolean;
}

/**
 * The name a holder shares with its siblings under other keys: the parent collection when its
 * path ends in a key (`replays` for `replays.acme`), else its path with every key and index
 * left open (`documents.get(…).#undoStack`) when it has one.
 */
function familyOf(c: Candidate, sources: [string, string][]): Family | undefined {
  const r = c.record;
  const generic = r.timer || !r.path || c.suspect.kind === "growing value"
    ? undefined
    : nameOf(r.path, sources, true);
  // A tree: the same hop under a key repeats (`root.children.get(…).children.get(…)…`). Every
  // level grows with it; they are one structure, named where it starts (`root.children`).
  const tree = generic && /^(.*?)((\.[\w$#]+)(?:\.get\(…\)|\[…\]))\2+/.exec(generic.text);
  if (tree && tree[1]) {
    const text = tree[1] + tree[3];
    return { text, segments: text.split(".").filter((x) => /^#?[\w$]+$/.test(x)), recursive: true };
  }
  const parent = keyedParent(c.record, c.suspect.kind, sources);
  if (parent) return parent;
  const owner = runtimeSlotOwner(c.record, sources);
  if (owner) return { ...owner, slot: true };
  if (!generic) return undefined;
  return generic.text !== c.suspect.name && /\(…\)|\[…\]/.test(generic.text)
    ? { text: generic.text, segments: generic.segments }
    : undefined;
}

/**
 * Listener lists of one emitter that grew by the same number are added by the same call
 * (`events.on(feed, "tick")` adds an 'error' listener beside its 'tick' one): one suspect,
 * named by the event asked for (not the 'error' companion), else by the list that keeps the most
 * (which of them the shared objects are counted under is the order of a search).
 */
function mergeListenersAddedTogether(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const byEmitter = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const m = c.suspect.kind === "listeners"
      ? /^(.*) '[^']*' listeners$/.exec(c.suspect.name)
      : null;
    if (!m) {
      out.push(c);
      continue;
    }
    const key = `${m[1]}\u0000${c.suspect.added}`;
    byEmitter.set(key, [...(byEmitter.get(key) ?? []), c]);
  }
  // 'error' is the companion a listening call adds beside the event it was asked for.
  const companion = (c: Candidate) => / 'error' listeners$/.test(c.suspect.name) ? 1 : 0;
  for (const group of byEmitter.values()) {
    group.sort((a, b) => companion(a) - companion(b) || b.suspect.bytes - a.suspect.bytes);
    const [into, ...rest] = group;
    for (const other of rest) {
      merge(into, other);
      into.suspect.added -= other.suspect.added;
      if (into.suspect.addedPerCycle !== undefined && other.suspect.addedPerCycle !== undefined) {
        into.suspect.addedPerCycle -= other.suspect.addedPerCycle;
      }
      const event = /'([^']*)' listeners$/.exec(other.suspect.name)?.[1];
      into.suspect.reason += `; as many '${event}' listeners were added with them`;
    }
    out.push(into);
  }
  return out;
}

/** Whether path text `inner` goes on from `outer` (`a.b.c` from `a`, `a[k]` from `a`). */
function reachedThrough(inner: string, outer: string): boolean {
  return outer !== "" && inner.length > outer.length && inner.startsWith(outer) &&
    /^[.[]/.test(inner.slice(outer.length));
}

/** Two records under one name (the halves of a list, one variable's several holders). */
function merge(into: Candidate, other: Candidate) {
  const a = into.suspect;
  const b = other.suspect;
  a.added += b.added;
  a.bytes += b.bytes;
  a.objects += b.objects;
  if (a.addedPerCycle !== undefined && b.addedPerCycle !== undefined) {
    a.addedPerCycle += b.addedPerCycle;
  }
  if (a.bytesPerCycle !== undefined && b.bytesPerCycle !== undefined) {
    a.bytesPerCycle += b.bytesPerCycle;
  }
  into.record.regionGroups.push(...other.record.regionGroups);
  into.nested.push(...other.nested);
}

/** A collection inside a suspect's entries, as a suspect marked inside it. */
function nestedSuspect(
  n: NestedCollection,
  parentRank: number,
  parent: Candidate,
  inputs: SuspectInputs,
): Omit<LeakSuspect, "rank"> | undefined {
  // Inside a function's scope, the name the function uses (`deployment.history`).
  const full = pathText(n.path.steps, n.path.root, true, privateFieldsOf(inputs.sources));
  const text = full.includes("() → ") ? full.slice(full.lastIndexOf("() → ") + 5) : full;
  const segments = text.split(/\s*→\s*|\.|\(\)/).filter((x) => /^#?[\w$]+$/.test(x));
  const kind: LeakSuspect["kind"] = n.holder === "Array"
    ? "array"
    : n.holder === "Map"
    ? "map"
    : n.holder === "Set"
    ? "set"
    : "object";
  const found = findAddingStatements(inputs.sources, { segments, kind: addKind(kind) });
  // Only collections the program adds to after making them; a fixed literal is just data.
  if (found.length === 0) return undefined;
  const per = n.instances > 0 ? n.entries / n.instances : 0;
  const parentName = parent.suspect.name;
  const suspect: Omit<LeakSuspect, "rank"> = {
    name: text,
    path: text,
    kind,
    holder: n.holder,
    scope: n.path.root === "export" ? "module" : n.path.root,
    reason: `inside #${parentRank}: each ${entryWord(parent)} of ${parentName} keeps its ${text} (${
      Math.round(per * 10) / 10
    } entries each, ${n.entries} in ${n.instances})`,
    entriesBefore: 0,
    entriesAfter: n.entries,
    added: n.entries,
    bytes: 0,
    objects: 0,
    insideOf: parentRank,
    statement: found[0],
    ...(found.length > 1 ? { growthSites: found.slice(1).map((f) => f.location) } : {}),
    location: found[0].location,
    fix: `goes with #${parentRank}'s fix; also ${fixFor(kind, parent.record, "")}`,
    nodeId: n.nodeId,
    entryNodeId: n.nodeId,
    retainerPath: text,
    retainerSteps: n.path.steps,
  };
  if (inputs.cycles) suspect.addedPerCycle = n.entries / inputs.cycles;
  return suspect;
}

function entryWord(c: Candidate): string {
  return c.suspect.kind === "timers"
    ? "timer"
    : c.suspect.kind === "listeners"
    ? "listener"
    : "entry";
}
