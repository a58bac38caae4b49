/**
 * Leak suspects from the target's growth records: a holder is a suspect when it holds more
 * entries than in the baseline (a bounded cache receives new entries but evicts as many), a
 * linked list when more of its elements' class are alive (one grown by splicing judged as a
 * whole, see `linked_structures.ts`), a timer pool when more timers with its callback are
 * active. Each is named by the program's path to it, its runtime
 * structure as developers know it, the statement that adds to it and the usual fix, and
 * ranked by the bytes of new objects it accounts for (which never overlap).
 *
 * Collections that grew inside a suspect's new entries (each connection's buffer, kept by its
 * timer) follow it, marked as inside it, when the program has a statement adding to them.
 *
 * This module ranks and describes; its steps live beside it: whether a holder grew and what
 * kind it is (`suspect_growth.ts`), its name (`suspect_names.ts`), its statements and fix
 * (`suspect_statements.ts`, with `suspect_sources.ts` and `suspect_text.ts`), what the runtime
 * keeps for the program (`suspect_runtime.ts`), and candidates that are one leak
 * (`suspect_merge.ts`).
 *
 * @module
 */

import type { LeakSuspect, RetainerStep, SourceLocation, SourceStatement } from "../report.ts";
import type { SnapshotAnalysis } from "./analyze.ts";
import { STORE_ONLY_HOLDERS } from "./entries.ts";
import { hangingChain, splicedStructures } from "./linked_structures.ts";
import { type Exchange, exchangeOf, pairedRecord } from "./paired_collections.ts";
import { treeStructures } from "./tree_structures.ts";
import { formatBytes } from "../format/bytes.ts";
import type { GrowthRecord } from "./growth.ts";
import { sortedIndexOf } from "./accumulation.ts";
import {
  enclosingClass,
  enclosingFunction,
  escapeRegExp,
  findDeclarationOf,
  inConstructor,
  linesAt,
  splitArguments,
  statementAt,
  statementContext,
} from "./source_text.ts";
import { isDependencyUrl } from "./script_urls.ts";
import { sourceLocation } from "./attribution.ts";
import { addsObject, agesOutOnAdd, cappedAt } from "./source_removes.ts";
import { comparedAsText } from "./source_mistakes.ts";
import { findCallers, findConstructionSites, findKeyedReads } from "./source_lines.ts";
import { asyncRecursion, madeOf, timerStatement } from "./suspect_sources.ts";
import { asyncStoreFix, asyncStoreHold } from "./async_stores.ts";
import { unsetBoundFix } from "./owner_settings.ts";
import {
  abortedSignalFix,
  answeredThenKeptFix,
  asyncFilterFix,
  booleanSortFix,
  boundedSteps,
  boundFix,
  builtKeyFix,
  callbackListenerFix,
  calledNotDeletedFix,
  captureFix,
  clearedHandleFix,
  clearedTimerFix,
  comparedCopyFix,
  comparedEntryFix,
  comparedFieldFix,
  conditionalResetFix,
  constructorRegistrationFix,
  copyRemovalFix,
  deletedAddFix,
  detachedMethodFix,
  discardedCopyFix,
  discardedHelperFix,
  DRIFTED_BOUND_FIX,
  driftedBoundFix,
  droppedDisposerFix,
  endStateKeptFix,
  entryKeeps,
  exchangeFix,
  exitSkipsFix,
  failedCallKeepsFix,
  fallThroughFix,
  filedUnderEachFix,
  fixFor,
  freshFunctionFix,
  freshKeyFix,
  fulfilledOnlyFix,
  generatorFinallyFix,
  handedEmitterFix,
  handedFix,
  handedToCallFix,
  inArrayFix,
  inlinedSqlFix,
  iteratorResultFix,
  jsonKeyFieldFix,
  keptKeyFix,
  keptSliceFix,
  keyedChainFix,
  keyPartFix,
  leftLinkedFix,
  linkReadFix,
  listenerLimitNote,
  literalKeyFix,
  mergedGenerationFix,
  missingImportFix,
  misspelledStateFix,
  mixedClocksFix,
  movedKeyFix,
  movingOffsetFix,
  negativeSliceFix,
  newestTakenFix,
  notFoundSpliceFix,
  onceNotFiredFix,
  otherFieldHandedFix,
  otherKeyFix,
  otherListenerFix,
  otherNameFix,
  otherOwnerFix,
  otherVariableKeyFix,
  overrideSkipsFix,
  packageHolderFix,
  partnerAloneFix,
  pastEndFix,
  pathIdKeyFix,
  prototypeHolderFix,
  readdedOnlyFix,
  rearmedTimerFix,
  reasonFor,
  rebuildFix,
  rebuiltReadFix,
  recomputedKeyFix,
  recursionFix,
  renderRetainerPath,
  replacedHandleFix,
  replacedNodeFix,
  secondsAgainstMillisFix,
  shadowedPrivateFix,
  sharedFieldFix,
  skippedBySharedFix,
  skippedCapFix,
  skippedRemovalFix,
  skippedResetFix,
  stoppedSweepFix,
  strictNullFix,
  textComparedFix,
  textEqualsNumberFix,
  tiedFix,
  transformedKeyFix,
  transformedLookupFix,
  trimmedLocalFix,
  unboundMethodFix,
  uncalledRemovalFix,
  unclearedExitFix,
  unendedCallFix,
  unreadBranchFix,
  unwrappedRingFix,
  viewKeepsBufferFix,
  walkedOtherKeysFix,
  walkingRemovalFix,
  weakHeldFix,
  wrappedPerCallFix,
  wrappedRegistrationFix,
  wrapperReturnFix,
} from "./suspect_text.ts";
import { Candidate, SuspectInputs } from "./suspect_candidate.ts";
import {
  addedBeside,
  backToSize,
  chainLength,
  chainsToHeads,
  classGrowth,
  driftedBound,
  entriesOf,
  fewestAdded,
  gainsOnClock,
  grew,
  groupCount,
  isGrowingValue,
  kindOf,
  MIN_ADDED,
  pooledEntries,
  storeOf,
  treeNodes,
  valueLength,
} from "./suspect_growth.ts";
import {
  absorbRegions,
  addBytes,
  merge,
  mergeEntries,
  mergeInstances,
  mergeListenersAddedTogether,
  mergeSiblings,
  mergeSignalCompanions,
  nestedSuspect,
  reachedThrough,
} from "./suspect_merge.ts";
import {
  nameOf,
  scopeOf,
  suspectName,
  withFrameLocal,
  withProgramImport,
  withProgramSymbol,
} from "./suspect_names.ts";
import { findImportOf } from "./package_entries.ts";
import { programCallInto, programHandOver } from "./package_calls.ts";
import { differingJsonField, inlinedSqlValue } from "./key_texts.ts";
import { callersOf, isRuntime, keyed, RuntimeHeld, runtimeHeld } from "./suspect_runtime.ts";
import {
  firstRemoval,
  fixOf,
  holderStatements,
  promiseChainStart,
  withRemoval,
} from "./suspect_statements.ts";
import { findFactoryClears, findTimerClears } from "./timer_clears.ts";

