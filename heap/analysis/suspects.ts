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

import type {
  EntryKeeps,
  LeakSuspect,
  RetainerStep,
  SourceLocation,
  SourceStatement,
} from "../report.ts";
import type { SnapshotAnalysis } from "./analyze.ts";
import type { GrowthRecord, NamedPath, NestedCollection } from "./growth.ts";
import { sortedIndexOf } from "./accumulation.ts";
import { displayPath, type SourceResolver } from "./attribution.ts";
import { namePath, pathText } from "./path_text.ts";
import {
  type AddKind,
  findAddingStatements,
  findDeclarationOf,
  findInstanceVariable,
  statementAt,
} from "./source_lines.ts";

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
}

/** Fewest new entries that make a holder a suspect. */
const MIN_ADDED = 2;

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
  if (!growth) return { suspects: [], groupVia: new Map(), notes };
  let hiddenRuntime = 0;
  let released = 0;
  const byName = new Map<string, Candidate>();
  for (const record of growth.records) {
    const entriesBefore = entriesOf(before, record.holderId);
    const entriesFinal = final ? entriesOf(final, record.holderId) : undefined;
    const storeBefore = storeOf(before, record.holderId);
    const verdict = grew(record, entriesBefore, storeBefore, before, after, cycles);
    if (!verdict) continue;
    if (
      entriesFinal !== undefined && record.holderId !== 0 && !record.chain &&
      record.entries > entriesBefore && entriesFinal <= entriesBefore
    ) {
      released++;
      continue;
    }
    if (isRuntime(record, resolver) && !inputs.includeInternals) {
      hiddenRuntime++;
      continue;
    }
    const candidate = describe(record, inputs, {
      entriesBefore,
      entriesFinal,
      storeBefore,
      cycles,
    });
    const known = byName.get(candidate.suspect.name);
    if (known) merge(known, candidate);
    else byName.set(candidate.suspect.name, candidate);
  }
  const ranked = [...byName.values()].sort((a, b) => b.suspect.bytes - a.suspect.bytes);
  const suspects: LeakSuspect[] = [];
  const groupVia = new Map<string, number[]>();
  for (const c of ranked) {
    const rank = suspects.length + 1;
    suspects.push({ rank, ...c.suspect });
    for (const [g, count] of c.record.regionGroups.map(([g, n]) => [g, n] as const)) {
      if (count < MIN_ADDED) continue;
      const key = after.groups.keys[g];
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
      } that no path from the program reaches (the runtime's own) hidden; includeInternals shows them`,
    );
  }
  return { suspects, groupVia, notes };
}

/** Entries of the holder with node id `id` in another snapshot (0 when it is not there). */
function entriesOf(a: SnapshotAnalysis, id: number): number {
  if (!a.idEntries || id === 0) return 0;
  const k = sortedIndexOf(a.ids, id);
  return k < 0 ? 0 : a.idEntries[k];
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
  return r.appendsToOld && r.newEntries <= 2 &&
    chainLength(r) >= Math.max(MIN_ADDED, cycles ?? GROWING_VALUE_MIN);
}

/** Without a cycle count, the fewest new pieces that make a rebuilt value a suspect. */
const GROWING_VALUE_MIN = 8;

