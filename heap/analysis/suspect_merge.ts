/**
 * Candidates that are one leak, merged: siblings of one family (listeners added together, fields
 * of one object), and collections that grew inside another suspect, kept as nested in it.
 *
 * @module
 */

import type { LeakSuspect } from "../report.ts";
import type { GrowthRecord, NestedCollection } from "./growth.ts";
import { findAddingStatements } from "./source_lines.ts";
import { callText, enclosingClass, escapeRegExp, findDeclarationOf } from "./source_text.ts";
import { fixFor } from "./suspect_text.ts";
import type { Candidate, SuspectInputs } from "./suspect_candidate.ts";
import { addKind } from "./suspect_growth.ts";
import { keyedParent, nameOf, nestedPathText, runtimeSlotOwner } from "./suspect_names.ts";

/**
 * Collections of one kind kept under the keys of one parent (`replays.acme`,
 * `replays.globex`; `errorsByRoute.get(…)` per route) grow as one: a suspect named by the
 * parent, its figures summed over the keys.
 */
export function mergeSiblings(candidates: Candidate[], inputs: SuspectInputs): Candidate[] {
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
  regroupAlone(byParent, inputs.sources);
  for (const { parent, group: all } of byParent.values()) {
    const group = parent.slot || parent.recursive ? all : withoutDraining(all);
    if (group.length < 2 && !parent.recursive) {
      out.push(...group);
      continue;
    }
    group.sort((a, b) => b.suspect.bytes - a.suspect.bytes);
    const [into, ...rest] = group;
    const a = into.suspect;
    for (const other of rest) {
      // One object's slots record the same additions from different sides (Deno's signal
      // keeps each dependent in one slot and a weak reference to it in another): counted once.
      merge(into, other, !parent.slot);
      if (parent.slot) continue;
      mergeEntries(into, other);
    }
    a.name = a.path = parent.text;
    if (parent.recursive) {
      // The levels inside are the same tree: not suspects of their own.
      into.nested = [];
      if (group.some((c) => c.suspect.countsNodes)) a.countsNodes = true;
      if (!into.shapeFix) {
        a.fix = "prune the tree: cap how many entries it keeps (evict rarely used branches), " +
          "or rebuild it from a bounded source";
      }
      a.reason =
        `${a.added} new ${a.entry?.name ?? "entries"} kept across ${group.length} level${
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
    // Entries count where they are placed (an index's postings: one item under each of its
    // terms); the same objects in several keys' collections (an effect in every dependency Set
    // it read) are said as such.
    const objects = a.added - sharedWithin(group);
    const shared = objects < a.added ? `, ${objects} objects each in several of them` : "";
    if (objects < a.added) a.distinct = objects;
    a.reason = `${a.added} new entries kept across ${group.length} of its keys' ${
      a.holder === "Array" ? "arrays" : "collections"
    }${shared} (entries ${a.entriesBefore} → ${a.entriesAfter}), none released`;
    if (!a.statement) {
      const declaredAt = findDeclarationOf(inputs.sources, parent.segments);
      if (declaredAt) a.declaredAt = a.location = declaredAt;
    }
    out.push(into);
  }
  return out;
}

/**
 * New entries of a family's members that another member holds too (`GrowthRecord.sharedWith`,
 * seen from the member searched second), each member's at most its own.
 */
function sharedWithin(group: Candidate[]): number {
  const ids = new Set(group.map((c) => c.record.holderId).filter((id) => id !== 0));
  let shared = 0;
  for (const c of group) {
    let n = 0;
    for (const [id, count] of c.record.sharedWith ?? []) {
      if (id !== c.record.holderId && ids.has(id)) n += count;
    }
    shared += Math.min(n, c.suspect.added);
  }
  return shared;
}

/** Entries a collection may lose between the last two captures and still be only growing. */
const DRAIN_SLACK = { entries: 2, share: 0.1 };

/**
 * Siblings whose entries the program takes out (fewer at the final capture than at the one
 * before, whether it idled or worked in between; or, with more work in between, the oldest of
 * their new entries gone and the newest still there) are a backlog being worked off, beside
 * siblings that keep all of theirs: only the latter leak (a queue's never-visited lane, not the
 * busy lane that drains after a burst). When every sibling drains, all stay.
 */
export function withoutDraining(group: Candidate[]): Candidate[] {
  const draining = (c: Candidate) => {
    const { entriesAfter, entriesFinal, added } = c.suspect;
    return c.record.workedOff === true || entriesFinal !== undefined &&
        entriesAfter - entriesFinal > Math.max(DRAIN_SLACK.entries, added * DRAIN_SLACK.share);
  };
  const holding = group.filter((c) => !draining(c));
  return holding.length > 0 ? holding : group;
}

/**
 * One field of many objects (each `Signal`'s `subscribers`, declared once in their class),
 * grown by the same statement with entries made at the same place, is one leak in the class's
 * code: one suspect named by the class and field (`Source.subscribers`), its figures summed
 * over the objects, which the reason lists by their own names. A family already kept under
 * the keys of a collection (`settings.get(…).#reactions`) is that many of the objects.
 */
export function mergeInstances(candidates: Candidate[], sources: [string, string][]): Candidate[] {
  const byCode = new Map<string, { field: string; group: Candidate[] }>();
  const out: Candidate[] = [];
  for (const c of candidates) {
    const a = c.suspect;
    const field = /\.(#?[\w$]+)$/.exec(a.name)?.[1];
    if (!a.statement || !a.declaredAt || !field || a.kind === "timers") {
      out.push(c);
      continue;
    }
    const key = [
      a.kind,
      field,
      a.declaredAt.display,
      a.statement.location.display,
      a.createdAt?.display ?? "",
    ].join("\u0000");
    const known = byCode.get(key);
    if (known) known.group.push(c);
    else byCode.set(key, { field, group: [c] });
  }
  for (const { field, group } of byCode.values()) {
    if (group.length < 2) {
      out.push(...group);
      continue;
    }
    group.sort((a, b) => b.suspect.bytes - a.suspect.bytes);
    const [into, ...rest] = group;
    const a = into.suspect;
    // The objects by their own names (`occupied` for `occupied.subscribers`).
    const names = group.map((c) => c.suspect.name.replace(/\.#?[\w$]+$/, ""));
    const objects = group.reduce((n, c) => n + (c.suspect.keys ?? c.suspect.instances ?? 1), 0);
    for (const other of rest) {
      merge(into, other);
      mergeEntries(into, other);
    }
    const owner = enclosingClass(sources, a.declaredAt!);
    if (owner) a.name = a.path = `${owner}.${field}`;
    a.instances = objects;
    delete a.keys;
    const shown = names.slice(0, 3).join(", ") +
      (names.length > 3 ? ` and ${names.length - 3} more` : "");
    a.reason = `${a.added} new entries kept across the ${field} of ${objects} ${
      owner ? `${owner} objects` : "objects"
    }: ${shown}; all added by one statement (entries ${a.entriesBefore} → ${a.entriesAfter})`;
    out.push(into);
  }
  return out;
}

/**
 * Holders alone in their family whose paths are the same once every key and index is left open
 * (`shadows.get("coldroom-1").state.reported.samples` and the same under `"freezer-2"`, where
 * `samples` itself reads as a key of `reported`): one field kept under each key of a
 * collection further up, a family of its own, named by that open path.
 */
function regroupAlone(
  byParent: Map<string, { parent: Family; group: Candidate[] }>,
  sources: [string, string][],
): void {
  const byOpenPath = new Map<string, { open: Family; members: [string, Candidate][] }>();
  for (const [key, { parent, group }] of byParent) {
    if (group.length !== 1 || parent.slot || parent.recursive) continue;
    const c = group[0];
    const open = c.record.path && !c.record.timer
      ? nameOf(c.record.path, sources, true)
      : undefined;
    if (!open || !/\(…\)|\[…\]/.test(open.text)) continue;
    const k = `${open.text}\u0000${c.suspect.holder}\u0000${c.suspect.entry?.name ?? ""}`;
    const known = byOpenPath.get(k);
    if (known) known.members.push([key, c]);
    else {
      byOpenPath.set(k, {
        open: { text: open.text, segments: open.segments },
        members: [[key, c]],
      });
    }
  }
  for (const [k, { open, members }] of byOpenPath) {
    if (members.length < 2) continue;
    for (const [key] of members) byParent.delete(key);
    byParent.set(`${k}\u0000open`, { parent: open, group: members.map(([, c]) => c) });
  }
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
export function mergeListenersAddedTogether(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const byEmitter = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const m = c.suspect.kind === "listeners"
      ? /^(.*) '[^']*' listeners$/.exec(c.suspect.name)
      : null;
    const emitter = m?.[1] ?? eventsTableOwner(c);
    if (emitter === undefined) {
      out.push(c);
      continue;
    }
    const key = `${emitter}\u0000${c.suspect.added}`;
    byEmitter.set(key, [...(byEmitter.get(key) ?? []), c]);
  }
  // 'error' is the companion a listening call adds beside the event it was asked for.
  const companion = (c: Candidate) => / 'error' listeners$/.test(c.suspect.name) ? 1 : 0;
  for (const group of byEmitter.values()) {
    // An emitter's table of events that gained new event names (`once(jobs, \`done:${id}\`)`,
    // each under a name of its own), with its 'error' companion: the emitter's listeners.
    const table = group.find((c) => c.suspect.kind !== "listeners");
    if (table && group.length === 1) {
      out.push(table);
      continue;
    }
    group.sort((a, b) =>
      Number(a === table) - Number(b === table) || companion(a) - companion(b) ||
      b.suspect.bytes - a.suspect.bytes
    );
    const [into, ...rest] = group;
    if (table) {
      const emitter = eventsTableOwner(table)!;
      const like = table.suspect.sampleKeys?.[0];
      into.suspect.name = `${emitter} listeners`;
      into.suspect.reason = `${table.suspect.added} more listeners under event names of their ` +
        `own${like ? ` (like ${JSON.stringify(like)})` : ""}, never removed`;
    }
    for (const other of rest) {
      merge(into, other);
      into.suspect.added -= other.suspect.added;
      if (into.suspect.addedPerCycle !== undefined && other.suspect.addedPerCycle !== undefined) {
        into.suspect.addedPerCycle -= other.suspect.addedPerCycle;
      }
      const event = /'([^']*)' listeners$/.exec(other.suspect.name)?.[1];
      if (event !== undefined) {
        into.suspect.reason += `; as many '${event}' listeners were added with them`;
      }
    }
    out.push(into);
  }
  return out;
}

/**
 * An AbortSignal's 'abort' listeners that grew with a listener list whose adding call passes
 * that signal (`addEventListener(type, fn, { signal })`): the runtime adds one to the signal
 * per listener, to take the listener off when the signal aborts. One leak, the program's
 * listeners, and the fix says why the option did not take them off: the signal outlived the
 * work. 'abort' listeners the program adds itself (a statement of their own) stay apart.
 */
export function mergeSignalCompanions(
  candidates: Candidate[],
  sources: [string, string][],
): Candidate[] {
  const out = [...candidates];
  for (const companion of candidates) {
    const m = companion.suspect.kind === "listeners"
      ? /^(.+) 'abort' listeners$/.exec(companion.suspect.name)
      : null;
    if (!m || companion.suspect.statement) continue;
    const signal = m[1];
    const into = out.find((c) =>
      c !== companion && c.suspect.kind === "listeners" &&
      c.suspect.added === companion.suspect.added && passesSignal(c, signal, sources)
    );
    if (!into) continue;
    merge(into, companion);
    const a = into.suspect;
    a.added -= companion.suspect.added;
    if (a.addedPerCycle !== undefined && companion.suspect.addedPerCycle !== undefined) {
      a.addedPerCycle -= companion.suspect.addedPerCycle;
    }
    a.reason += `; each also added an 'abort' listener to ${signal}, to take it off when ` +
      `${signal} aborts`;
    a.fix = `${signal} outlives the work: the { signal } option takes each listener off only ` +
      `when ${signal} aborts. Pass a signal that aborts when the work is done (an ` +
      `AbortController per call, aborted in finally), or remove the listener then`;
    out.splice(out.indexOf(companion), 1);
  }
  return out;
}

/** Whether the call that adds `c`'s entries passes `signal` as its `signal` option. */
function passesSignal(c: Candidate, signal: string, sources: [string, string][]): boolean {
  const at = c.suspect.statement?.location;
  const text = at ? sources.find(([url]) => url === at.url)?.[1] : undefined;
  if (!at || text === undefined) return false;
  const call = callText(text.split("\n"), at.line - 1);
  const shorthand = signal.split(".").pop() === "signal" && /[{,]\s*signal\s*[,}]/.test(call);
  return shorthand ||
    new RegExp(`\\bsignal\\s*:\\s*${escapeRegExp(signal)}(?![\\w$])`).test(call);
}

/**
 * The emitter whose table of events (`jobEvents._events`, Node's EventEmitter) a candidate is,
 * when it grew by new event names; otherwise undefined.
 */
function eventsTableOwner(c: Candidate): string | undefined {
  if (c.suspect.kind === "listeners" || !c.suspect.sampleKeys?.length) return undefined;
  return /^(.+)\._events$/.exec(c.suspect.path)?.[1];
}

/** Whether path text `inner` goes on from `outer` (`a.b.c` from `a`, `a[k]` from `a`). */
export function reachedThrough(inner: string, outer: string): boolean {
  return outer !== "" && inner.length > outer.length && inner.startsWith(outer) &&
    /^[.[]/.test(inner.slice(outer.length));
}

/**
 * Two records under one name (the halves of a list, one variable's several holders). Their
 * bytes and objects add up; their additions too, unless `addsUp` is false (the same additions
 * seen from two holders).
 */
export function merge(into: Candidate, other: Candidate, addsUp = true) {
  const a = into.suspect;
  const b = other.suspect;
  addBytes(a, b);
  if (addsUp) a.added += b.added;
  if (addsUp && a.addedPerCycle !== undefined && b.addedPerCycle !== undefined) {
    a.addedPerCycle += b.addedPerCycle;
  }
  absorbRegions(into, other.record);
  into.nested.push(...other.nested);
  keepSharedByBoth(a, b);
}

/**
 * What `a`'s new entries share, narrowed to what `b`'s share too: merged, they are said to have
 * only what all of them have (alice's entries and bob's are not all `user: "alice"`); a caller
 * picked for a value they no longer all share is no longer singled out.
 */
function keepSharedByBoth(a: Candidate["suspect"], b: Candidate["suspect"]) {
  if (!a.sharedValues) return;
  const pairs = a.sharedValues.filter(([field, value]) =>
    b.sharedValues?.some(([f, v]) => f === field && v === value)
  );
  if (pairs.length) {
    a.sharedValues = pairs;
    if (a.sharedBy && b.sharedBy) {
      a.sharedBy = {
        count: a.sharedBy.count + b.sharedBy.count,
        of: a.sharedBy.of + b.sharedBy.of,
      };
    } else delete a.sharedBy;
  } else {
    delete a.sharedValues;
    delete a.sharedBy;
  }
  const w = a.calledWith;
  if (w && !pairs.some(([field, value]) => field === w.field && value === w.value)) {
    delete a.calledWith;
  }
}

/**
 * What `record` accumulated, counted in `into`'s groups and classes too: the groups table marks
 * them as `into`'s.
 */
export function absorbRegions(into: Candidate, record: GrowthRecord) {
  into.record.regionGroups.push(...record.regionGroups);
  into.record.regionShapes.push(...record.regionShapes);
}

/** Adds `b`'s bytes and objects to `a`'s: what `b` keeps is counted under `a`. */
export function addBytes(
  a: Pick<LeakSuspect, "bytes" | "objects" | "bytesPerCycle">,
  b: Pick<LeakSuspect, "bytes" | "objects" | "bytesPerCycle">,
) {
  a.bytes += b.bytes;
  a.objects += b.objects;
  if (a.bytesPerCycle !== undefined && b.bytesPerCycle !== undefined) {
    a.bytesPerCycle += b.bytesPerCycle;
  }
}

/** Adds `other`'s entry counts to `into`'s: two holders counted as one. */
export function mergeEntries(into: Candidate, other: Candidate) {
  const a = into.suspect;
  const b = other.suspect;
  a.entriesBefore += b.entriesBefore;
  a.entriesAfter += b.entriesAfter;
  if (a.entriesFinal !== undefined) a.entriesFinal += b.entriesFinal ?? 0;
  if (a.entry && b.entry) a.entry.count += b.entry.count;
}

/** A collection inside a suspect's entries, as a suspect marked inside it. */
export function nestedSuspect(
  n: NestedCollection,
  parentRank: number,
  parent: Candidate,
  inputs: SuspectInputs,
): Omit<LeakSuspect, "rank"> | undefined {
  // Inside a function's scope, the name the function uses (`deployment.history`).
  const full = nestedPathText(n.path, inputs.resolver, inputs.sources);
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