/** What {@link buildSuspects} found. */
export interface SuspectFindings {
  suspects: LeakSuspect[];
  /** Group key (of the target analysis) → ranks of the suspects that account for its new objects. */
  groupVia: Map<string, number[]>;
  notes: string[];
  /** New objects in growing holders only the runtime reaches (hidden with them), bytes. */
  runtimeHeldBytes: number;
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
  const windows: string[] = [];
  const heldByRuntime = new Set<Candidate>();
  const shortCalls = new Set<string>();
  const shortTimers: string[] = [];
  const capped: string[] = [];
  const byName = new Map<string, Candidate>();
  const runtimeTimers: { record: GrowthRecord; added: number }[] = [];
  const bounded: { record: GrowthRecord; before: number }[] = [];
  chainsToHeads(growth.records, before);
  const grownRecords = treeStructures(splicedStructures(growth.records, before, after, cycles));
  const byHolder = new Map(grownRecords.map((r) => [r.holderId, r]));
  const pairedOff = new Set<number>();
  for (const grown of grownRecords) {
    if (pairedOff.has(grown.holderId)) continue;
    const path = withProgramImport(
      withProgramSymbol(grown.path, inputs.sources),
      inputs.resolver,
      inputs.sources,
    );
    let record = path === grown.path ? grown : { ...grown, path };
    // Two collections of one object that pass entries between them are one structure, judged
    // by the two together (`paired_collections.ts`).
    const exchange = record.timer ? undefined : exchangeOf(record, inputs.sources);
    if (exchange) {
      record = pairedRecord(record, exchange, byHolder.get(exchange.partnerId), after);
      pairedOff.add(exchange.partnerId);
    }
    const partnerIn = (a: SnapshotAnalysis) => exchange ? entriesOf(a, exchange.partnerId) : 0;
    const pool = record.timerPool?.key;
    // A pool or a registry is counted by its key in each snapshot, not by its holder's id.
    const countsIn = (a: SnapshotAnalysis) =>
      pool !== undefined
        ? a.timerCounts?.[pool] ?? 0
        : record.rootTable
        ? a.rootTableCounts?.[record.rootTable.key] ?? 0
        : record.treeLevels
        ? record.treeLevels.reduce((n, id) => n + entriesOf(a, id), 0)
        : entriesOf(a, record.holderId);
    const entriesBefore = countsIn(before) + partnerIn(before);
    // A holder rebuilt before the final snapshot (a table a rehash replaced) has no count there.
    const goneAtEnd = final !== undefined && pool === undefined && !record.rootTable &&
      !record.treeLevels && record.holderId !== 0 && sortedIndexOf(final.ids, record.holderId) < 0;
    const entriesFinal = final && !goneAtEnd ? countsIn(final) + partnerIn(final) : undefined;
    // Turned over (nearly) every entry and grew anyway: its growth stands for what it keeps more.
    record = driftedBound(record, entriesBefore, entriesFinal, cycles) ?? record;
    record = addedBeside(record, entriesBefore, entriesFinal);
    const storeBefore = storeOf(before, record.holderId);
    const storeFinal = final ? storeOf(final, record.holderId) : undefined;
    const bigger = grewBigger(record, inputs, cycles);
    const perCycle = bigger !== undefined ||
      grew(record, entriesBefore, storeBefore, storeFinal, before, after, cycles, final);
    // Too few entries for growth per cycle, but some in each run, each keeping much.
    const onClock = !perCycle && gainsOnClock(record, entriesBefore, entriesFinal, cycles);
    const verdict = perCycle || onClock;
    if (onClock) record = { ...record, clock: { entriesFinal: entriesFinal! } };
    // Bounded itself, with a chain of its former entries hanging from one it holds.
    const hanging = verdict ? undefined : hangingChain(record, before, after, cycles);
    if (!verdict && !hanging) {
      // The program's own collection that took new entries and kept its size: ruled out.
      // (A fresh collection that replaced a value has no size of its own to have kept.)
      if (
        record.newEntries >= MIN_ADDED && !record.timer && record.path?.root !== "runtime" &&
        !record.newUnderOld
      ) {
        bounded.push({ record, before: entriesBefore });
      }
      continue;
    }
    if (hanging) record = hanging;
    const countedBack = pooledEntries(record) !== undefined && entriesFinal !== undefined &&
      entriesFinal - entriesBefore < MIN_ADDED;
    // A rebuilt value has one entry and is measured otherwise.
    const entriesBack = pool === undefined && entriesFinal !== undefined && !record.chain &&
      !bigger && !isGrowingValue(record, cycles) &&
      backToSize(record, entriesBefore, entriesFinal);
    if (countedBack || entriesBack) {
      released++;
      continue;
    }
    // Looked for once: it searches the sources, and describe() names the suspect by it.
    const held = runtimeHeld(record, inputs);
    if (isRuntime(record, resolver) && !inputs.includeInternals && !held) {
      hiddenRuntime++;
      runtimeHeldBytes += record.newBytes;
      if (record.timer) {
        runtimeTimers.push({ record, added: (pooledEntries(record) ?? 0) - entriesBefore });
      }
      continue;
    }
    const candidate = describe(record, inputs, {
      entriesBefore,
      entriesFinal,
      storeBefore,
      cycles,
      bigger,
    }, held);
    const { statement, removals } = candidate.suspect;
    // A holder gaining a few entries on a clock leaks only if nothing ever takes them out.
    if (onClock && (!statement || removals?.length)) {
      bounded.push({ record, before: entriesBefore });
      continue;
    }
    // Grown only in its storage, which is how a collection of small integers grows: one the
    // program fills with objects holds none of them now, and kept only the room a backlog
    // took (a queue after a burst).
    if (
      record.newEntries === 0 && !bigger && !record.buckets &&
      STORE_ONLY_HOLDERS.includes(record.holderName) &&
      statement && addsObject(inputs.sources, statement)
    ) continue;
    const objectEntries = entriesAreObjects(record, after);
    if (
      statement && removals?.length &&
      agesOutOnAdd(inputs.sources, statement, removals[0], objectEntries) &&
      // A test of a string against a time is never true: no window at all.
      !comparedAsText(inputs.sources, removals[0], record.textFields)
    ) {
      windows.push(`${candidate.suspect.name} (${removals[0].location.display})`);
      continue;
    }
    // Kept under a constant cap its removal enforces, and at or below it: a buffer filling up.
    const cap = statement && removals?.length ? cappedAt(inputs.sources, removals[0]) : undefined;
    if (cap !== undefined && candidate.suspect.entriesAfter <= cap) {
      capped.push(`${candidate.suspect.name} (at most ${cap}, ${removals![0].location.display})`);
      continue;
    }
    const delayMs = (held?.armedBy ?? held?.listenedBy ?? held?.factory)?.delayMs;
    if (statement && delayMs !== undefined && delayMs <= SHORT_TIMER_MS) {
      shortTimers.push(`${candidate.suspect.name} (${statement.location.display}, ${delayMs} ms)`);
      shortCalls.add(lineKey(statement.location));
      continue;
    }
    if (held) heldByRuntime.add(candidate);
    const known = byName.get(candidate.suspect.name);
    const rehashed = known && rehashOf(known, candidate);
    if (known && rehashed) {
      // A table of buckets and its own property replaced by each rehash: one table, whose
      // entries are the buckets' (the replacements are no entries).
      const table = rehashed === known ? candidate : known;
      merge(table, rehashed, false);
      byName.set(candidate.suspect.name, table);
    } else if (known && sameTimers(known, candidate)) {
      // The runtime's pool of the program's timers under the same name: the same timers.
      merge(known, candidate, false);
    } else if (known && facadeOf(known, candidate)) {
      // One property a package serves from its own bookkeeping (mobx's `board.trips` keeps its
      // entries and, per key, who watches it): the same entries, counted once, by the holder
      // that has the most.
      const [into, other] = candidate.suspect.added > known.suspect.added
        ? [candidate, known]
        : [known, candidate];
      merge(into, other, false);
      byName.set(candidate.suspect.name, into);
    } else if (known) {
      // Holders of one name (collections under keys the snapshot does not record): their
      // entries add up too.
      merge(known, candidate);
      mergeEntries(known, candidate);
      // Chains hanging from several holders (one per connection) each counted their older
      // links too: together they grew by no more than their class.
      if (known.record.formerHolder && candidate.record.formerHolder) {
        capAtClassGrowth(known.suspect, known.record, before, after, cycles);
      }
    } else byName.set(candidate.suspect.name, candidate);
  }
  // The runtime's own timers that stand for the program's (its wrapper around each callback):
  // their objects are the program's timers', counted once.
  for (const { record, added } of runtimeTimers) {
    const twin = [...byName.values()].find((c) => timersLike(c, record.timer?.kind, added));
    if (!twin) continue;
    hiddenRuntime--;
    runtimeHeldBytes -= record.newBytes;
    addBytes(twin.suspect, {
      bytes: record.newBytes,
      objects: record.newCount,
      ...(cycles ? { bytesPerCycle: record.newBytes / cycles } : {}),
    });
    absorbRegions(twin, record);
  }
  const merged = mergeSignalCompanions(
    mergeListenersAddedTogether(oneCallOneLeak([...byName.values()], heldByRuntime, shortCalls)),
    inputs.sources,
  );
  const byBytes = mergeInstances(mergeSiblings(merged, inputs), inputs.sources)
    .sort((a, b) => b.suspect.bytes - a.suspect.bytes);
  // A WeakMap kept by another candidate's keys comes after it, whatever its bytes, to be
  // shown inside it.
  const keyedByOther = (c: (typeof byBytes)[number]) =>
    byBytes.some((o) => o !== c && keysHeldBy(c.record, o.record));
  // Holders inside one program object of a package that grew alike are one leak: the one the
  // package adds to by a statement (with the program's terms for it) leads them, whatever
  // their bytes (which of them the shared objects are counted under is a search's order).
  const ordered = [...byBytes];
  // Kept in a program object and added to by a statement read in the package.
  const addRead = (c: Candidate) =>
    c.suspect.keptIn !== undefined && c.suspect.statement !== undefined;
  for (const p of byBytes) {
    const at = ordered.indexOf(p);
    const first = ordered.findIndex((m) =>
      m === p ||
      (addRead(p) && !addRead(m) && grewInSameObject(m.suspect, p.suspect)) ||
      // Of two holders one call fills, the one that takes the value itself leads (the other
      // stores it in an entry of its own): which holds more bytes is a search's order.
      togetherLead(p.suspect, m.suspect, inputs.sources) === "a"
    );
    if (first < at) ordered.splice(first, 0, ...ordered.splice(at, 1));
  }
  const ranked = [
    ...ordered.filter((c) => !keyedByOther(c)),
    ...ordered.filter(keyedByOther),
  ];
  const suspects: LeakSuspect[] = [];
  const records = new Map<number, GrowthRecord>();
  const groupVia = new Map<string, number[]>();
  for (const c of ranked) {
    const rank = suspects.length + 1;
    records.set(rank, c.record);
    // Reached through another suspect's entries (`subscribers.res.req.socket`'s listeners
    // through `subscribers`): it grows with that one and says so.
    const outer = suspects.find((o) =>
      o.insideOf === undefined && reachedThrough(c.suspect.path, o.path)
    );
    // Its new entries are another suspect's too (ids listed beside the Map that keys its
    // entries by them): the same objects, counted there.
    const twin = outer
      ? undefined
      : suspects.find((o) =>
        o.insideOf === undefined && sameEntries(c.record, records.get(o.rank)!)
      );
    // A WeakMap whose new values live by keys another suspect holds: that one's growth.
    const keyHolder = outer || twin
      ? undefined
      : suspects.find((o) =>
        o.insideOf === undefined && keysHeldBy(c.record, records.get(o.rank)!)
      );
    // Added to in the same call as another, entry for entry (an index beside a list, both
    // filled by one `use()`): one leak kept in two places, the bigger first.
    const together = outer || twin || keyHolder
      ? undefined
      : suspects.find((o) =>
        o.insideOf === undefined && addedTogether(c.suspect, o, inputs.sources)
      );
    // Inside the same package object as another that grew as much (Ajv's cache and its code
    // scope's values, one compile each): the package keeps each entry in several places.
    const samePackage = outer || twin || keyHolder || together
      ? undefined
      : suspects.find((o) => o.insideOf === undefined && grewInSameObject(c.suspect, o));
    // Different objects from the holder's, alive because of it: its bytes are the holder's.
    const holds = keyHolder ?? together ?? samePackage;
    if (holds) addBytes(holds, c.suspect);
    suspects.push(
      outer ? { rank, ...c.suspect, insideOf: outer.rank } : twin
        ? {
          rank,
          ...c.suspect,
          insideOf: twin.rank,
          reason: `its ${c.suspect.added} new entries are objects #${twin.rank} holds too ` +
            `(the same ones, counted there)`,
        }
        : together
        ? {
          rank,
          ...c.suspect,
          insideOf: together.rank,
          reason: `its ${c.suspect.added} new entries go with #${together.rank}'s, one for ` +
            `one: the same function adds both, one holding what the other adds (line ${
              c.suspect.statement!.location.line
            } beside ${
              together.statement!.location.line
            }): one leak, kept in two places (its bytes counted there)`,
        }
        : samePackage
        ? {
          rank,
          ...c.suspect,
          insideOf: samePackage.rank,
          reason: `its ${c.suspect.added} new entries grow with #${samePackage.rank}'s, one for ` +
            `one, inside the program's ${samePackage.keptIn!.name}: the package keeps each in ` +
            `several places (its bytes counted there)`,
        }
        : keyHolder
        ? {
          rank,
          ...c.suspect,
          insideOf: keyHolder.rank,
          reason: c.record.holderName === "WeakMap"
            ? `its ${c.suspect.added} new values live as long as their keys, which ` +
              `#${keyHolder.rank} holds (their bytes counted there)`
            // WeakRefs, a FinalizationRegistry's registrations: they wait for targets that
            // the other suspect keeps alive.
            : `its ${c.suspect.added} new entries wait for objects #${keyHolder.rank} keeps ` +
              `alive (held weakly, they go only when those do; their bytes counted there)`,
        }
        : { rank, ...c.suspect },
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
  const ruledOut = boundedNote(bounded, inputs.sources);
  if (ruledOut) notes.push(ruledOut);
  if (released > 0) {
    notes.push(
      `${released} holder${released === 1 ? "" : "s"} that grew between the first two snapshots ${
        released === 1 ? "was" : "were"
      } back to ${released === 1 ? "its" : "their"} size in the final one (released, not leaked)`,
    );
  }
  if (windows.length) {
    const one = windows.length === 1;
    notes.push(
      `not counted, ${one ? "a window" : "windows"} over the last stretch of time: ${
        windows.join(", ")
      } ${one ? "takes its" : "take their"} oldest entries off once older than a cutoff, on ` +
        `every add; ${one ? "it holds" : "they hold"} what the measured runs made within that ` +
        `time, and a busier service holds more`,
    );
  }
  if (capped.length) {
    notes.push(
      `not counted, filling up to a cap their removal keeps: ${capped.join(", ")}`,
    );
  }
  if (shortTimers.length) {
    notes.push(
      `not counted, timers that end soon: ${shortTimers.join(", ")}; each keeps what it holds ` +
        `only until it fires, so they hold what that last stretch of work made`,
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

/** Whether a record's new entries are objects (not numbers or strings: a time compares). */
function entriesAreObjects(r: GrowthRecord, after: SnapshotAnalysis): boolean {
  const g = r.entryGroups[0]?.[0];
  const name = g === undefined ? undefined : after.groups.names[g];
  return name !== undefined && !/^\((?:heap )?number\)$|string\)$/.test(name);
}

/** One source line, as a key. */
const lineKey = (at: { url: string; line: number }) => `${at.url}:${at.line}`;

/**
 * The runtime's structures that one call of the program fills are one leak (Node keeps each
 * `AbortSignal.timeout()` signal in a set while it has listeners, and its timer in a
 * registry): the one with the most bytes stands for them, the others' bytes counted there; none
 * of them when that call's timers end soon (`short`).
 */
function oneCallOneLeak(
  candidates: Candidate[],
  held: Set<Candidate>,
  short: Set<string>,
): Candidate[] {
  const byCall = new Map<string, Candidate>();
  const out: Candidate[] = [];
  for (const c of [...candidates].sort((a, b) => b.suspect.bytes - a.suspect.bytes)) {
    const at = c.suspect.statement?.location;
    const key = at && held.has(c) ? lineKey(at) : undefined;
    // What a call whose timers end soon leaves is work in flight too (said in a note).
    if (key !== undefined && short.has(key)) continue;
    const first = key === undefined ? undefined : byCall.get(key);
    if (first) {
      merge(first, c, false);
      continue;
    }
    if (key !== undefined) byCall.set(key, c);
    out.push(c);
  }
  return out;
}

/** Share of a record's new entries that, held by another record's holder too, make it that one's. */
const SAME_ENTRIES = 0.9;

/** Whether most of `r`'s new entries are also `other`'s (either holder may have been searched first). */
function sameEntries(r: GrowthRecord, other: GrowthRecord): boolean {
  if (r.holderId === 0 || other.holderId === 0 || r.newEntries < MIN_ADDED) return false;
  const shared = countFor(r.sharedWith, other.holderId) ??
    countFor(other.sharedWith, r.holderId) ?? 0;
  return shared >= SAME_ENTRIES * r.newEntries;
}

/**
 * For a holder added to (or declared) in a package's code: the program's own declaration of
 * the path's first name (`sessionStore` of `sessionStore.sessions`), where the user made it.
 */
function programObject(
  addedAt: SourceLocation | undefined,
  segments: string[],
  sources: [string, string][],
): LeakSuspect["keptIn"] {
  const root = segments[0];
  if (!addedAt || !isDependencyUrl(addedAt.url) || segments.length < 2) return;
  if (root === undefined || !/^[\w$]+$/.test(root)) return;
  const own = sources.filter(([url]) => !isDependencyUrl(url));
  // A package the program imports whole is its object too (`import passport from "passport"`).
  const location = findDeclarationOf(own, [root]) ?? findImportOf(own, root);
  return location ? { name: root, location } : undefined;
}

/**
 * Whether suspect `a` grows inside the program's object that keeps package suspect `b`'s
 * entries (`ajv.scope._values.validate` beside `ajv._cache`), by as many entries (within 2%).
 */
function grewInSameObject(
  a: Omit<LeakSuspect, "rank">,
  b: Omit<LeakSuspect, "rank">,
): boolean {
  const root = b.keptIn?.name;
  if (root === undefined || a.added < MIN_ADDED) return false;
  if (!a.path.startsWith(`${root}.`) && !a.path.startsWith(`${root}[`)) return false;
  return aboutAsMany(a.added, b.added);
}

/** Two counts of one cycle's adds that differ by at most 2% (a stray entry either way). */
function aboutAsMany(x: number, y: number): boolean {
  return Math.abs(x - y) <= 0.02 * Math.max(x, y);
}

/**
 * For a package's holder whose new entries are functions the program made: the program's
 * line that hands one to the package — a caller of the package's add on the line the function
 * is made (`$store.listen((p) => …)`), or one that names it (`i18n.on("missingKey",
 * onMissing)`).
 */
function programRegistration(
  sources: [string, string][],
  add: SourceStatement | undefined,
  owner: string,
  after: SnapshotAnalysis,
  group: number | undefined,
  createdAt: SourceLocation | undefined,
): SourceStatement | undefined {
  if (group === undefined || !createdAt || isDependencyUrl(createdAt.url)) return;
  // Made as an argument of a call on the program's object (`container.onActivation(T, (c,
  // r) => …)`): that call hands it over, whatever the package files it under.
  const made = statementAt(sources, createdAt);
  // On it or an object it leads to (`server.events.on("response", (r) => …)`).
  const onOwner = new RegExp(
    String.raw`(?<![\w$.])${escapeRegExp(owner)}(?:\s*\??\.\s*[\w$]+)+\s*\(`,
  );
  if (made && onOwner.test(made.text) && /=>|\bfunction\b/.test(made.text)) return made;
  if (!after.groups.keys[group]?.startsWith("closure ")) return;
  // The function's name, else the field or variable it is made as (`onReload = (s) => {`).
  const own = after.groups.names[group].replace(/\(\)$/, "");
  const fn = /^[\w$]+$/.test(own)
    ? own
    : /^\s*(?:(?:readonly|private|public|protected|static)\s+)*(?:this\.)?#?([\w$]+)\s*[:=]\s*(?:async\b|\(|function\b|[\w$]+\s*=>)/
      .exec(made?.text ?? "")?.[1];
  const named = fn ? new RegExp(`(?<![\\w$])${fn}(?![\\w$])`) : undefined;
  // Called on the program's object (`i18n.on(`): a common method name needs its receiver.
  for (const at of add ? findCallers(sources, add.location, 50, owner) : []) {
    if (isDependencyUrl(at.url) || at.url !== createdAt.url) continue;
    const line = statementAt(sources, at);
    if (!line) continue;
    if (at.line === createdAt.line || (named?.test(line.text) ?? false)) return line;
  }
  // A package whose add the sources do not show as a function (minified): the one call on the
  // program's object that hands over the callback by name (`events.on("reload", this.onReload)`).
  if (!named) return undefined;
  const handing: SourceStatement[] = [];
  for (const [url, text] of sources) {
    if (isDependencyUrl(url)) continue;
    text.split("\n").forEach((line, i) => {
      const call = onOwner.exec(line);
      if (!call || !named.test(line.slice(call.index + call[0].length))) return;
      const at = statementAt(sources, sourceLocation(url, i + 1, call.index + 1));
      if (at) handing.push(at);
    });
  }
  return handing.length === 1 ? handing[0] : undefined;
}

/**
 * For a package's holder whose entries are its own records, each keeping one callback of the
 * program's (`{ listener, channels, … }` for `server.events.on("response", (r) => …)`): the
 * program's line that hands that callback over, as for entries that are the callbacks.
 */
function keptCallbackRegistration(
  r: GrowthRecord,
  added: number,
  inputs: SuspectInputs,
  add: SourceStatement | undefined,
  owner: string | undefined,
): SourceStatement | undefined {
  const { after, resolver, sources } = inputs;
  if (!add || owner === undefined || !isDependencyUrl(add.location.url)) return;
  let best: { group: number; at: SourceLocation; off: number } | undefined;
  for (const [group, count] of r.regionGroups) {
    const loc = after.groups.locations[group];
    if (!after.groups.keys[group]?.startsWith("closure ") || !loc || resolver.isRuntime(loc)) {
      continue;
    }
    const at = resolver.resolve(loc);
    // One each: as many as the entries added (one or two made before the baseline aside).
    const off = Math.abs(count - added);
    if (isDependencyUrl(at.url) || off > Math.max(2, added * 0.02)) continue;
    if (!best || off < best.off) best = { group, at, off };
  }
  return best && programRegistration(sources, add, owner, after, best.group, best.at);
}

/**
 * Whether two holders of one name are one property a package serves: both named as that
 * property from the package's symbol-keyed bookkeeping (`nameOf`'s `facade`), not holders of
 * one name under keys the snapshot does not record (whose entries add up).
 */
function facadeOf(a: Candidate, b: Candidate): boolean {
  return a.facade === true && b.facade === true;
}

/** Callers with `first` put first (once), when there is one. */
function withFirstCaller(
  found: Pick<LeakSuspect, "callers" | "calledWith">,
  first: SourceLocation | undefined,
): Pick<LeakSuspect, "callers" | "calledWith"> {
  if (!first) return found;
  const same = (c: SourceLocation) => c.url === first.url && c.line === first.line;
  return { ...found, callers: [first, ...(found.callers ?? []).filter((c) => !same(c))] };
}

/** Most lines apart two adds of one call may be. */
const TOGETHER_LINES = 12;

/**
 * Whether suspect `a` grows with `b`: as many entries added (within 2%), by statements a few
 * lines apart in one function, one of which stores what the other adds (`this.handlers.
 * push(handler)` then `entries.set(id, { handler, … })`: an index over the same entries).
 * Two lists filled side by side with different things are two leaks.
 */
function addedTogether(
  a: Omit<LeakSuspect, "rank">,
  b: Omit<LeakSuspect, "rank">,
  sources: [string, string][],
): boolean {
  return togetherLead(a, b, sources) !== undefined;
}

/**
 * Of two holders added to together (see {@link addedTogether}), the one whose add takes the
 * value the other stores inside its own (`handlers.push(handler)` beside `entries.set(id, {
 * handler, … })`): `"a"`, `"b"`, or undefined when they are not added together.
 */
function togetherLead(
  a: Omit<LeakSuspect, "rank">,
  b: Omit<LeakSuspect, "rank">,
  sources: [string, string][],
): "a" | "b" | undefined {
  const x = a.statement?.location;
  const y = b.statement?.location;
  if (!x || !y || x.url !== y.url || x.line === y.line) return;
  if (Math.abs(x.line - y.line) > TOGETHER_LINES || a.added < MIN_ADDED) return;
  if (!aboutAsMany(a.added, b.added)) return;
  const fx = enclosingFunction(sources, x);
  const fy = enclosingFunction(sources, y);
  if (fx === undefined || fx.line !== fy?.line) return;
  const lines = linesAt(sources, x);
  if (!lines) return;
  const ax = addedArguments(lines, x.line - 1);
  const ay = addedArguments(lines, y.line - 1);
  if (!ax || !ay) return;
  // In the other's stored value (its last argument), not its key: two structures keyed alike
  // (an LFU's entries and its frequency buckets) are not one holding the other's entries.
  const stores = (value: string | undefined, args: string[]) =>
    value !== undefined && /^[\w$]+$/.test(value) && args.length > 0 &&
    new RegExp(`(?<![\\w$.])${value}(?![\\w$])`).test(args.at(-1)!);
  return stores(ax.at(-1)?.trim(), ay) ? "a" : stores(ay.at(-1)?.trim(), ax) ? "b" : undefined;
}

/** The arguments of the add call on line `i` (`push(x)`, `set(k, {…})` over a few lines). */
function addedArguments(lines: string[], i: number): string[] | undefined {
  const text = lines.slice(i, i + 6).join("\n");
  const open = /\.\s*(?:push|unshift|set|add)\s*\(/.exec(text);
  return open ? splitArguments(text.slice(open.index + open[0].length)) : undefined;
}

/** Whether most of `r`'s new values (a WeakMap's) live by keys that `other`'s holder holds. */
function keysHeldBy(r: GrowthRecord, other: GrowthRecord): boolean {
  if (other.holderId === 0 || r.newEntries < MIN_ADDED) return false;
  // Of the entries that live by another object (beside a Map's string keys, say), most.
  const weak = Math.min(r.weakEntries ?? r.newEntries, r.newEntries);
  return weak >= r.newEntries * WEAK_SHARE &&
    (countFor(r.keysHeldBy, other.holderId) ?? 0) >= SAME_ENTRIES * weak;
}

/** Share of a holder's new entries that must live by other objects for it to wait on them. */
const WEAK_SHARE = 0.4;

/** The count listed for holder `id` in `[holder id, count]` rows, if it is listed. */
function countFor(rows: [number, number][] | undefined, id: number): number | undefined {
  return rows?.find(([holder]) => holder === id)?.[1];
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
  // One more of the class, and exactly the new value's bytes more: the value started from
  // nothing of its class (an empty buffer has no backing store) rather than being replaced.
  const fromNothing = now.count === was.count + 1 && grown === r.largest.bytes;
  if ((now.count > was.count && !fromNothing) || grown > r.largest.bytes) return undefined;
  if (grown < Math.max(BIGGER_MIN, (cycles ?? 0) * BIGGER_MIN_PER_CYCLE)) return undefined;
  const end = final ? at(final) : undefined;
  if (end && end.size < now.size) return undefined;
  // A value made once is no value rebuilt bigger: that one grew as much again in the final run.
  if (fromNothing && (!end || end.size - now.size < grown / 2)) return undefined;
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
export function entryUnit(r: GrowthRecord, kind: LeakSuspect["kind"], after: SnapshotAnalysis) {
  let [first, second] = r.entryGroups;
  // A program's own collection class (a Map subclass) keeps its pairs the same way. An object
  // or array used as a dictionary keeps its keys as strings (or symbols) beside the values:
  // two groups of values alone (two getters defined together) are not pairs.
  const keyLike = (g: [number, number]) => /^\((?:string|symbol)\)$/.test(after.groups.names[g[0]]);
  // As many of each, give or take an entry made before the baseline and replaced since; or a
  // Map whose table shows new keys in its key slots (`Accumulation.keyEntries`).
  const keys = r.keyEntries ?? 0;
  const pairs = first !== undefined && second !== undefined &&
    (Math.abs(first[1] - second[1]) <= Math.max(2, first[1] * 0.01) ||
      (kind === "map" && keys > 0 && first[1] + second[1] >= r.newEntries - 2)) &&
    (kind === "map" || kind === "collection" ||
      ((kind === "object" || kind === "array") && (keyLike(first) || keyLike(second))));
  // Keys first, as the program writes the pair (`(string) → {status, body}`): those in the
  // table's key slots, else strings.
  if (
    pairs &&
    (r.keyGroup !== undefined
      ? second[0] === r.keyGroup && first[0] !== r.keyGroup
      : after.groups.names[second[0]] === "(string)")
  ) [first, second] = [second, first];
  // String keys to values of several classes: the keys are half the new entries (give or
  // take an entry or two made before the baseline and replaced since).
  const mixed = !pairs && (kind === "map" || kind === "collection") && second !== undefined &&
    after.groups.names[first[0]] === "(string)" &&
    Math.abs(first[1] * 2 - r.newEntries) <= Math.max(2, r.newEntries * 0.01);
  // A dictionary whose values are strings too: its keys, told apart as its own property
  // names, are half the new entries of the one group.
  const keyed = !pairs && !mixed && first !== undefined && second === undefined && keys > 0 &&
    Math.abs(keys * 2 - r.newEntries) <= Math.max(2, r.newEntries * 0.01);
  // A Map keyed by objects of several classes (a proxy cache keyed by each raw object): its
  // table's key slots are half its new entries.
  const objectKeyed = !pairs && !mixed && !keyed && kind === "map" && second !== undefined &&
    Math.abs(keys * 2 - r.newEntries) <= Math.max(2, r.newEntries * 0.01);
  // A timer is a Timeout, also where the runtime built it as a plain object.
  const name = r.timer
    ? "Timeout"
    : r.queuedCalls
    ? "queued next() call"
    : pairs
    ? `${after.groups.names[first[0]]} → ${after.groups.names[second[0]]}`
    : keyed
    ? `${after.groups.names[first[0]]} → ${after.groups.names[first[0]]}`
    : mixed
    ? `${after.groups.names[first[0]]} → ${after.groups.names[second[0]]} and others`
    : objectKeyed
    ? `${after.groups.names[second[0]]} and others → ${after.groups.names[first[0]]}`
    : first
    ? after.groups.names[first[0]]
    : kind === "promise reactions"
    // Reached through links gone since (the recursion's newest calls): no entry of its own.
    ? "link of the chain"
    : "";
  return {
    name,
    groups: pairs || mixed ? [first[0], second[0]] : first ? [first[0]] : [],
    count: (n: number) => (pairs || mixed || keyed || objectKeyed ? Math.round(n / 2) : n),
  };
}

/** Entries before and after, and how many were added (a list: its elements' class alive). */
function entryCounts(
  r: GrowthRecord,
  kind: LeakSuspect["kind"],
  unit: (n: number) => number,
  figures: Figures,
  before: SnapshotAnalysis,
  after: SnapshotAnalysis,
  final: SnapshotAnalysis | undefined,
  treeNodeCount: number | undefined,
): { added: number; entriesBefore: number; entriesAfter: number; entriesFinal?: number } {
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
    ? promiseAdditions(r, after, figures.cycles)
    : unit(r.newEntries);
  if (r.chain) {
    const key = after.groups.keys[r.entryGroups[0][0]];
    return {
      added,
      entriesBefore: groupCount(before, key),
      entriesAfter: groupCount(after, key),
      ...(final ? { entriesFinal: groupCount(final, key) } : {}),
    };
  }
  if (r.buckets && !figures.bigger && treeNodeCount === undefined) {
    // What the buckets hold: the entries before are those of them that are not new (a rehash
    // made new buckets for them, so the baseline's count of buckets says nothing).
    const { entries, newEntries } = r.buckets;
    return { added: newEntries, entriesBefore: entries - newEntries, entriesAfter: entries };
  }
  return {
    added: treeNodeCount ?? added,
    entriesBefore: unit(figures.entriesBefore),
    entriesAfter: unit(r.entries),
  };
}

/** New nodes of the tree a collection is a level of (`treeNodes`), for a collection's figures. */
function treeLevel(
  r: GrowthRecord,
  kind: LeakSuspect["kind"],
  figures: Figures,
  after: SnapshotAnalysis,
): number | undefined {
  if (figures.bigger || !["array", "map", "set", "object", "collection"].includes(kind)) {
    return undefined;
  }
  const nodes = treeNodes(r, after);
  return r.treeLevels ? Math.max(r.newEntries, nodes ?? 0) : nodes;
}

/** What the figures of a tree's level count (`treeNodes`). */
function treeNote(r: GrowthRecord, after: SnapshotAnalysis): string {
  const cls = after.groups.names[r.entryGroups[0][0]];
  if (r.treeLevels) {
    return `; a tree of ${cls}: the collections of its ${r.treeLevels.length} levels that ` +
      `gained nodes judged together, counted in its new nodes`;
  }
  return `; a tree of ${cls}: counted in its new nodes at every level below it, ` +
    `${r.newEntries} of them its own new entries`;
}

/** What the figures of one of two collections that pass entries between them count. */
function exchangeNote(exchange: Exchange): string {
  return `; counted with ${exchange.partner}: entries move between the two (line ` +
    `${exchange.moves[0].location.line}), one structure`;
}

/**
 * New promises a pending promise's reactions keep: the links chained behind it (its own
 * reactions are the first link or two, whatever the chain's length).
 */
/**
 * What a pending promise gained: the reactions added to it, when many were (each request's
 * `await` or race on one promise that never settles: the promises each of them chains are
 * its consequences), else the promises chained behind it (a chain grown link by link adds one
 * reaction to each link).
 */
function promiseAdditions(r: GrowthRecord, after: SnapshotAnalysis, cycles: number | undefined) {
  if ((r.reactions ?? 0) >= fewestAdded(cycles)) return r.reactions!;
  return chainedPromises(r, after) || r.newEntries;
}

function chainedPromises(r: GrowthRecord, after: SnapshotAnalysis): number {
  let n = 0;
  for (const [g, count] of r.regionGroups) if (after.groups.names[g] === "Promise") n += count;
  return n;
}

/**
 * A runtime timer the program arms that fires within this long keeps what it holds as the
 * cost of work in flight (a request's deadline), not for good: a window, not a suspect. A
 * longer one (a job's 15-minute deadline keeping every finished job) is.
 */
const SHORT_TIMER_MS = 60_000;

/** The fix when a Proxy's `get` trap stores what it makes for a missing key. */
const READ_TRAP_FIX = "the Proxy's get trap above stores a new entry each time a missing key " +
  "is read, so every lookup with a new key (an id from a request) adds one: test with `in` " +
  "(or a has trap) before reading, or have get return undefined for missing keys and create " +
  "branches only on writes";

/** Kinds whose holder may sit inside a runtime object the program knows by its own name. */
const INSIDE_KINDS = new Set<LeakSuspect["kind"]>([
  "array",
  "map",
  "set",
  "object",
  "linked list",
  "collection",
]);

/**
 * The program's name for the runtime object whose internals hold the growth
 * (`analyticsFeed` for `analyticsFeed.controller.queue.head.next…`, a ReadableStream's queue):
 * its path up to that object, when the path goes on past it. The object's public properties
 * right after it stay in the name (`brochureAgent.sockets["host:port:"]`, an http.Agent's
 * documented table): the program can read those itself; `owner` is the object alone.
 */
export function runtimeObjectName(
  r: GrowthRecord,
  kind: LeakSuspect["kind"],
  sources: [string, string][],
): { name: string; owner: string } | undefined {
  const at = r.path?.runtimeObject;
  if (at === undefined || !INSIDE_KINDS.has(kind) || r.path!.resumes) return undefined;
  const { frame: _frame, runtimeObject: _at, ...rest } = r.path!;
  const textTo = (end: number) =>
    nameOf({ ...rest, steps: rest.steps.slice(0, end + 1) }, sources).text;
  let end = at;
  while (end + 1 < rest.steps.length && publicStep(rest.steps[end + 1], rest.steps[end])) end++;
  const owner = textTo(at);
  if (!owner) return undefined;
  return { name: end === at ? owner : textTo(end) || owner, owner };
}

/**
 * A step into a runtime object's public property: a property whose name is an identifier
 * without the underscore or `#` that mark internals, or any string key of a dictionary
 * reached that way (a table keyed by origin). Symbols and internal slots are not.
 */
function publicStep(step: RetainerStep, from: RetainerStep): boolean {
  const edge = step.edge;
  if (step.edgeType !== "property" || edge === undefined || edge.startsWith("<symbol")) {
    return false;
  }
  if (/^[A-Za-z$][\w$]*$/.test(edge)) return true;
  return from.node === "Object (dictionary)" && !/^[_#]/.test(edge);
}

/**
 * The fix when the growth is inside a runtime object the program feeds and never drains (a
 * stream's queue, a tee() branch nobody reads): it keeps what it is given until taken out.
 */
function runtimeInternalsFix(r: GrowthRecord, owner: string): string {
  const cls = r.path!.steps[r.path!.runtimeObject!].node;
  const article = /^[aeiou]/i.test(cls) ? "an" : "a";
  return `${owner} (${article} ${cls}) keeps what it is given in its own internals until it ` +
    `is taken out: consume it (read, or cancel or close it when nobody will), or stop feeding it`;
}

/** A suspect's additions cut to how many more of its entries' class are alive. */
function capAtClassGrowth(
  suspect: Omit<LeakSuspect, "rank">,
  record: GrowthRecord,
  before: SnapshotAnalysis,
  after: SnapshotAnalysis,
  cycles: number | undefined,
) {
  const g = record.entryGroups[0]?.[0];
  if (g === undefined) return;
  const more = classGrowth(g, before, after);
  if (more <= 0 || suspect.added <= more) return;
  suspect.added = more;
  if (cycles) suspect.addedPerCycle = more / cycles;
}

/** What chains a reaction onto a promise: then/catch/finally, an await, a race or all. */
const CHAINS =
  /\.\s*(?:then|catch|finally)\s*\(|\bawait\b|\bPromise\s*\.\s*(?:race|all|any|allSettled)\s*\(/;

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
  const framed = { ...record, path: withFrameLocal(record.path, resolver, sources) };
  const r = chainAt === undefined
    ? framed
    : { ...framed, path: { ...framed.path!, steps: framed.path!.steps.slice(0, chainAt) } };
  // A timer pool is named by where one of its timers is stored: keys and indices vary.
  const named = nameOf(r.path, sources, r.timer !== undefined);
  if (held) named.event = held.event;
  // An async function that returns or awaits a call of itself: each call's promise waits on
  // the next one's, so every link stays until the recursion ends.
  const recursion = held || r.timer ? undefined : asyncRecursion(r, after, resolver, sources);
  const kind = held
    ? (held.instances || held.reloaded || held.registry || held.armedBy
      ? kindOf(r, false, cycles)
      : "listeners")
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
  // A tree's level counts the tree's new nodes below it (`treeNodes`).
  const treeNodeCount = treeLevel(r, kind, figures, after);
  const { added, entriesBefore, entriesAfter, entriesFinal } = entryCounts(
    r,
    kind,
    unit.count,
    figures,
    inputs.before,
    after,
    inputs.final,
    treeNodeCount,
  );
  // A timer the program keeps is cleared where it clears what it keeps it in.
  const clears = r.timer && start
    ? findTimerClears(sources, start)
    : held?.factory
    ? findFactoryClears(sources, held.factory.receiver, held.factory.method)
    : [];
  const found = r.timer || held || recursion
    ? {
      statement: start ?? held?.statement ?? recursion?.statement,
      growthSites: [],
      declaredAt: undefined,
      removals: clears.map((c, k) => k === 0 ? firstRemoval(sources, c) : c),
    }
    : holderStatements(r, named, kind, inputs);
  const { growthSites, declaredAt } = found;
  // Where the package adds to it; else, for the program's hand-over only, where it declares it
  // (a minified package, whose add is not read).
  const keptByAdd = programObject(found.statement?.location, named.segments, sources);
  const keptByDeclaration = keptByAdd ?? programObject(found.declaredAt, named.segments, sources);
  // Grown inside an object the program hands things to (`auditStream.write(event)`): named by
  // the object, as the program knows it; the path keeps the internals.
  const handed = "handed" in found ? found.handed : undefined;
  const tied = "tied" in found ? found.tied : undefined;
  const readTrap = "readTrap" in found && found.readTrap;
  // Listeners a runtime method added from the callback it was handed (`socket.setTimeout(…)`).
  const listenedThrough = "listenedThrough" in found ? found.listenedThrough : undefined;
  // What a suspended function's call returned, as the program stores it (`alertFeed`).
  const storedAs = "storedAs" in found ? found.storedAs : undefined;
  const rebuiltBy = "rebuiltBy" in found ? found.rebuiltBy : undefined;
  const exchange = "exchange" in found ? found.exchange : undefined;
  // An object whose internal slots the program ties things to has its own naming.
  const slotOwned = "slotOwned" in found && found.slotOwned;
  const runtimeNamed = handed || held || r.timer || tied || slotOwned
    ? undefined
    : runtimeObjectName(r, kind, sources);
  const runtimeOwner = runtimeNamed?.owner;
  const entryLoc = unit.groups.length ? after.groups.locations[unit.groups[0]] : undefined;
  const createdAt = entryLoc && !resolver.isRuntime(entryLoc) && !r.timer
    ? resolver.resolve(entryLoc)
    : undefined;
  // Reactions are added where they are made when that is a then/catch/finally (a chain's
  // links): rather than a line found by what the reactions keep (the collection their callback
  // also reaches), whose removals are that collection's.
  const madeThere = kind === "promise reactions" && createdAt
    ? statementAt(sources, createdAt)
    : undefined;
  const chained = (text: string | undefined) => CHAINS.test(text ?? "");
  const chainedThere = chained(madeThere?.text) && !chained(found.statement?.text);
  // Callbacks the program hands a package that keeps them (`$store.listen(cb)`,
  // `i18n.on("missingKey", onMissing)`): added where the program registers them, as an
  // emitter's listeners are; the package's own line stays a growth site.
  const registered = chainedThere || !keptByDeclaration ? undefined : programRegistration(
    sources,
    found.statement,
    keptByDeclaration.name,
    after,
    unit.groups[0],
    createdAt,
  ) ??
    keptCallbackRegistration(r, added, inputs, found.statement, keptByDeclaration?.name) ??
    programHandOver(sources, named.segments);
  const keptIn = keptByAdd ?? (registered ? keptByDeclaration : undefined);
  const sites: SourceLocation[] = registered && found.statement
    ? [found.statement.location, ...growthSites]
    : growthSites;
  const statement = registered ?? (chainedThere ? madeThere : found.statement);
  // The package's add stands; the program's call on its object that leads there is its first
  // caller: the line in the program's terms.
  const calledInto = registered || chainedThere || !keptIn
    ? undefined
    : programCallInto(sources, named.segments, found.statement);
  const removals = chainedThere ? [] : found.removals;
  const location = statement?.location ?? callback ?? declaredAt ?? createdAt;
  const statementAround = statement ? statementContext(sources, statement.location) : undefined;
  const removalAround = removals[0] ? statementContext(sources, removals[0].location) : undefined;
  // The new keys as read whole where the shown ones were cut.
  const keyTexts = r.wholeKeys ?? r.sampleKeys ?? [];
  // A get trap that makes entries runs where the program reads the holder's keys.
  const callers = readTrap
    ? { callers: findKeyedReads(sources, named.segments) }
    : withFirstCaller(callersOf(sources, statement, r), calledInto?.location);
  const entry = kind === "growing value"
    ? undefined
    : entryKeeps(r, after, unit.name, added, unit.groups);
  // A fix for the shape the add and removal were written in, before the kind's usual one.
  const shapeFix = (recursion ? recursionFix(recursion.fn) : undefined) ??
    // Its removal does take entries out (it turned them over): the measure is what is off.
    (r.drift ? driftedBoundFix(sources, statement, removals[0]) : undefined) ??
    // A package's holder: the program changes how it makes or uses it, not the package.
    (keptIn
      ? packageHolderFix(
        sources,
        keptIn,
        found.statement?.location ?? found.declaredAt,
        removals[0],
        unit.name,
        registered,
      )
      : undefined) ??
    (kind === "growing value"
      ? keyedChainFix(r, statement) ?? conditionalResetFix(removals[0]) ??
        (removals.length ? undefined : movingOffsetFix(sources, statement))
      : undefined) ??
    discardedCopyFix(removals[0]) ??
    discardedHelperFix(sources, removals[0]) ??
    rebuiltReadFix(sources, removals[0]) ??
    comparedFieldFix(sources, statement, removals[0]) ??
    negativeSliceFix(removals[0]) ??
    (listenedThrough && named.event !== undefined
      ? callbackListenerFix(named.owner, listenedThrough, named.event)
      : undefined) ??
    rearmedTimerFix(sources, statement, removals[0]) ??
    clearedHandleFix(sources, removals[0]) ??
    clearedTimerFix(sources, removals[0]) ??
    otherOwnerFix(statement, removals[0]) ??
    wrapperReturnFix(sources, statement, removals[0]) ??
    mixedClocksFix(sources, statement, removals[0]) ??
    secondsAgainstMillisFix(sources, statement, removals[0]) ??
    keyPartFix(sources, statement, removals[0]) ??
    transformedKeyFix(statement, removals[0], sources) ??
    transformedLookupFix(sources, statement, removals[0]) ??
    filedUnderEachFix(sources, statement, removals[0]) ??
    missingImportFix(sources, removals[0]) ??
    shadowedPrivateFix(sources, statement, removals[0]) ??
    asyncStoreFix(
      asyncStoreHold(r, sources),
      r.chain && r.chainLink ? { cls: unit.name, link: r.chainLink } : undefined,
    ) ??
    leftLinkedFix(r, name, removals[0]) ??
    replacedNodeFix(sources, r, statement) ??
    inArrayFix(sources, statement) ??
    exchangeFix(exchange, removals[0]) ??
    newestTakenFix(statement, removals[0]) ??
    strictNullFix(sources, removals[0]) ??
    deletedAddFix(sources, removals[0]) ??
    otherVariableKeyFix(sources, statement, removals[0]) ??
    comparedCopyFix(sources, removals[0]) ??
    prototypeHolderFix(sources, name, statement) ??
    answeredThenKeptFix(sources, statement, removals[0]) ??
    exitSkipsFix(sources, statement, removals[0]) ??
    fallThroughFix(sources, statement, removals[0]) ??
    readdedOnlyFix(sources, statement, removals[0]) ??
    skippedCapFix(sources, statement, removals[0]) ??
    unsetBoundFix(sources, removals[0], r.ownerSettings) ??
    overrideSkipsFix(sources, removals[0], unit.name) ??
    stoppedSweepFix(sources, removals[0]) ??
    textComparedFix(sources, removals[0], r.textFields) ??
    textEqualsNumberFix(sources, removals[0], r.textFields) ??
    literalKeyFix(sources, removals[0]) ??
    notFoundSpliceFix(sources, removals[0]) ??
    movedKeyFix(sources, removals[0]) ??
    recomputedKeyFix(sources, statement, removals[0]) ??
    sharedFieldFix(sources, statement, removals[0]) ??
    uncalledRemovalFix(sources, removals[0]) ??
    mergedGenerationFix(sources, statement) ??
    weakHeldFix(sources, r, statement, removals[0]) ??
    copyRemovalFix(sources, removals[0], named.segments.at(-1) ?? name) ??
    builtKeyFix(statement, removals[0], r.sampleKeys) ??
    walkingRemovalFix(sources, removals[0]) ??
    (readTrap ? READ_TRAP_FIX : undefined) ?? keptKeyFix(removals[0]) ??
    (entriesAreObjects(r, after) ? comparedEntryFix(removals[0], statement) : undefined) ??
    trimmedLocalFix(sources, removals[0], handed?.owner ?? name) ??
    freshKeyFix(sources, statement, removals[0]) ??
    iteratorResultFix(removals[0]) ??
    detachedMethodFix(removals[0]) ??
    unboundMethodFix(sources, removals[0]) ??
    freshFunctionFix(sources, statement, removals[0]) ??
    wrappedRegistrationFix(sources, removals[0]) ??
    generatorFinallyFix(sources, removals[0]) ??
    (removals.length ? booleanSortFix(sources, named.segments.at(-1) ?? name) : undefined) ??
    (kind === "listeners" ? abortedSignalFix(r, named.event) : undefined) ??
    (kind === "listeners" && !r.signalAborted
      ? onceNotFiredFix(sources, statement, named.event)
      : undefined) ??
    (kind === "listeners"
      ? replacedHandleFix(sources, statement, removals[0]) ??
        otherListenerFix(statement, removals[0])
      : undefined) ??
    (kind === "listeners" || handed ? otherNameFix(statement, removals[0]) : undefined) ??
    rebuildFix(rebuiltBy) ??
    linkReadFix(sources, r, kind, statement) ??
    captureFix(statement, removals[0]) ??
    (kind === "listeners" ? handedEmitterFix(statement, named.owner) : undefined) ??
    droppedDisposerFix(sources, statement, removals[0]) ??
    endStateKeptFix(sources, removals[0], r.sharedValues?.pairs) ??
    failedCallKeepsFix(sources, removals[0]) ??
    otherFieldHandedFix(sources, statement, removals[0]) ??
    unendedCallFix(
      sources,
      callers.callers ?? constructionSites(sources, statement),
      removals[0],
    ) ??
    skippedRemovalFix(sources, removals, statement) ??
    fulfilledOnlyFix(sources, removals[0]) ??
    skippedBySharedFix(sources, removals[0], r.sharedValues?.pairs) ??
    misspelledStateFix(sources, removals[0], r.sharedValues?.pairs) ??
    pastEndFix(sources, removals[0]) ??
    calledNotDeletedFix(sources, statement, removals[0]) ??
    unclearedExitFix(sources, removals[0]) ??
    walkedOtherKeysFix(sources, removals[0], r.sampleKeys) ??
    wrappedPerCallFix(sources, statement, callers.callers) ??
    (removals.length ? undefined : unwrappedRingFix(sources, statement)) ??
    partnerAloneFix(sources, statement, removals[0]) ??
    boundFix(removals[0], handed?.owner ?? name, named.segments.at(-1) ?? name) ??
    skippedResetFix(sources, r) ??
    asyncFilterFix(sources, name) ??
    (r.drift ? DRIFTED_BOUND_FIX : undefined) ??
    keptSliceFix(r, entry) ??
    (kind === "map" || kind === "object"
      ? pathIdKeyFix(r.sampleKeys) ??
        jsonKeyFieldFix(differingJsonField(keyTexts)) ??
        inlinedSqlFix(inlinedSqlValue(keyTexts))
      : undefined) ??
    viewKeepsBufferFix(sources, statement, entry) ??
    (removals.length ? undefined : constructorRegistrationFix(sources, createdAt)) ??
    fixOf(r, kind, statement, held, removals[0]) ??
    (kind === "listeners" ? handedToCallFix(sources, statement, named.owner) : undefined) ??
    otherKeyFix(sources, kind, statement) ??
    (handed ? handedFix(handed, removals.length > 0) : undefined) ??
    (runtimeOwner && !removals.length
      ? unreadBranchFix(sources, statement, runtimeOwner) ?? runtimeInternalsFix(r, runtimeOwner)
      : undefined) ??
    (tied ? tiedFix(tied) : undefined);
  const suspect: Omit<LeakSuspect, "rank"> = {
    name: handed?.owner ?? storedAs ?? runtimeNamed?.name ?? name,
    path,
    kind,
    holder: r.timer ? "Timeout" : r.holderName,
    scope: scopeOf(r),
    reason: (figures.bigger ? biggerReason(figures.bigger) : reasonFor(
      r,
      kind,
      entriesBefore,
      entriesAfter,
      added,
      figures.storeBefore,
      named.event,
      removals.length > 0,
    )) + (exchange ? exchangeNote(exchange) : "") +
      (treeNodeCount !== undefined ? treeNote(r, after) : "") +
      (r.drift ? `, ${unit.count(r.drift.entriesFinal)} at the end` : ""),
    entriesBefore,
    entriesAfter,
    ...(entriesFinal !== undefined
      ? { entriesFinal }
      : figures.entriesFinal !== undefined && !r.timer
      ? { entriesFinal: unit.count(figures.entriesFinal) }
      : {}),
    added,
    ...(treeNodeCount !== undefined ? { countsNodes: true } : {}),
    ...(r.drift ? { drifts: true } : {}),
    ...(r.clock ? { onClock: true } : {}),
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
    ...(r.sample ? { sample: r.sample } : {}),
    ...(r.sharedValues ? { sharedValues: r.sharedValues.pairs } : {}),
    ...(r.sharedValues && r.sharedValues.by < r.sharedValues.of
      ? { sharedBy: { count: r.sharedValues.by, of: r.sharedValues.of } }
      : {}),
    ...(statement ? { statement } : {}),
    ...(statementAround ? { statementContext: statementAround } : {}),
    ...(removalAround ? { removalContext: removalAround } : {}),
    ...callers,
    ...(sites.length ? { growthSites: sites } : {}),
    ...(removals.length ? { removals } : {}),
    ...(declaredAt ? { declaredAt } : {}),
    ...(keptIn ? { keptIn } : {}),
    ...(createdAt ? { createdAt } : {}),
    ...(location ? { location } : {}),
    ...(r.timer
      ? {
        timer: {
          kind: r.timer.kind,
          ...(callback ? { callback } : {}),
          // The runtime's own callback's variables mean nothing to the program's author.
          captured: held?.armedBy ? [] : r.timer.captured,
          ...madeOf(sources, r.timer.captured, callback),
        },
      }
      : {}),
    fix: withNote(
      shapeFix ?? withRemoval(removals.length > 0, kind, fixFor(kind, r, unit.name, entry)),
      kind === "listeners" ? listenerLimitNote(sources, named.owner) : undefined,
    ),
    nodeId: r.holderId || r.sampleEntryId,
    entryNodeId: r.sampleEntryId,
    retainerPath: renderRetainerPath(r, resolver),
    ...(r.path ? { retainerSteps: boundedSteps(r.path.steps) } : {}),
  };
  if (cycles) {
    // Entries a holder fed on a clock gains do not follow the cycles: no rate for them.
    if (!r.clock) suspect.addedPerCycle = added / cycles;
    suspect.bytesPerCycle = suspect.bytes / cycles;
  }
  if (
    STORE_ONLY_HOLDERS.includes(r.holderName) && r.storeBytes !== figures.storeBefore && !r.timer
  ) {
    suspect.storeBytesBefore = figures.storeBefore;
    suspect.storeBytesAfter = r.storeBytes;
  }
  return {
    record: r,
    suspect,
    nested: r.nested,
    ...(shapeFix ? { shapeFix: true } : {}),
    ...(named.facade ? { facade: true } : {}),
  };
}

/** Of a table of buckets and a value of the same name, the value (its rehashes), if so. */
function rehashOf(a: Candidate, b: Candidate): Candidate | undefined {
  const value = (c: Candidate) => c.suspect.kind === "growing value";
  if (a.record.buckets && value(b)) return b;
  if (b.record.buckets && value(a)) return a;
  return undefined;
}

/** Bounded collections named in the note, at most. */
const BOUNDED_SHOWN = 3;
/** The fewest bytes of new objects a bounded collection's note line gives. */
const BOUNDED_BYTES_SHOWN = 1024;

/**
 * The program's collections that took the most new entries and kept their size (a capped
 * list, a map emptied as it fills), as a note: places a reader need not look.
 */
export function boundedNote(
  bounded: { record: GrowthRecord; before: number }[],
  sources: [string, string][],
): string | undefined {
  const named = bounded.sort((a, b) => b.record.newEntries - a.record.newEntries)
    .map(({ record, before }) => ({ name: nameOf(record.path, sources).text, record, before }))
    .filter((b) => b.name !== "")
    .slice(0, BOUNDED_SHOWN);
  if (!named.length) return undefined;
  // What the new entries still there keep: part of the new objects no suspect explains.
  const keeps = (r: GrowthRecord) =>
    r.newBytes >= BOUNDED_BYTES_SHOWN ? `, the new ones keep ${formatBytes(r.newBytes)}` : "";
  const listed = (kept: boolean) =>
    named.filter(({ record, before }) => (record.entries <= before) === kept).map((
      { name, record, before },
    ) =>
      `${name} (${record.holderName}, ${before} → ${record.entries} entries, ` +
      `${record.newEntries} new${keeps(record)})`
    );
  const same = listed(true);
  const few = listed(false);
  return [
    same.length
      ? `took new entries but stayed the same size (not leaking): ${same.join("; ")}`
      : "",
    // Grew, but by fewer entries than growth over the run needs, or taken out again by the source.
    few.length ? `took new entries and grew by too few to call it a leak: ${few.join("; ")}` : "",
  ].filter((t) => t !== "").join(". ");
}

/** How far apart, as a share, a runtime timer pool's count may be from the program's it stands for. */
const SAME_TIMERS = 0.02;

/** Whether `c` is a pool of `kind` timers that gained about `added`. */
function timersLike(c: Candidate, kind: string | undefined, added: number): boolean {
  return c.suspect.kind === "timers" && c.record.timer?.kind === kind &&
    Math.abs(c.suspect.added - added) <= Math.max(2, added * SAME_TIMERS);
}

/** Two timer pools of one name that gained as many timers: one set of timers, seen twice. */
function sameTimers(a: Candidate, b: Candidate): boolean {
  return a.record.timer !== undefined && timersLike(b, a.record.timer.kind, a.suspect.added);
}

/** A fix with a note after it, when there is one. */
function withNote(fix: string, note: string | undefined): string {
  return note ? `${fix}. ${note}` : fix;
}

/**
 * Where the program makes the objects whose constructor holds the add
 * (`QueryContext.open.set(this.id, this)` in `constructor`): the add's callers, in effect.
 */
function constructionSites(
  sources: [string, string][],
  statement: SourceStatement | undefined,
): SourceLocation[] | undefined {
  const lines = statement ? linesAt(sources, statement.location) : undefined;
  if (!statement || !lines || !inConstructor(lines, statement.location.line - 1)) return undefined;
  const cls = enclosingClass(sources, statement.location) ??
    enclosingFunction(sources, statement.location)?.name;
  return cls ? findConstructionSites(sources, cls) : undefined;
}