/** Whether a record is growth, not churn (see the module doc). */
function grew(
  r: GrowthRecord,
  entriesBefore: number,
  storeBefore: number,
  before: SnapshotAnalysis,
  after: SnapshotAnalysis,
  cycles: number | undefined,
): boolean {
  if (r.timer) return r.newEntries >= MIN_ADDED;
  if (isGrowingValue(r, cycles)) return true;
  if (r.chain) {
    // A list's head does not count its elements: more of the elements' class alive does.
    const key = after.groups.keys[r.entryGroups[0]?.[0] ?? -1];
    if (key === undefined) return false;
    const g = after.groups.keys.indexOf(key);
    return after.groups.count[g] - groupCount(before, key) >= MIN_ADDED &&
      chainLength(r) >= MIN_ADDED;
  }
  if (r.newEntries >= MIN_ADDED && r.entries - entriesBefore >= MIN_ADDED) return true;
  // Small integers have no nodes: an array of them shows only its storage growing.
  return r.newEntries === 0 && r.storeBytes > storeBefore && r.holderName === "Array" &&
    r.newBytes > 0;
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
  if (path.root === "runtime" && path.anchor !== undefined) {
    // Reached only through a module's export cell: start at the program's object, named by
    // the variable its module stores it in (`metrics`), else by its class.
    const anchor = steps[path.anchor];
    const cls = anchor.node.replace(/\(\)$/, "");
    prefix = findInstanceVariable(sources, cls) ?? cls;
    steps = [anchor, ...steps.slice(path.anchor + 1)];
  }
  const named = namePath(steps, path.root, generic);
  const join = (
    t: string,
  ) => (prefix ? (t && t !== steps[0].node ? `${prefix}${dot(t)}` : prefix) : t);
  const text = join(named.text);
  const owner = join(named.owner);
  const segments = (named.listeners ? owner : text).split(/\s*→\s*|\.|\(\)|\s+/)
    .filter((x) => /^[\w$]+$/.test(x));
  return { text, owner, event: named.listeners?.event, segments };
}

/** `.x` for a property path, ` → x` kept as is. */
function dot(t: string): string {
  return t.startsWith(" → ") || t.startsWith("[") || t.startsWith(".") ? t : `.${t}`;
}

/** Makes one candidate suspect from a record. */
function describe(
  r: GrowthRecord,
  inputs: SuspectInputs,
  figures: {
    entriesBefore: number;
    entriesFinal?: number;
    storeBefore: number;
    cycles?: number;
  },
): Candidate {
  const { after, resolver, sources } = inputs;
  const { cycles } = figures;
  // A timer pool is named by where one of its timers is stored: keys and indices vary.
  const named = nameOf(r.path, sources, r.timer !== undefined);
  const kind = kindOf(r, named.event !== undefined, cycles);
  // A Map's entries are key and value: when both are objects (or strings) they come in
  // pairs, counted and named as one entry (`(string) → Set`).
  const [first, second] = r.entryGroups;
  const pairs = kind === "map" && first && second && first[1] === second[1];
  const entryName = pairs
    ? `${after.groups.names[first[0]]} → ${after.groups.names[second[0]]}`
    : first
    ? after.groups.names[first[0]]
    : "";
  const unit = (n: number) => (pairs ? Math.round(n / 2) : n);
  const timerCallback = r.timer?.callback ? resolver.resolve(r.timer.callback) : undefined;
  let name: string;
  let path = named.text;
  const timerStart = r.timer && timerCallback
    ? timerStatement(sources, timerCallback, r.timer.kind, r.timer.callbackName)
    : undefined;
  if (r.timer) {
    // Named by where the program stores its timers: the statement's own target
    // (`conn.heartbeat = setInterval(…)`), else the declared path up to the timer.
    const alias = timerStart ? assignedTo(timerStart.text, r.timer.kind) : undefined;
    const declared = r.path && r.path.root !== "runtime"
      ? nameOf(truncateAt(r.path, "Timeout"), sources, true).text
      : "";
    const call = `${r.timer.kind}(${r.timer.callbackName})`;
    path = alias ?? (declared || call);
    name = alias ?? declared
      ? `${alias ?? declared} (${r.timer.kind} timers)`
      : `${call} timers${timerCallback ? ` at ${timerCallback.display}` : ""}`;
  } else if (kind === "growing value" && r.entryEdge) {
    // The suspect is the variable (or property) whose value grows, not its holder.
    path = named.text ? `${named.text}${dot(r.entryEdge)}` : r.entryEdge;
    name = path;
    named.segments.push(r.entryEdge);
  } else {
    name = named.text || r.holderName;
  }
  const added = r.chain || kind === "growing value" ? chainLength(r) : unit(r.newEntries);
  // A list's holder is its old last element: its elements' class alive says how long it is.
  const chainGroup = r.chain ? after.groups.keys[first[0]] : undefined;
  const entriesBefore = r.timer
    ? 0
    : chainGroup !== undefined
    ? groupCount(inputs.before, chainGroup)
    : unit(figures.entriesBefore);
  const entriesAfter = r.timer
    ? r.newEntries
    : chainGroup !== undefined
    ? groupCount(after, chainGroup)
    : unit(r.entries);
  // Statements: the line that adds to it; for timers the call that starts them.
  let statement: SourceStatement | undefined;
  let growthSites: SourceLocation[] = [];
  let declaredAt: SourceLocation | undefined;
  if (r.timer) {
    statement = timerStart;
  } else {
    const segments = named.event !== undefined
      ? named.owner.split(/[.\s→()]+/).filter(Boolean)
      : named.segments;
    const preferUrl = codeUrl(r, resolver);
    const found = findAddingStatements(sources, {
      segments,
      kind: addKind(kind),
      event: named.event,
      preferUrl,
      preferLines: madeAt(r, after, resolver),
    });
    statement = found[0];
    growthSites = found.slice(1).map((f) => f.location);
    // A listener list is the runtime's; the program declares the emitter.
    declaredAt = findDeclarationOf(
      sources,
      named.event !== undefined ? segments.slice(0, 1) : segments,
      preferUrl,
    );
  }
  const entryGroup = r.entryGroups[0]?.[0];
  const entryLoc = entryGroup !== undefined ? after.groups.locations[entryGroup] : undefined;
  const createdAt = entryLoc && !resolver.isRuntime(entryLoc)
    ? resolver.resolve(entryLoc)
    : undefined;
  const location = statement?.location ?? timerCallback ?? declaredAt ?? createdAt;
  const entry = kind === "growing value" ? undefined : entryKeeps(
    r,
    after,
    entryName,
    added,
    pairs ? [first[0], second[0]] : first ? [first[0]] : [],
  );
  const suspect: Omit<LeakSuspect, "rank"> = {
    name,
    path,
    kind,
    holder: r.timer ? "Timeout" : r.holderName,
    scope: r.timer
      ? "timer"
      : !r.path
      ? "runtime"
      : r.path.root === "runtime" || r.path.root === "export"
      ? "module"
      : r.path.root,
    reason: reasonFor(
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
      ? { entriesFinal: unit(figures.entriesFinal) }
      : {}),
    added,
    bytes: r.newBytes,
    objects: r.newCount,
    ...(entry ? { entry } : {}),
    ...(statement ? { statement } : {}),
    ...(growthSites.length ? { growthSites } : {}),
    ...(declaredAt ? { declaredAt } : {}),
    ...(createdAt && !r.timer ? { createdAt } : {}),
    ...(location ? { location } : {}),
    ...(r.timer
      ? {
        timer: {
          kind: r.timer.kind,
          ...(timerCallback ? { callback: timerCallback } : {}),
          captured: r.timer.captured,
          ...madeOf(sources, r.timer.captured, timerCallback),
        },
      }
      : {}),
    fix: fixFor(kind, r, entryName, entry),
    nodeId: r.holderId || r.sampleEntryId,
    entryNodeId: r.sampleEntryId,
    retainerPath: renderRetainerPath(r, resolver),
    ...(r.path ? { retainerSteps: r.path.steps } : {}),
  };
  if (cycles) {
    suspect.addedPerCycle = added / cycles;
    suspect.bytesPerCycle = r.newBytes / cycles;
  }
  if (r.holderName === "Array" && r.storeBytes !== figures.storeBefore && !r.timer) {
    suspect.storeBytesBefore = figures.storeBefore;
    suspect.storeBytesAfter = r.storeBytes;
  }
  return { record: r, suspect, nested: r.nested };
}

/** Where the program makes what a record accumulated: its closures' and classes' lines. */
function madeAt(r: GrowthRecord, after: SnapshotAnalysis, resolver: SourceResolver) {
  const out: SourceLocation[] = [];
  for (const [g] of r.regionGroups) {
    const loc = after.groups.locations[g];
    if (loc && !resolver.isRuntime(loc)) out.push(resolver.resolve(loc));
  }
  return out;
}

/** The file the holder's code lives in: its class, the scope's function, or the path's start. */
function codeUrl(r: GrowthRecord, resolver: SourceResolver): string | undefined {
  const loc = [r.holderLocation, r.path?.rootLocation].find((l) => l && !resolver.isRuntime(l));
  return loc ? resolver.resolve(loc).url : undefined;
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

/**
 * Where a timer callback's captured object is made: the first captured variable declared
 * with an object literal or a `new` in the callback's file (`const conn = {`).
 */
function madeOf(
  sources: [string, string][],
  captured: string[],
  callback: SourceLocation | undefined,
): { made?: { name: string; at: SourceLocation } } {
  if (!callback) return {};
  const text = sources.find(([url]) => url === callback.url)?.[1].split("\n");
  if (!text) return {};
  for (const name of captured) {
    const at = findDeclarationOf(sources, [name], callback.url);
    if (!at || at.url !== callback.url) continue;
    const rest = text[at.line - 1].slice(at.column - 1);
    if (/=\s*(\{|new\s)/.test(rest)) return { made: { name, at } };
  }
  return {};
}

/** A declared path cut after the first node named `node` (a timer stored, not the timer list). */
function truncateAt(path: NamedPath, node: string): NamedPath {
  const k = path.steps.findIndex((st, i) => i > 0 && st.node === node);
  return k < 0 ? path : { ...path, steps: path.steps.slice(0, k + 1) };
}

/** The target of `conn.heartbeat = setInterval(`: what a timer is stored in, if the line says. */
function assignedTo(line: string, kind: string): string | undefined {
  const m = new RegExp(
    `^(?:(?:const|let|var)\\s+)?([\\w$]+(?:\\.[\\w$#]+|\\[[^\\]]*\\])*)\\s*(?::[^=]+)?=\\s*${kind}\\(`,
  ).exec(line.trim());
  return m?.[1];
}

/**
 * The call that starts a timer: a call naming its callback (`setTimeout(refresh,`) in the
 * callback's file, else the line at (or just above) an inline callback.
 */
function timerStatement(
  sources: [string, string][],
  callback: SourceLocation,
  kind: string,
  callbackName: string,
): SourceStatement | undefined {
  const text = sources.find(([url]) => url === callback.url)?.[1];
  if (!text) return undefined;
  const lines = text.split("\n");
  if (/^[\w$]+$/.test(callbackName)) {
    const named = new RegExp(`\\b${kind}\\(\\s*${callbackName}\\b`);
    const l = lines.findIndex((line) => named.test(line));
    if (l >= 0) {
      return statementAt(sources, {
        ...callback,
        line: l + 1,
        display: `${displayPath(callback.url)}:${l + 1}`,
      });
    }
  }
  for (let l = callback.line; l >= Math.max(1, callback.line - 3); l--) {
    if (lines[l - 1]?.includes(`${kind}(`)) {
      return statementAt(sources, {
        ...callback,
        line: l,
        display: `${displayPath(callback.url)}:${l}`,
      });
    }
  }
  return statementAt(sources, callback);
}

/** What each new entry keeps alive. */
function entryKeeps(
  r: GrowthRecord,
  after: SnapshotAnalysis,
  entryName: string,
  entries: number,
  entryGroups: number[],
): EntryKeeps | undefined {
  if (entries === 0) return undefined;
  const keeps = r.regionGroups
    .filter(([g]) => !entryGroups.includes(g))
    .slice(0, 3)
    .map(([g, count, bytes]) => ({
      name: after.groups.names[g],
      perEntry: Math.round((count / entries) * 10) / 10,
      bytes,
    }));
  return {
    name: entryName || "(entries)",
    count: entries,
    bytesEach: Math.round(r.newBytes / entries),
    keeps,
  };
}

/** One sentence on what grew. */
function reasonFor(
  r: GrowthRecord,
  kind: LeakSuspect["kind"],
  before: number,
  after: number,
  added: number,
  storeBefore: number,
  event?: string,
): string {
  if (r.timer) {
    const captures = r.timer.captured.length
      ? `; each callback keeps ${r.timer.captured.join(", ")} alive`
      : "";
    return r.timer.kind === "setInterval"
      ? `${added} more setInterval timers running, never cleared${captures}`
      : `${added} more setTimeout timers pending (each re-armed before it fires, or waiting)${captures}`;
  }
  if (kind === "listeners") return `${added} more '${event}' listeners added and never removed`;
  if (kind === "linked list") return `${added} more elements linked onto the list, never unlinked`;
  if (kind === "growing value") {
    return `its value was rebuilt on the previous one ${added} times (appended to, never reset)`;
  }
  if (r.newEntries === 0) {
    return `storage grew ${storeBefore} → ${r.storeBytes} bytes (small-integer entries have no objects to count)`;
  }
  return `${added} new entries kept (entries ${before} → ${after}), none released`;
}

/** The usual fix for the shape. */
function fixFor(
  kind: LeakSuspect["kind"],
  r: GrowthRecord,
  entryName: string,
  entry?: EntryKeeps,
): string {
  switch (kind) {
    case "timers":
      return r.timer?.kind === "setInterval"
        ? "clearInterval it when its work is over (on close, on completion)"
        : "stop re-arming it (clearTimeout) when its work is over";
    case "listeners":
      return "remove the listener when its work is done (off/removeListener/removeEventListener), or add it once";
    case "linked list":
      return "unlink (remove) each element when its work is done";
    case "growing value":
      return "each append keeps everything before it: flush, cap or reset it";
    case "promise reactions":
      return "settle the promise, or stop chaining onto one that never settles";
    case "map":
      return objectKeys(entryName)
        ? "use a WeakMap (entries go with their key object), or delete the entry when its work is done"
        : "delete the entry when its work is done, or bound the map (LRU/TTL)";
    case "set":
      return "delete the entry when its work is done, or bound the set";
    case "object":
      return "delete the key when its work is done, or use a bounded Map (LRU/TTL)";
    default:
      return "keep only the last N (a ring buffer, or shift() past a cap), or remove entries when " +
        "their work is done" + (keepsObjects(entry) ? "; and store only what is read later" : "");
  }
}

/** A Map's entries named `Key → Value` whose key is an object (not a string or number). */
function objectKeys(entryName: string): boolean {
  const arrow = entryName.indexOf(" → ");
  return arrow > 0 && !entryName.startsWith("(");
}

/** Whether each entry keeps an object of its own beside strings and numbers (`input: job`). */
function keepsObjects(entry: EntryKeeps | undefined): boolean {
  return entry?.keeps.some((k) =>
    k.perEntry >= 1 && !/^\((string|number|internal array|object elements)\)|^system/.test(k.name)
  ) ?? false;
}

/** The declared path as one line: `module app.ts → messageHistory (Array)`. */
function renderRetainerPath(r: GrowthRecord, resolver: SourceResolver): string {
  const p = r.path;
  if (!p) return r.holderName;
  const head = p.root === "module"
    ? "module"
    : p.root === "global"
    ? "globalThis"
    : p.root === "closure"
    ? `scope of ${p.scopeOwner?.name ?? "(anonymous)"}${
      p.scopeOwner?.location ? ` (${resolver.resolve(p.scopeOwner.location).display})` : ""
    }`
    : "(GC roots)";
  const hops = p.steps.slice(1)
    .filter((s) => s.edgeType !== "internal" || s.key !== undefined)
    .map((s) => {
      const edge = s.key !== undefined
        ? `.get(${s.key})`
        : s.edgeType === "property"
        ? `.${s.edge}`
        : s.edgeType === "element"
        ? `[${s.edge}]`
        : s.edge;
      return `${edge} (${s.node.startsWith("{") ? "Object" : s.node})`;
    });
  return [head, ...hops].join(" → ");
}

/** A collection inside a suspect's entries, as a suspect marked inside it. */
function nestedSuspect(
  n: NestedCollection,
  parentRank: number,
  parent: Candidate,
  inputs: SuspectInputs,
): Omit<LeakSuspect, "rank"> | undefined {
  // Inside a function's scope, the name the function uses (`deployment.history`).
  const full = pathText(n.path.steps, n.path.root, true);
  const text = full.includes("() → ") ? full.slice(full.lastIndexOf("() → ") + 5) : full;
  const segments = text.split(/\s*→\s*|\.|\(\)/).filter((x) => /^[\w$]+$/.test(x));
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
