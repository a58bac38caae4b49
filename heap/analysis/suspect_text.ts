/**
 * The words of a suspect: one sentence on what grew, the usual fix for its shape, what each
 * new entry keeps alive, and its declared path as one line.
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
import type { GrowthRecord } from "./growth.ts";
import { formatBytes } from "../format/bytes.ts";
import type { Exchange } from "./paired_collections.ts";
import { rearmedAfterClear } from "./timer_clears.ts";
import { isDependencyUrl, packageOf } from "./script_urls.ts";
import { sourceLocation, type SourceResolver } from "./attribution.ts";
import {
  assignmentOf,
  blockText,
  callPrefix,
  callText,
  classDeclared,
  dottedPattern,
  enclosingClass,
  enclosingFunction,
  enclosingOpener,
  escapeRegExp,
  functionOpened,
  generatorFinally,
  inConstructor,
  indentation,
  isComment,
  linesAt,
  openerAbove,
  quote,
  removalCalls,
  splitArguments,
} from "./source_text.ts";
import {
  handedAsOption,
  keyExpression,
  LISTEN_CALLS,
  pathPattern,
  UNLISTEN_CALLS,
} from "./source_patterns.ts";
import {
  addsAtFront,
  capSkippedBy,
  clearedHandleSkipsArm,
  clearedTimerStrands,
  comparedWithCopy,
  comparedWithField,
  comparedWithOther,
  comparesEntryItself,
  deletesOtherKey,
  deletesOtherVariable,
  deletesWhatItAdds,
  discardedHelperCall,
  discardsCopy,
  exitSkipping,
  findSkippingReset,
  freshKey,
  fulfilledOnlyRemoval,
  insideLazyHelper,
  keyBuiltAnew,
  lookupWithOtherKey,
  partnerRemovedAlone,
  rebuiltRead,
  removesFromCopy,
  removesOnlyReadded,
  skippedByReturn,
  skippedByShared,
  splicesWalkingForward,
  stopsAtFirstFresh,
  takesFromFront,
  trimmedLocal,
} from "./source_removes.ts";
import { generatorChain } from "./suspect_growth.ts";
import { findCallers } from "./source_lines.ts";
import type { DifferingField, InlinedValue } from "./key_texts.ts";
import {
  answeredThenKept,
  comparedAsText,
  comparedWithNumber,
  fallThroughReadd,
  filedUnderEach,
  inTestOfArray,
  keyPartRemoval,
  linkReads,
  listenerLimitLifted,
  literalKeyDelete,
  mergedGeneration,
  mixedClocks,
  movedKeyRemoval,
  otherOwnerRemoval,
  recomputedKeyRemoval,
  sharedFieldRemoval,
  spliceOfNotFound,
  transformedKeyRemoval,
  transformedLookup,
  unboundMethodRemoval,
  uncalledRemoval,
  unevenTotal,
  viewMadeFor,
  wrapperWithoutReturn,
} from "./source_mistakes.ts";
import {
  freshFunctionAdded,
  freshFunctionRemoval,
  otherFieldHanded,
  wrappedRegistration,
} from "./source_calls.ts";
import { missingImport } from "./source_imports.ts";
import { madeWith } from "./package_entries.ts";

/** One sentence on what grew. */
export function reasonFor(
  r: GrowthRecord,
  kind: LeakSuspect["kind"],
  before: number,
  after: number,
  added: number,
  storeBefore: number,
  event?: string,
  cleared = false,
): string {
  if (r.timer) {
    const captures = r.timer.captured.length
      ? `; each callback keeps ${r.timer.captured.join(", ")} alive`
      : "";
    const counts = ` (${before} → ${after})`;
    // The program clears it somewhere (the removal shown): these are the ones it missed.
    const never = cleared ? "not cleared" : "never cleared";
    return r.timer.kind === "setInterval"
      ? `${added} more setInterval timers running${counts}, ${never}${captures}`
      : `${added} more setTimeout timers pending${counts}, re-armed or waiting${captures}`;
  }
  if (kind === "listeners") return `${added} more '${event}' listeners added and never removed`;
  if (kind === "promise reactions") {
    return `${added} more promises chained behind it, all waiting for it to settle`;
  }
  if (kind === "linked list" && r.formerHolder) {
    return `${added} more elements still chained from it through .${r.chainLink} after they ` +
      `left it (taken out or replaced), never unlinked`;
  }
  if (kind === "linked list" && r.spliced) {
    return `${added} more elements linked into it where each belongs (through ${r.spliced} ` +
      `of its links), never unlinked`;
  }
  if (kind === "linked list" && generatorChain(r)) {
    return `${added} more suspended generators, each delegating to the next (yield*) and ` +
      `never returning`;
  }
  if (kind === "linked list") return `${added} more elements linked onto the list, never unlinked`;
  if (r.queuedCalls) {
    return `${added} more next() calls queued on the generator (${before} → ${after}), none answered`;
  }
  if (kind === "growing value") {
    if (wrapsPrevious(r)) {
      return `each new value wraps the one before it: ${added} kept, one inside the next`;
    }
    return r.rebuilt
      ? `each new value is a copy of the previous one plus more: ${added} pieces kept, never dropped`
      : `its value was rebuilt on the previous one ${added} times (appended to, never reset)`;
  }
  if (r.newEntries === 0) {
    return `storage grew ${storeBefore} → ${r.storeBytes} bytes (small-integer entries have no objects to count)`;
  }
  if (r.clock) {
    return `${added} more entries kept (entries ${before} → ${after} → ${r.clock.entriesFinal}), a ` +
      `few in each run however many cycles ran: added on a clock, not per request, and nothing ` +
      `takes them out`;
  }
  if (r.drift) {
    const gone = r.drift.kept > 0 ? `all but ${r.drift.kept} of the entries` : "every entry";
    return `${added} more entries kept each run (entries ${before} → ${after}), though ${gone} ` +
      `it took in the first run were gone by the end: it takes out less than it adds, so its ` +
      `bound drifts up`;
  }
  return `${added} new entries kept (entries ${before} → ${after}), none released`;
}

/**
 * The fix for a holder whose bound drifts (`driftedBound`) when the add and the removal move the
 * total its bound is tested on by different measures (`unevenTotal`); undefined otherwise (the
 * other findings, then {@link DRIFTED_BOUND_FIX}, come after).
 */
export function driftedBoundFix(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const uneven = unevenTotal(sources, add, removal);
  if (!uneven) return undefined;
  const { total, up, down } = uneven;
  return `${total} goes up by ${up.measure} (line ${up.line.line}) but down by ${down.measure} ` +
    `(line ${down.line.line}) when an entry is taken out: measured two ways, it drifts from what ` +
    `is held, and the bound tested on it lets more stay each time. Take out what was counted in: ` +
    `the same measure on both sides (or keep each entry's counted size with it and subtract that)`;
}

/** The fix for a holder whose bound drifts, when no total and no other finding shows how. */
export const DRIFTED_BOUND_FIX =
  "make the eviction take out what the add counted in: the same measure (a size computed the " +
  "same way), on every path that removes an entry or replaces one";

/** The usual fix for the shape. */
export function fixFor(
  kind: LeakSuspect["kind"],
  r: GrowthRecord,
  entryName: string,
  entry?: EntryKeeps,
): string {
  // Functions kept in a collection are callbacks someone registered (a hand-made event bus).
  const callbacks = entryName.endsWith("()") &&
    (kind === "array" || kind === "set" || kind === "map" || kind === "object" ||
      kind === "collection");
  if (callbacks) {
    return "remove each callback when its work is done (call the unsubscribe or off its " +
      "registration offers), or register it once";
  }
  switch (kind) {
    case "timers":
      return r.timer?.kind === "setInterval"
        ? "clearInterval it when its work is over (on close, on completion)"
        : "clearTimeout it on every path once its work is over (success too), or stop " +
          "re-arming it";
    case "listeners":
      return "remove the listener when its work is done (off/removeListener/removeEventListener), or add it once";
    case "linked list":
      return generatorChain(r)
        ? `each ${entryName || "generator"} delegates to a new one with yield* after it ` +
          `yields, a recursion that never returns: every level stays suspended around the ` +
          `next with what it holds. Loop inside one generator instead (for (;;) { … yield ` +
          `… }), or return before delegating`
        : "unlink (remove) each element when its work is done";
    case "growing value":
      if (r.rebuilt?.link === "__proto__") {
        return "each new value is made with the one before as its prototype " +
          "(Object.create(previous)), so the chain keeps every earlier one alive: cap how far " +
          "back it goes (keep the last few and copy their fields into a fresh base), or copy " +
          "the fields instead of chaining";
      }
      return wrapsPrevious(r)
        ? "wrap it once (or put the original back when done), not on every call"
        : "each append keeps everything before it: flush, cap or reset it";
    case "promise reactions":
      return "settle the promise, or stop chaining onto one that never settles";
    case "map":
      if (literalKeys(entryName)) {
        // A Map compares object keys by identity: a key built per call never matches again.
        return "its keys are arrays or object literals: made per call, they never match a " +
          "lookup again (a Map compares keys by identity); key it by a string (e.g. the parts " +
          "joined), then bound it";
      }
      return objectKeys(entryName)
        ? "use a WeakMap (entries go with their key object), or delete the entry when its work is done"
        : "delete the entry when its work is done, or bound the map (LRU/TTL)";
    case "set":
      return "delete the entry when its work is done, or bound the set";
    case "object":
      return "delete the key when its work is done, or use a bounded Map (LRU/TTL)";
    default:
      if (r.holderName === "FinalizationRegistry") {
        // Its cells are dropped only after their targets are collected.
        return "each registration stays until its target is collected: a target that outlives " +
          "the work (register(this, …) in a long-lived object), or a held value that refers to " +
          "its target, keeps them all — register the short-lived object whose end should clean " +
          "up, hold only what the cleanup needs (an id), and unregister when done";
      }
      return "keep only the last N (a ring buffer, or shift() past a cap), or remove entries when " +
        "their work is done" + (keepsObjects(entry) ? "; and store only what is read later" : "");
  }
}

/** A Map's entries named `Key → Value` whose key is an array or an object literal. */
function literalKeys(entryName: string): boolean {
  const arrow = entryName.indexOf(" → ");
  if (arrow <= 0) return false;
  const key = entryName.slice(0, arrow);
  return key === "Array" || key === "Object" || key.startsWith("{");
}

/** A Map's entries named `Key → Value` whose key is an object (not a string or number). */
export function objectKeys(entryName: string): boolean {
  const arrow = entryName.indexOf(" → ");
  return arrow > 0 && !entryName.startsWith("(");
}

/** Whether each entry keeps an object of its own beside strings and numbers (`input: job`). */
export function keepsObjects(entry: EntryKeeps | undefined): boolean {
  return entry?.keeps.some((k) =>
    k.perEntry >= 1 && !/^\((string|number|internal array|object elements)\)|^system/.test(k.name)
  ) ?? false;
}

/** What each new entry keeps alive. */
export function entryKeeps(
  r: GrowthRecord,
  after: SnapshotAnalysis,
  entryName: string,
  entries: number,
  entryGroups: number[],
): EntryKeeps | undefined {
  if (entries === 0) return undefined;
  // An entry's own group counts too past one per entry: a Map keyed by strings whose values
  // keep other strings (the pages their slices were cut from) keeps those beside its keys.
  const keeps = r.regionGroups
    .map(([g, count, bytes]) =>
      entryGroups.includes(g) ? [g, count - entries, bytes] as const : [g, count, bytes] as const
    )
    .filter(([g, count]) => !entryGroups.includes(g) || count >= entries / 2)
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

/** The declared path as one line: `module app.ts → messageHistory (Array)`. */
export function renderRetainerPath(r: GrowthRecord, resolver: SourceResolver): string {
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
  return [head, ...runsOf(hops)].join(" → ");
}

/** Most steps of a suspect's path that are kept: a chain's thousand links are one run. */
export const MAX_PATH_STEPS = 24;

/** Repeated hops as one with a count (`[3] (Promise) ×397`): a chain's path stays one line. */
function runsOf(hops: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < hops.length;) {
    let j = i + 1;
    while (j < hops.length && hops[j] === hops[i]) j++;
    out.push(j - i > 1 ? `${hops[i]} ×${j - i}` : hops[i]);
    i = j;
  }
  return keepEnds(out, (left) => `… ${left} more hops`);
}

/**
 * A path's steps, bounded, with a marker step that says how many were left out (a promise
 * chain's path has one step per link).
 */
export function boundedSteps(steps: RetainerStep[]): RetainerStep[] {
  return keepEnds(steps, (left) => ({ node: `(${left} more steps)`, nodeId: 0 }));
}

/** At most {@link MAX_PATH_STEPS} items: the first ones and the last three, a marker between. */
function keepEnds<T>(items: T[], marker: (left: number) => T): T[] {
  if (items.length <= MAX_PATH_STEPS) return items;
  const head = MAX_PATH_STEPS - 4;
  return [...items.slice(0, head), marker(items.length - head - 3), ...items.slice(-3)];
}

/** A value rebuilt by wrapping the previous one (`fn = wrap(fn)`), not by copying it. */
function wrapsPrevious(r: GrowthRecord): boolean {
  return r.rebuilt !== undefined && r.rebuilt.via.length === 0 && !r.appendsToOld;
}

/** The fix for an async function that chains a promise per call of itself. */
export function recursionFix(fn: string): string {
  return `${fn}() returns (or awaits) a call of itself, so each call's promise waits on the ` +
    "next one's and none settles while it runs: every call stays alive. Loop instead " +
    "(while (true) { … }) and call it once";
}

/**
 * The fix for a map written under another key than it is read by: every lookup misses, so
 * every call adds again.
 */
export function otherKeyFix(
  sources: [string, string][],
  kind: LeakSuspect["kind"],
  statement: SourceStatement | undefined,
): string | undefined {
  if (!statement || (kind !== "map" && kind !== "collection")) return undefined;
  const lookup = lookupWithOtherKey(sources, statement);
  return lookup
    ? `it is looked up with ${
      lookup.text.replace(/^.*\.\s*(get|has)/, "$1")
    } (${lookup.location.display}) but stored under another key (the statement above): no lookup finds what was stored, ` +
      "so every call adds again; store it under the key it is looked up by, then bound it"
    : undefined;
}

/**
 * The fix when a call the program hands an object to ties things to that object's internals
 * (`AbortSignal.any([shutdown.signal, …])`): they stay as long as the object.
 */
export function tiedFix(tied: { owner: string; call: string }): string {
  return `${tied.owner} keeps, in its own internals, what ${tied.call}() ties to it, for as ` +
    `long as ${tied.owner} itself lives: pass a shorter-lived one (one per piece of work), or ` +
    "undo the tie when the work is done";
}

/** Methods that register a callback to be called later, not a value to be consumed. */
const REGISTERING =
  /^(?:on|once|addListener|prependListener|prependOnceListener|addEventListener|subscribe|listen|tap|tapAsync|tapPromise|hook|onActivation|use)$/;

/** The fix for what an object keeps of what the program handed it (see holderStatements). */
export function handedFix(
  handed: {
    owner: string;
    method?: string;
    consumers: (SourceStatement & { within?: string })[];
  },
  undone: boolean,
): string {
  const call = handed.method ? `${handed.method}()` : "the call above";
  // A registration (`server.events.on("response", cb)`): callbacks are not consumed, they stay
  // registered.
  if (handed.method && REGISTERING.test(handed.method) && !undone) {
    return `${handed.owner} keeps each callback ${call} registers (the call above) for as long ` +
      `as ${handed.owner} lives, and each keeps what it closes over: take each off when its ` +
      "work is done (the package's off, or what the registration returns), or register once " +
      "and look the work up from there";
  }
  if (undone) {
    return `${handed.owner} keeps what ${call} hands it until it is taken back: the call above ` +
      "that takes it back misses these; check when it runs";
  }
  const readers = handed.consumers.map((c) =>
    `${c.location.display} \`${c.text}\`${c.within ? ` (in \`${c.within}\`)` : ""}`
  );
  return `${handed.owner} keeps what ${call} hands it in its own internals until something ` +
    "consumes it (reads, drains or flushes it): " +
    (readers.length
      ? `only ${readers.join(" and ")} read${readers.length === 1 ? "s" : ""} it; make sure ` +
        "one is attached whenever it is written to, or stop handing it over"
      : "nothing in the program reads it; read it, or stop handing it over");
}

/**
 * The fix when an object's "removal" assigns undefined or null (`rentals[id] = undefined`): the
 * key stays, with one more slot each time.
 */
export function keptKeyFix(removal: SourceStatement | undefined): string | undefined {
  const m = /([\w$.#]+)\s*\[([^\]]+)\]\s*=\s*(undefined|null)\b/.exec(removal?.text ?? "");
  return m
    ? `the removal above sets the value to ${m[3]} but keeps the key, so every ${m[2]} stays: ` +
      `delete it (delete ${m[1]}[${m[2]}]), or use a Map and its delete()`
    : undefined;
}

/**
 * The fix for a linked list whose add puts a new node in for a key an index of the nodes may
 * already have (`this.#head = node` … `this.#map.set(key, node)`, no look-up of the key before):
 * the index's entry is replaced, and the key's old node stays linked.
 */
export function replacedNodeFix(
  sources: [string, string][],
  r: GrowthRecord,
  statement: SourceStatement | undefined,
): string | undefined {
  if (!r.listRun || !statement) return undefined;
  const fn = enclosingFunction(sources, statement.location);
  const node = /=\s*([\w$]+)\s*;?\s*(?:\/\/.*)?$/.exec(statement.text)?.[1];
  if (!fn || !node) return undefined;
  const lines = fn.text.split("\n");
  const at = lines.findIndex((l) => l.includes(statement.text.replace(/\s*\/\/.*$/, "")));
  const indexed = new RegExp(
    `([\\w$.#]+)\\s*\\.\\s*set\\s*\\(\\s*([^,()]+?)\\s*,\\s*${escapeRegExp(node)}\\s*\\)`,
  );
  for (let k = 0; k < lines.length; k++) {
    const m = indexed.exec(lines[k]);
    if (!m || at < 0 || isComment(lines[k])) continue;
    const [, index, key] = m;
    const lookUp = new RegExp(
      `${escapeRegExp(index)}\\s*\\.\\s*(?:get|has|delete)\\s*\\(\\s*${escapeRegExp(key)}\\s*\\)`,
    );
    if (lookUp.test(lines.slice(0, k).join("\n"))) return undefined;
    const line = statement.location.line - at + k;
    return `${fn.name}() links a new node in on every call, and ${index}.set(${key}, ${node}) ` +
      `(line ${line}) replaces the node of a key ${index} already has without taking that node ` +
      `out of the list: every replaced node stays linked. Look the key up first and unlink its ` +
      `old node, or update that node in place`;
  }
  return undefined;
}

/**
 * The fix for a chain left hanging from a holder's end (`hangingChain`): the end moves off each
 * node taken out and keeps its link to it.
 */
export function leftLinkedFix(
  r: GrowthRecord,
  name: string,
  movedOff: SourceStatement | undefined,
): string | undefined {
  if (!r.formerHolder || !r.chainLink) return undefined;
  const end = name.split(".").at(-1);
  const where = movedOff ? ` (line ${movedOff.location.line})` : "";
  return `${name} moves off each node taken out${where} but its .${r.chainLink} still points ` +
    `at it, and that node's own .${r.chainLink} at the one before: every node taken out stays ` +
    `chained from ${name}. Clear the link once it has moved (${end}.${r.chainLink} = null)`;
}

/**
 * The fix for one of two collections that pass entries between them (`paired_collections.ts`)
 * when entries leave it only by moving to the other: every removal takes them off the other,
 * so while nothing moves them, it keeps them all.
 */
export function exchangeFix(
  exchange: Exchange | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  if (!exchange?.onlyByMoves) return undefined;
  const { field, partner } = exchange;
  const move = exchange.moves[0];
  const when = move.within ? `, ${move.within.replace(/\s*\{\s*$/, "")}` : "";
  const takes = removal
    ? `the removal (line ${removal.location.line}) takes them off ${partner} alone`
    : `nothing takes them off ${partner}`;
  return `entries leave ${field} only by moving to ${partner} (line ${move.location.line}${when}) ` +
    `and ${takes}: while nothing moves them, ${field} keeps every one. Take the oldest off ` +
    `${field} when ${partner} has none (or move them over first), so the two together stay ` +
    `bounded`;
}

/**
 * The fix when the removal builds its key there from parts (`keyOf({ court, slot })`) while the
 * add stored another expression's: they must come out the same, and the stored keys show how
 * they look.
 */
export function builtKeyFix(
  added: SourceStatement | undefined,
  removal: SourceStatement | undefined,
  sampleKeys: string[] | undefined,
): string | undefined {
  if (!added || !removal || !keyBuiltAnew(added.text, removal.text)) return undefined;
  // The add's call may go on past its line (`set(\`${a}/${b}\`, {`): its key is before the comma.
  const stored = keyExpression(added.text, false) ??
    /\.\s*set\s*\(\s*(`[^`]*`|[^,()]+)\s*,/.exec(added.text)?.[1].trim();
  const rebuilt = keyExpression(removal.text, true);
  // Built the same way in both: whatever misses, it is not how the key is built.
  if (!stored || stored === rebuilt) return undefined;
  const like = sampleKeys?.length
    ? ` (the kept keys look like ${JSON.stringify(sampleKeys[0])})`
    : "";
  // A kept key that is JSON of an object whose fields the rebuilt literal lists in another
  // order: serialised, the two never match.
  const order = otherFieldOrder(sampleKeys?.[0], rebuilt);
  if (order) {
    // A key of the fields in one fixed order: `${slot}:${court}`.
    const fixed = order.kept.map((f) => "${" + f + "}").join(":");
    return `the removal at line ${removal.location.line} builds its key anew (${rebuilt}) with ` +
      `the fields in the order ${order.rebuilt.join(", ")}, while the kept keys have ` +
      `${order.kept.join(", ")} (${JSON.stringify(sampleKeys![0])}): serialised in another ` +
      `order they never match, and the delete finds nothing. Build the key in one place from ` +
      `the fields in a fixed order (\`${fixed}\`), or delete by the key the entry was stored under`;
  }
  return `the removal at line ${removal.location.line} builds its key anew (${rebuilt}) while ` +
    `the add stored ${stored}${like}: unless both come out exactly the same (the same fields, ` +
    `in the same order, spelled the same) the delete finds nothing. Build the key in one place ` +
    `from the same values, or delete by the key the entry was stored under`;
}

/**
 * The fix when the removal keeps the last n with `slice(-n)`: at n = 0 that is `slice(0)`,
 * every entry.
 */
export function negativeSliceFix(removal: SourceStatement | undefined): string | undefined {
  const n = removal
    ? /\.\s*slice\s*\(\s*-\s*([A-Za-z_$][\w$.]*)\s*\)/.exec(removal.text)?.[1]
    : undefined;
  if (!removal || !n) return undefined;
  return `slice(-${n}) at line ${removal.location.line} keeps the last ${n} entries only while ` +
    `${n} is above 0: at 0, slice(-0) is slice(0) and keeps every one. Treat 0 apart, or trim ` +
    `by length (slice(Math.max(0, list.length - ${n})))`;
}

/**
 * The fix when the removal is a copying call whose result is thrown away (`stack.slice(-max);`):
 * it makes a trimmed copy and leaves the collection as it was.
 */
export function discardedCopyFix(removal: SourceStatement | undefined): string | undefined {
  const call = removal ? discardsCopy(removal.text) : undefined;
  if (!removal || !call) return undefined;
  return `${call}() at line ${removal.location.line} returns a new array and leaves the one it ` +
    `is called on as it was, and its result is thrown away: nothing is taken out. Keep the ` +
    `result where the collection is kept, or take the entries out in place (splice, shift)`;
}

/**
 * The fix when the removal hands the collection to a helper of the program that returns a
 * trimmed copy (`without(party.invites, invite);`), its result thrown away.
 */
export function discardedHelperFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const call = removal ? discardedHelperCall(sources, removal.text) : undefined;
  if (!removal || !call) return undefined;
  const { name, call: copy, location } = call.helper;
  return `${name}() at line ${removal.location.line} returns a new array (${copy}() at ` +
    `${location.display}) and leaves the one it is handed as it was, and its result is ` +
    `thrown away: nothing is taken out. Keep the result where the collection is kept, or take ` +
    `the entry out in place (splice)`;
}

/**
 * The fix when each value kept under a Map's key links the one it replaces (`previous:
 * current`, `current` read from the Map): the set replaces the entry, the link keeps them all.
 */
export function keyedChainFix(
  r: GrowthRecord,
  statement: SourceStatement | undefined,
): string | undefined {
  const link = r.appendLink;
  if (r.entryKey === undefined || !link || !statement) return undefined;
  if (!new RegExp(String.raw`(?:^|[^\w$.])${escapeRegExp(link)}\s*[:=]`).test(statement.text)) {
    return undefined;
  }
  return `each value kept under a key links the one it replaces through .${link} (line ` +
    `${statement.location.line}), so replacing the entry keeps every earlier one: a chain ` +
    `per key that only grows. Keep just what is read of the previous one (a number, not the ` +
    `object), or drop its own .${link} when it is replaced`;
}

/**
 * The fix when the removal rebuilds a variable read from the collection and never hands it
 * back (`rebuiltRead`): the collection keeps the array it had.
 */
export function rebuiltReadFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const found = rebuiltRead(sources, removal);
  if (!found) return undefined;
  const v = found.variable;
  return `${removal!.text.replace(/\(.*$/, "(…)")} at line ${removal!.location.line} gives ` +
    `${v} a new, shorter array, but the collection still holds the one ${v} was read from ` +
    `(line ${found.readLine}), unchanged: nothing is taken out. Hand the new array back under ` +
    `its key (set(key, ${v})), or take the entries out of the kept array in place (splice)`;
}

/**
 * The fix for listeners a runtime method adds from the callback each call hands it
 * (`socket.setTimeout(ms, callback)` adds `callback` as a 'timeout' listener).
 */
export function callbackListenerFix(owner: string, method: string, event: string): string {
  // Node's socket and request setTimeout(0) turns the timer off and leaves the listener.
  const off = method === "setTimeout"
    ? ` (${method}(0) turns the timer off but leaves the listener)`
    : "";
  return `each ${owner}.${method}(…, callback) call adds its callback as a '${event}' listener ` +
    `that stays until it is removed${off}, with everything the callback reaches: hand the ` +
    `callback over once, or remove it (removeListener('${event}', callback)) when the work ends`;
}

/**
 * The fix when the function that clears a timer then reaches the code that arms it again
 * (`rearmedAfterClear`): a getter that starts the timer on first read, read for the wrap-up.
 */
export function rearmedTimerFix(
  sources: [string, string][],
  added: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const again = added && removal ? rearmedAfterClear(sources, added, removal) : undefined;
  if (!added || !removal || !again) return undefined;
  return `the timer is cleared at line ${removal.location.line}, and then line ` +
    `${again.location.line} (${again.text}) reaches line ${added.location.line} again, which ` +
    `arms a new one that nothing clears, keeping what its callback holds. Read what is needed ` +
    `before clearing, or arm it only while the work is live (check a stopped flag there)`;
}

/**
 * The fix when the removal skips entries as it walks (`splice(i, 1)` in a loop going forward) or
 * never runs (inside a lazy iterator helper nothing iterates).
 */
export function walkingRemovalFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const lines = sources.find(([url]) => url === removal?.location.url)?.[1].split("\n");
  if (!removal || !lines) return undefined;
  const at = removal.location.line - 1;
  if (splicesWalkingForward(lines, at)) {
    return `the removal at line ${removal.location.line} splices out of the list its loop walks ` +
      `forward: the next entry slides into the freed slot and i++ steps past it, so of two ` +
      `matching entries in a row the second stays. Walk backwards (from length - 1 down to 0), ` +
      `step back after the splice, or rebuild the list with filter()`;
  }
  if (insideLazyHelper(lines, at)) {
    return `the removal at line ${removal.location.line} runs inside a lazy iterator helper ` +
      `(values().filter(…).map(…)): its callback runs only as the result is iterated, and a ` +
      `result nobody iterates takes nothing out. Iterate it (.toArray(), for…of) or loop over ` +
      `the entries and delete in the loop`;
  }
  return undefined;
}

/**
 * The field orders of a kept key that is an object's JSON and of the object literal a key is
 * rebuilt from, when they are the same fields in another order.
 */
function otherFieldOrder(
  kept: string | undefined,
  rebuilt: string | undefined,
): { kept: string[]; rebuilt: string[] } | undefined {
  const keptFields = /^\{"/.test(kept ?? "")
    ? [...kept!.matchAll(/[{,]"([\w$]+)":/g)].map((m) => m[1])
    : [];
  const literal = /\{([^{}]*)\}/.exec(rebuilt ?? "")?.[1];
  const rebuiltFields = literal?.split(",").map((f) => /^\s*([\w$]+)/.exec(f)?.[1] ?? "") ?? [];
  const same = keptFields.length >= 2 && keptFields.length === rebuiltFields.length &&
    keptFields.every((f) => rebuiltFields.includes(f));
  return same && keptFields.some((f, k) => rebuiltFields[k] !== f)
    ? { kept: keptFields, rebuilt: rebuiltFields }
    : undefined;
}

/**
 * The fix when the removal takes the entry out of a copy an accessor hands out
 * (`get followers() { return [...this.#followers]; }`): the collection keeps it.
 */
export function copyRemovalFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  field: string,
): string | undefined {
  const copy = removesFromCopy(sources, removal, field);
  if (!copy || !removal) return undefined;
  const made = "accessor" in copy
    ? `${copy.accessor} hands out a copy of ${field}`
    : `${copy.local} is a copy of ${field} (${
      copy.call === "[...]" || copy.call === "Array.from" ? copy.call : `${copy.call}()`
    } makes a new array)`;
  return `${made}: the removal at line ${removal.location.line} takes the entry out of that ` +
    `copy, and ${field} keeps it. Take it out of ${field} itself`;
}

/**
 * The fix when the entries keep a WeakRef whose target they also hold strongly
 * (`GrowthRecord.weakHeld`): the target never goes, so what waits for it to go never comes.
 */
export function weakHeldFix(
  sources: [string, string][],
  r: GrowthRecord,
  added: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const w = r.weakHeld;
  if (!w) return undefined;
  const bound = w.via.includes("bound_this");
  const how = bound
    ? " (a function bound to it)"
    : w.via.includes("context")
    ? " (a closure over it)"
    : "";
  // Where the add's function binds it (`const handler = method.bind(owner)`).
  const binding = bound && added ? bindingNear(sources, added) : undefined;
  const at = binding ? `, bound at line ${binding.line} (${binding.text})` : "";
  const waits = removal
    ? `, and the removal at line ${removal.location.line} that waits for that never takes one out`
    : "";
  return `each entry keeps its ${w.target} in a WeakRef (.${w.ref}) and also strongly, through ` +
    `.${w.via.join(" → ")}${how}${at}: the ${w.target} is never collected, deref() never ` +
    `returns undefined${waits}. Hold it only weakly: keep the method unbound and call it on ` +
    `what deref() returns`;
}

/** The line of `added`'s function that calls `.bind(`, if one does. */
function bindingNear(
  sources: [string, string][],
  added: SourceStatement,
): { line: number; text: string } | undefined {
  const fn = enclosingFunction(sources, added.location);
  const lines = sources.find(([url]) => url === added.location.url)?.[1].split("\n");
  if (!fn || !lines) return undefined;
  const body = fn.text.split("\n");
  // The function's first line, up from the add (another function may start with the same).
  let first = -1;
  for (let k = added.location.line - 1; k >= 0 && first < 0; k--) {
    if (lines[k] === body[0]) first = k;
  }
  const k = body.findIndex((l) => /\.\s*bind\s*\(/.test(l) && !isComment(l));
  return first < 0 || k < 0 ? undefined : { line: first + k + 1, text: body[k].trim() };
}

/**
 * The fix when a removal ages entries out by comparing the oldest entry itself with a time
 * (`calls[0] < cutoff`) while the entries are objects: never true. The field to compare is the
 * one the add sets from the clock (`at: now`), when it says.
 */
export function comparedEntryFix(
  removal: SourceStatement | undefined,
  added: SourceStatement | undefined,
): string | undefined {
  if (!removal || !comparesEntryItself(removal)) return undefined;
  const field = /\b([\w$]+)\s*:\s*(?:now|Date\.now\(\s*\)|performance\.now\(\s*\))/.exec(
    added?.text ?? "",
  )?.[1];
  return `the removal above compares the oldest entry itself, an object, with a time: that ` +
    `is never true (an object compares as NaN), so nothing is taken off. Compare its time ` +
    (field ? `(its .${field})` : "field");
}

/**
 * The fix when the removal's loop skips every kept entry by a field they all share
 * (`skippedByShared`).
 */
export function skippedBySharedFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  shared: [string, string][] | undefined,
): string | undefined {
  const lines = removal ? linesAt(sources, removal.location) : undefined;
  const found = lines ? skippedByShared(lines, removal!.location.line - 1, shared) : undefined;
  if (!found) return undefined;
  const skipped = found.runsOnly
    ? `the removal runs only under if (${found.condition}) (line ${found.line + 1}), which ` +
      `fails for every entry with ${found.field}: ${found.value}, and every kept entry has ` +
      `${found.field}: ${found.value}`
    : `the removal is skipped for every entry with ${found.field}: ${found.value} ` +
      `(line ${found.line + 1}: if (${found.condition}) continue;), and every kept entry has ` +
      `${found.field}: ${found.value}`;
  const sets = fieldAssignments(sources, found.field);
  if (!sets.some((a) => a.value !== found.value)) {
    // Nothing sets it back: a state entries end in, skipped for good.
    const where = sets.find((a) => a.value === found.value);
    const at = where ? ` (set at ${where.display})` : "";
    return `${skipped}, and nothing in the program sets ${found.field} otherwise${at}: they ` +
      `are skipped for good. Take such an entry out where it is skipped (delete it, then ` +
      `continue), or when ${found.field} is set`;
  }
  return `${skipped}: what should change ${found.field} on them does not (or changes it on ` +
    `other objects, a copy). Find where ${found.field} is set back and check it reaches these`;
}

/**
 * The fix when every kept entry shares a state (`state: "cancelled"`) that the removal's test
 * looks for spelled otherwise (`TERMINAL_STATES.has(delivery.state)` with `"canceled"` in the
 * set, or `=== "canceled"`): the test never holds for them.
 */
export function misspelledStateFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  shared: [string, string][] | undefined,
): string | undefined {
  const test = removal?.within;
  const text = removal ? sources.find(([url]) => url === removal.location.url)?.[1] : undefined;
  if (!test || text === undefined || !shared) return undefined;
  for (const [field, value] of shared) {
    if (!value.startsWith('"')) continue;
    const state = JSON.parse(value) as string;
    if (state.length < MIN_STATE || !new RegExp(`\\.\\s*${escapeRegExp(field)}\\b`).test(test)) {
      continue;
    }
    // The strings the test compares with: its own, and those of a set or list it looks in.
    const written = [...literalsIn(test).map((l) => ({ l, via: "" }))];
    for (const m of test.matchAll(/([\w$]+)\s*\.\s*(?:has|includes|indexOf)\s*\(/g)) {
      const declared = new RegExp(`\\b(?:const|let|var)\\s+${escapeRegExp(m[1])}\\s*=\\s*([^;]*)`)
        .exec(text)?.[1];
      if (declared) written.push(...literalsIn(declared).map((l) => ({ l, via: m[1] })));
    }
    if (written.some(({ l }) => l === state)) continue;
    const near = written.find(({ l }) => l.length >= MIN_STATE && editDistance(l, state) <= 2);
    if (!near) continue;
    const where = near.via ? `${near.via}, which it looks in, holds "${near.l}"` : `it compares ` +
      `with "${near.l}"`;
    return `every kept entry has ${field}: "${state}", but the test the removal is under ` +
      `(${test.trim().replace(/\s*\{$/, "")}) looks for another spelling: ${where}. It never ` +
      `holds for them. Spell it as the program sets it ("${state}"), or compare with one ` +
      `constant both use`;
  }
  return undefined;
}

/** Shortest state worth matching a spelling against. */
const MIN_STATE = 4;

/** The string literals written in `text`. */
function literalsIn(text: string): string[] {
  return [...text.matchAll(/"([^"\\]*)"|'([^'\\]*)'/g)].map((m) => m[1] ?? m[2]);
}

/** Levenshtein distance of two short strings. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/**
 * The fix when the removal is under `position > rows.length` (or `>` a size) and the position
 * only moves by what it takes from that collection (`this.position += items.length` after
 * `items = this.rows.slice(…)`): it stops at the length, so `>` never holds.
 */
export function pastEndFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const test = removal?.within ?? removal?.text;
  const m = /([\w$.#]+)\s*>\s*([\w$.#]+)\.(length|size)\b/.exec(test ?? "");
  if (!m || !removal) return undefined;
  const [, position, collection, measure] = m;
  const moved = position.split(".").at(-1)!;
  const of = collection.split(".").at(-1)!;
  // The position moves by the length of what a slice of the collection returned.
  const step = new RegExp(`\\.${escapeRegExp(moved)}\\s*\\+=\\s*([\\w$]+)\\.length\\b`);
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const s = isComment(lines[i]) ? null : step.exec(lines[i]);
      if (!s) continue;
      const taken = new RegExp(
        `\\b${escapeRegExp(s[1])}\\s*=\\s*[\\w$.#]*\\.${escapeRegExp(of)}\\s*\\.\\s*slice\\s*\\(`,
      );
      if (!lines.slice(Math.max(0, i - 6), i).some((l) => taken.test(l))) continue;
      return `the removal runs only when ${position} > ${collection}.${measure}, but ${moved} ` +
        `moves by what it takes from ${of} (${sourceLocation(url, i + 1, 1).display}: ` +
        `${lines[i].trim()}), so it stops at ${collection}.${measure} once the last of it is ` +
        `read and never passes it: nothing is taken out. Test >= (it has reached the end)`;
    }
  }
  return undefined;
}

/**
 * The fix when the entries are callbacks a function looks up and calls when their answer comes
 * (`var callback = this._callbacks[msg.id]; … callback(null, msg.result)`) without deleting
 * them, and only another path (a timeout) takes them out: every answered call stays.
 */
export function calledNotDeletedFix(
  sources: [string, string][],
  added: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const holder = /([\w$.#]+)\s*\[[^\]]+\]\s*=(?!=)/.exec(added?.text ?? "")?.[1] ??
    /([\w$.#]+)\s*\.\s*set\s*\(/.exec(added?.text ?? "")?.[1];
  if (!added || !removal || !holder) return undefined;
  const field = escapeRegExp(holder.split(".").at(-1)!);
  const lookup = new RegExp(
    `\\b(?:const|let|var)\\s+([\\w$]+)\\s*=\\s*(?:[\\w$.#]+\\.)?${field}\\s*(?:\\[[^\\]]+\\]|\\.\\s*get\\s*\\([^)]*\\))\\s*;?\\s*$`,
  );
  const deletes = new RegExp(
    `\\bdelete\\s+[\\w$.#]*${field}\\s*\\[|\\.${field}\\s*\\.\\s*delete\\s*\\(|\\.${field}\\s*=(?!=)`,
  );
  const removedIn = enclosingFunction(sources, removal.location);
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const m = isComment(lines[i]) ? null : lookup.exec(lines[i]);
      if (!m) continue;
      const at = sourceLocation(url, i + 1, 1);
      const fn = enclosingFunction(sources, at);
      if (!fn || (removedIn && fn.line === removedIn.line && url === removal.location.url)) {
        continue;
      }
      if (deletes.test(fn.text)) continue;
      const body = lines.slice(i + 1, fn.line - 1 + fn.text.split("\n").length);
      const call = new RegExp(`(?:^|[^\\w$.])${escapeRegExp(m[1])}\\s*\\(`);
      const k = body.findIndex((l) => !isComment(l) && call.test(l));
      if (k < 0) continue;
      return `${fn.name}() looks each entry up and calls it when its answer comes ` +
        `(${at.display}, then line ${i + k + 2}: ${body[k].trim()}) but leaves it in ${holder}: ` +
        `only the removal above takes entries out, and it runs on another path. Every answered ` +
        `one stays. Delete the entry where it is called (or in the ` +
        `callback itself)`;
    }
  }
  return undefined;
}

/**
 * The fix when a timer is cleared (`clearTimeout(ticket.slaTimer)`) on one path of its owner's
 * end and the owner leaves its collection on another without it (`case "merged":
 * this.#tickets.delete(ticket.ref)`): the timer, and the owner it keeps, stay until it fires.
 */
export function unclearedExitFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const m = /\bclear(?:Timeout|Interval)\s*\(\s*([\w$]+)\s*\??\.\s*([\w$#]+)\s*!?\s*\)/.exec(
    removal?.text ?? "",
  );
  const lines = removal && linesAt(sources, removal.location);
  if (!m || !lines) return undefined;
  const [, owner, field] = m;
  const leaves = new RegExp(
    `\\.\\s*(?:delete|splice)\\s*\\(\\s*${escapeRegExp(owner)}\\b|\\.\\s*delete\\s*\\(\\s*${
      escapeRegExp(owner)
    }\\s*\\.`,
  );
  const clears = new RegExp(
    `\\bclear(?:Timeout|Interval)\\s*\\(\\s*${escapeRegExp(owner)}\\s*\\??\\.`,
  );
  const fn = enclosingFunction(sources, removal.location);
  const from = fn ? fn.line - 1 : 0;
  const to = fn ? from + fn.text.split("\n").length : lines.length;
  const exits: string[] = [];
  for (let i = from; i < to && exits.length < 3; i++) {
    if (isComment(lines[i]) || !leaves.test(lines[i])) continue;
    // The branch the exit is in: from its opener to where the indentation drops below it.
    const open = Math.max(from, openerAbove(lines, i + 1) ?? from);
    let close = i + 1;
    while (
      close < to && (!lines[close].trim() || indentation(lines[close]) >= indentation(lines[i]))
    ) {
      close++;
    }
    if (lines.slice(open, close).some((l) => clears.test(l))) continue;
    exits.push(`line ${i + 1} (under ${lines[open].trim().replace(/\s*\{$/, "")})`);
  }
  if (!exits.length) return undefined;
  return `${owner} leaves its collection without clearTimeout(${owner}.${field}) at ` +
    `${exits.join(" and ")}, and only the removal above (line ${removal!.location.line}) ` +
    `clears it: every ${owner} that ends there without having passed the removal keeps its ` +
    `timer, and the timer keeps it until it fires. Clear the timer wherever ${owner} ends`;
}

/**
 * The fix when the add writes an array slot at a sum (`this.items[this.start + this.length] =
 * entry`) whose terms its function moves on without wrapping (`this.start++` once full, no `%`):
 * a ring meant to reuse its slots writes ever further, and the slots behind keep the old entries.
 */
export function unwrappedRingFix(
  sources: [string, string][],
  added: SourceStatement | undefined,
): string | undefined {
  const m = /([\w$.#]+)\s*\[([^\]]*\+[^\]]*)\]\s*=(?!=)/.exec(added?.text ?? "");
  if (!added || !m || m[2].includes("%")) return undefined;
  const [, array, index] = m;
  const fn = enclosingFunction(sources, added.location);
  if (!fn) return undefined;
  const terms = index.split("+").map((s) => s.trim()).filter((s) => /^[\w$.#]+$/.test(s));
  // The bound a term is kept under (`this.length < this.capacity`): that one does not run off.
  const boundOf = (term: string) =>
    new RegExp(`${escapeRegExp(term)}\\s*<=?\\s*([\\w$.#]+)`).exec(fn.text)?.[1];
  const steps = (term: string) =>
    new RegExp(`${escapeRegExp(term)}\\s*(?:\\+\\+|\\+=)|\\+\\+\\s*${escapeRegExp(term)}\\b`)
      .test(fn.text);
  const moved = terms.find((term) => boundOf(term) === undefined && steps(term));
  if (!moved) return undefined;
  const cap = terms.map(boundOf).find((c) => c !== undefined);
  const wrap = cap ? `(${index.trim()}) % ${cap}` : `(${index.trim()}) % its capacity`;
  return `the add writes ${array}[${index.trim()}], and ${fn.name}() moves ${moved} on without ` +
    `wrapping it, so each write lands further along: the slots behind still hold the old ` +
    `entries and ${array} keeps them all. Wrap the index (${array}[${wrap}]), or take the ` +
    `oldest out as a new one goes in`;
}

/**
 * The fix when the removal deletes by a loop over another object's keys (`for (const key of
 * Object.keys(SCHEMA)) forTenant.delete(key)`), an object literal none of whose keys the kept
 * entries are under (`flags.promo-banner-101`): the walk never reaches them.
 */
export function walkedOtherKeysFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  sampleKeys: string[] | undefined,
): string | undefined {
  const loop =
    /for\s*\(\s*(?:const|let|var)\s+([\w$]+)\s+of\s+Object\.keys\s*\(\s*([\w$]+)\s*\)\s*\)/
      .exec(removal?.within ?? "");
  if (!removal || !loop || !sampleKeys?.length) return undefined;
  const [, variable, object] = loop;
  if (!new RegExp(`\\.\\s*delete\\s*\\(\\s*${escapeRegExp(variable)}\\s*\\)`).test(removal.text)) {
    return undefined;
  }
  const lines = linesAt(sources, removal.location);
  const at =
    lines?.findIndex((l) =>
      new RegExp(`\\b(?:const|let|var)\\s+${escapeRegExp(object)}\\s*=\\s*\\{\\s*$`).test(l)
    ) ?? -1;
  if (!lines || at < 0) return undefined;
  // The literal's own keys: the lines one level in.
  const body = blockText(lines, at).split("\n").slice(1, -1)
    .filter((l) => l.trim() && !isComment(l));
  const level = Math.min(...body.map(indentation));
  const keys = body.filter((l) => indentation(l) === level)
    .map((l) => /^\s*["']?([^"':\s]+)["']?\s*:/.exec(l)?.[1])
    .filter((k): k is string => k !== undefined);
  if (!keys.length || sampleKeys.some((k) => keys.includes(k))) return undefined;
  return `the removal deletes only the keys ${object} has (${keys.slice(0, 3).join(", ")}` +
    `${keys.length > 3 ? ", …" : ""}: ${loop[0]}), and the kept entries are under other keys ` +
    `(${sampleKeys.slice(0, 2).map((k) => JSON.stringify(k)).join(", ")}, …): it never reaches ` +
    `them. Delete by the collection's own keys (or clear() it) where everything should go`;
}

/**
 * The fix when the add is in a function that makes and returns a function (a memoizer, a
 * wrapper: `memoize(fn)` registering its cache) and the program calls it inside a function,
 * handing it a function written right there (`const linePrice = memoize((sku) => …)` in
 * `priceBasket()`): a new one, with its own entry, each time that function runs.
 */
export function wrappedPerCallFix(
  sources: [string, string][],
  added: SourceStatement | undefined,
  callers: SourceLocation[] | undefined,
): string | undefined {
  const fn = added ? enclosingFunction(sources, added.location) : undefined;
  if (!fn || !callers?.length) return undefined;
  // It returns a function it made: `return memoized;` of `const memoized = (…) =>`, or inline.
  const made = (returned: string) =>
    new RegExp(
      `\\b(?:const|let|var)\\s+${
        escapeRegExp(returned)
      }\\s*=\\s*(?:async\\s*)?(?:function\\b|\\([^)]*\\)\\s*=>|[\\w$]+\\s*=>)|\\bfunction\\s+${
        escapeRegExp(returned)
      }\\s*\\(`,
    ).test(fn.text);
  const makesFunction =
    [...fn.text.matchAll(/\breturn\s+([\w$]+)\s*;?\s*$/gm)].some((m) => made(m[1])) ||
    /\breturn\s+(?:async\s*)?(?:function\b|\([^)]*\)\s*=>)/.test(fn.text);
  if (!makesFunction) return undefined;
  const inline = new RegExp(
    `\\b${
      escapeRegExp(fn.name)
    }\\s*\\(\\s*(?:async\\s*)?(?:function\\b|\\([^)]*\\)\\s*=>|[\\w$]+\\s*=>)`,
  );
  for (const caller of callers) {
    const line = linesAt(sources, caller)?.[caller.line - 1] ?? "";
    const within = enclosingFunction(sources, caller);
    if (!within || !inline.test(line)) continue;
    return `${fn.name}() makes a new function each call (and the add, line ` +
      `${added!.location.line}, keeps what it made for it), and ${within.name}() calls it every ` +
      `time it runs, handing it a function written right there (${caller.display}: ` +
      `${line.trim()}): one more entry per call, and none is used again. Call ${fn.name}() once, ` +
      `outside ${within.name}() (at module level), and pass what varies as arguments`;
  }
  return undefined;
}

/**
 * The fix when every kept entry has a state (`state: "dead"`) that the program sets in a branch
 * that does not take the entry out (`if (delivery.attempts >= MAX) { delivery.state = "dead";
 * … }`), while the removal runs on another path: the entries that end in that state stay.
 */
export function endStateKeptFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  shared: [string, string][] | undefined,
): string | undefined {
  if (!removal || !shared) return undefined;
  const call = callPrefix(removal.text);
  if (!call) return undefined;
  const removedIn = enclosingFunction(sources, removal.location)?.name;
  for (const [field, value] of shared) {
    if (!value.startsWith('"')) continue;
    const set = new RegExp(
      `\\.${escapeRegExp(field)}\\s*=(?!=)\\s*(["'])${escapeRegExp(JSON.parse(value))}\\1`,
    );
    for (const [url, text] of sources) {
      const lines = text.split("\n");
      const i = lines.findIndex((l) => !isComment(l) && set.test(l));
      if (i < 0) continue;
      // The branch it is set in: its `if` and the block under it.
      const open = openerAbove(lines, i + 1);
      if (open === undefined) continue;
      const branch = /^\s*(?:\}\s*else\s+)?if\s*\(.*\)\s*\{\s*$/.test(lines[open])
        ? blockText(lines, open)
        : undefined;
      if (!branch || branch.replace(/\s+/g, "").includes(call)) continue;
      // Or through the removal's function (`this.finish(d)` where finish() deletes).
      if (removedIn && new RegExp(`(?:^|[^\\w$])${escapeRegExp(removedIn)}\\s*\\(`).test(branch)) {
        continue;
      }
      const at = sourceLocation(url, i + 1, 1).display;
      return `every kept entry has ${field}: ${value}, set at ${at} under ` +
        `${lines[open].trim().replace(/\s*\{$/, "")}, and that branch does not take it out: ` +
        `only the removal above (line ${removal.location.line}) does, on another path. Take ` +
        `the entry out where it becomes ${value} (or move it to a bounded list of such)`;
    }
  }
  return undefined;
}

/** The program's assignments of a field (`x.closed = true`): each value as written, and where. */
function fieldAssignments(
  sources: [string, string][],
  field: string,
): { value: string; display: string }[] {
  const out: { value: string; display: string }[] = [];
  const assign = new RegExp(String.raw`\.${escapeRegExp(field)}\s*=(?!=)\s*([^;,)]+)`);
  for (const [url, text] of sources) {
    text.split("\n").forEach((line, i) => {
      const m = isComment(line) ? null : assign.exec(line);
      if (m) out.push({ value: m[1].trim(), display: sourceLocation(url, i + 1, 1).display });
    });
  }
  return out;
}

/**
 * The fix when the removal sits in a `.then()` fulfilment callback alone
 * (`fulfilledOnlyRemoval`): a promise that rejects keeps its entry.
 */
export function fulfilledOnlyFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const lines = removal ? linesAt(sources, removal.location) : undefined;
  const then = lines ? fulfilledOnlyRemoval(lines, removal!.location.line - 1) : undefined;
  if (then === undefined) return undefined;
  return `the removal (line ${removal!.location.line}) is in the .then() callback of line ` +
    `${then + 1}: it runs only when that promise fulfils, and every entry whose promise rejects ` +
    `stays (a .catch() that only reports the error takes nothing out). Take the entry out in ` +
    `.finally(), or in the rejection path too`;
}

/**
 * The fix when the add's function answers the callback at once under an `if` that goes on to
 * queue it anyway (`answeredThenKept`): once that holds, every callback is kept, and the drain
 * that would let them go does not come again.
 */
export function answeredThenKeptFix(
  sources: [string, string][],
  statement: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const found = statement ? answeredThenKept(sources, statement, removal) : undefined;
  if (!found) return undefined;
  const { line, condition, callback } = found;
  const drain = enclosingFunction(sources, removal!.location)?.name;
  return `when ${condition}, line ${line + 1} calls ${callback} at once and goes on: the add ` +
    `below (line ${statement!.location.line}) keeps it too, though it has had its answer, and ` +
    `only ${drain ? `${drain}()` : "the drain"}, which calls the waiting ones and lets them go ` +
    `(line ${removal!.location.line}), takes them out. Return after calling it (keep ` +
    `${callback} only while it has to wait)`;
}

/**
 * The fix when the removal runs only through a call the add's caller makes with what it got back
 * — a method of it (`lookup.end()` of `const lookup = tracer.startSpan(…)`) or the removal's
 * function handed it (`pool.release(conn)` of `const conn = await pool.acquire()`) — and that
 * caller's function returns or throws before any such call on some path (a cache hit answered
 * early, an error thrown): what it got on that path is never handed back, so it stays. Callers
 * are tried in order (the one the kept entries came through first).
 */
export function unendedCallFix(
  sources: [string, string][],
  callers: SourceLocation[] | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  if (!removal || !callers?.length) return undefined;
  const nameOf = (loc: SourceLocation) => {
    const name = enclosingFunction(sources, loc)?.name;
    return name !== undefined && /^[\w$]+$/.test(name) ? name : undefined;
  };
  // What it is handed to: the removal's function. What is called on it: that, or a function
  // that calls the removal (a method of the entry's class that reports it ended).
  const own = nameOf(removal.location);
  const via = removal.callers ?? (removal.calledUnder ? [removal.calledUnder.location] : []);
  const methods = [own, ...via.map(nameOf)].filter((n): n is string => n !== undefined);
  if (!methods.length) return undefined;
  const alternatives = (names: string[]) => names.map(escapeRegExp).join("|");
  const seen: ReadCaller[] = [];
  for (const caller of callers) {
    const lines = linesAt(sources, caller);
    const made = lines && /\b(?:const|let|var)\s+([\w$]+)\s*=/.exec(lines[caller.line - 1])?.[1];
    const fn = made ? enclosingFunction(sources, caller) : undefined;
    if (!lines || !made || !fn) continue;
    const last = fn.line - 1 + fn.text.split("\n").length;
    const it = escapeRegExp(made);
    const call = new RegExp(
      `(?:^|[^\\w$.])${it}\\s*\\??\\.\\s*(?:${alternatives(methods)})\\s*\\(` +
        (own ? `|(?:^|[^\\w$])(?:[\\w$.]+\\.)?${escapeRegExp(own)}\\s*\\(\\s*${it}\\b` : ""),
    );
    const ends: number[] = [];
    for (let i = caller.line; i < last; i++) {
      if (!isComment(lines[i]) && call.test(lines[i])) ends.push(i);
    }
    // The first call that hands it back, as written (`pool.release(conn)`).
    const ended = ends.length
      ? lines[ends[0]].trim().replace(/^await\s+/, "").replace(/;$/, "")
      : undefined;
    seen.push({ caller, made, fn: fn.name, lines, last, ends, ended });
    for (const i of ends) {
      const skip = skippedByReturn(lines, i, caller.line);
      if (!skip) continue;
      const file = fileOf(caller.display);
      const at = ends.map((k) => k + 1).join(", ");
      return `the removal above runs only through ${ended} (${file}:${at}), and ${fn.name}() ` +
        `returns (or throws) before it when ${skip.condition} (${file}:${skip.line}): every ` +
        `${made} got at line ${caller.line} on that path stays. Do ${ended} on that path too, ` +
        `or once for all paths (in a finally)`;
    }
  }
  return neverEndedFix(seen);
}

/** The file part of a location's display (`app/pool.cjs` of `app/pool.cjs:42`). */
function fileOf(display: string): string {
  return display.replace(/:\d+$/, "");
}

/** A caller of the add's function as {@link unendedCallFix} read it. */
interface ReadCaller {
  caller: SourceLocation;
  made: string;
  fn: string;
  lines: string[];
  last: number;
  /** Its lines (0-based) that hand back what it got. */
  ends: number[];
  /** The first of them, as written; undefined when there is none. */
  ended?: string;
}

/**
 * Of callers that keep what they got in a variable, one that never hands it back while another
 * does (`trendLine()` destroys its renderer in a finally, `salesChart()` never does): what it
 * makes stays. One that hands the variable on (returns it, stores it, passes it) is not one.
 */
function neverEndedFix(seen: ReadCaller[]): string | undefined {
  const ender = seen.find((c) => c.ended !== undefined);
  if (!ender?.ended) return undefined;
  const { ended } = ender;
  for (const c of seen) {
    if (c.ends.length) continue;
    const it = escapeRegExp(c.made);
    // Any use of it but a member's (`chart.draw()`) may hand it on.
    const handedOn = new RegExp(`(?:^|[^\\w$.])${it}(?![\\w$]|\\s*\\??\\.)`);
    if (c.lines.slice(c.caller.line, c.last).some((l) => !isComment(l) && handedOn.test(l))) {
      continue;
    }
    const mine = ended.replace(
      new RegExp(`(?<![\\w$.])${escapeRegExp(ender.made)}\\b`, "g"),
      c.made,
    );
    return `the removal above runs only through ${ended} (${ender.fn}() does it, ` +
      `${fileOf(ender.caller.display)}:${
        ender.ends[0] + 1
      }), and ${c.fn}() never does it for the ${c.made} ` +
      `it gets at ${c.caller.display}: each one made there stays. Do ${mine} there too once its ` +
      `work is done (in a finally)`;
  }
  return undefined;
}

/**
 * The fix when an earlier return of the removal's function skips it on some path (an error
 * reply handled first): the entries whose work ends on that path stay.
 */
export function skippedRemovalFix(
  sources: [string, string][],
  removals: SourceStatement[],
  added?: SourceStatement,
): string | undefined {
  const [removal, ...others] = removals;
  const text = removal ? sources.find(([url]) => url === removal.location.url)?.[1] : undefined;
  if (!removal || text === undefined) return undefined;
  const skip = skippedByReturn(text.split("\n"), removal.location.line - 1);
  if (!skip) return undefined;
  // A return before the add, in the removal's own function, skips the add too (a check of the
  // arguments): nothing to take out. An add after the removal's function (a listener that
  // takes itself off, added below it) is not skipped.
  const own = enclosingFunction(sources, removal.location);
  const ends = own ? own.line + own.text.split("\n").length - 1 : Infinity;
  if (
    added?.location.url === removal.location.url && added.location.line > skip.line &&
    added.location.line <= ends
  ) {
    return undefined;
  }
  // The add's function checks the same first (`if ((err = this._isInvalidKey(key)) != null)
  // throw err` in both set() and del()): no entry that was added fails it.
  const flat = (t: string) => t.replace(/\s+/g, "");
  // The removal's own function, when the add's holds it, is no check of the add's.
  const addedIn = added
    ? enclosingFunction(sources, added.location)?.text.replace(own?.text ?? "\0", "")
    : undefined;
  if (addedIn !== undefined && flat(addedIn).includes(flat(skip.condition))) return undefined;
  // A timeout that would take the entry out too, disarmed on the way (`clearTimeout` first).
  const timerRemoval = skip.clearsTimer
    ? others.find((r) =>
      /\bset(?:Timeout|Interval)\s*\(/.test(enclosingOpener(sources, r.location) ?? "")
    )
    : undefined;
  return `the removal above is skipped when ${skip.condition}: line ${skip.line} returns (or ` +
    `throws) without it, and every entry whose work ends that way stays` +
    (timerRemoval
      ? `; the timer that would also take it out (${timerRemoval.location.display}) is cleared ` +
        `before that`
      : "") +
    `. Take the entry out on that path too, or once for all paths (in a finally)`;
}

/**
 * The fix when the listeners are added by an API the emitter is handed to as an option
 * (`readline.createInterface({ input: engine.stdout })`): each object that call makes listens
 * to the emitter until it is closed, whatever the program takes off itself.
 */
export function handedEmitterFix(
  added: SourceStatement | undefined,
  emitter: string,
): string | undefined {
  if (!added || !emitter) return undefined;
  const m = handedAsOption(pathPattern(emitter.split("."))).exec(added.text);
  if (!m) return undefined;
  return `each ${m[1]}() handed ${emitter} listens to it until what the call made is closed; ` +
    "taking the program's own listeners off that object does not take its listeners off " +
    `${emitter}: make one and reuse it, or close it when its work is done`;
}

/**
 * The fix when the listeners are added by a function the program hands the emitter to as an
 * argument (`pipeline(source, transform, archive, { end: false })`): each call adds its own,
 * which go only when the emitter ends or closes.
 */
export function handedToCallFix(
  sources: [string, string][],
  added: SourceStatement | undefined,
  emitter: string,
): string | undefined {
  const last = emitter.split(".").at(-1);
  const lines = added ? linesAt(sources, added.location) : undefined;
  if (!added || !last || !lines || !/^[\w$]+$/.test(last)) return undefined;
  const call = callText(lines, added.location.line - 1);
  const callee = /([\w$.]+)\s*\(/.exec(call)?.[1];
  const handed = new RegExp(String.raw`[(,]\s*${escapeRegExp(last)}\s*[,)]`);
  if (!callee || callee.endsWith(".on") || !handed.test(call.replace(/\s+/g, " "))) {
    return undefined;
  }
  return `each ${callee}() call adds its own listeners to ${emitter}, which it takes off only ` +
    `when ${emitter} ends or closes: one that lives as long as the process keeps every call's ` +
    `listeners and what they reach. Give each call an object of its own to end, or write to ` +
    `${emitter} without handing it over`;
}

/**
 * The fix when the listeners are added to an AbortSignal that was aborted already
 * (`GrowthRecord.signalAborted`): the event fired before, so they never run.
 */
export function abortedSignalFix(r: GrowthRecord, event: string | undefined): string | undefined {
  if (!r.signalAborted || event !== "abort") return undefined;
  return "the signal was aborted already when these listeners were added: 'abort' fires " +
    "once, so a listener added after it never runs and { once: true } never takes it off; " +
    "only the removal above would. Check signal.aborted before adding (and act on it then), " +
    "or listen on a signal that is still live";
}

/**
 * A note for a listener list whose emitter's limit the program lifted or raised
 * (`listenerLimitLifted`): the warning that would have flagged the pile-up is silenced.
 */
export function listenerLimitNote(
  sources: [string, string][],
  emitter: string,
): string | undefined {
  const found = listenerLimitLifted(sources, emitter.split(".").at(-1) ?? emitter);
  if (!found) return undefined;
  const off = /^(?:0|Infinity|Number\.POSITIVE_INFINITY)$/.test(found.limit);
  return `${found.line.display} ${
    off ? "turns the listener limit off" : "raises the listener limit"
  }` +
    ` (${found.line.text}), ${off ? "silencing" : "delaying"} the MaxListenersExceededWarning ` +
    `that flags this pile-up: put the limit back once the listeners are taken off`;
}

/**
 * The fix when the listener is added with options and taken off without them
 * (`addEventListener(type, fn, options)` … `removeEventListener(type, fn)`): an EventTarget
 * matches a listener by its capture flag too, so a capture listener is never taken off.
 */
export function captureFix(
  added: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const args = (text: string, call: string) => {
    const m = new RegExp(`\\b${call}\\s*\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)`).exec(text);
    return m ? m[1].split(",").filter((a) => a.trim()).length : undefined;
  };
  const add = added ? args(added.text, "addEventListener") : undefined;
  const remove = removal ? args(removal.text, "removeEventListener") : undefined;
  if (add === undefined || remove === undefined || add < 3 || remove >= 3) return undefined;
  // Options written out without capture (`{ once: true }`) add without it: both match.
  const options =
    /addEventListener\s*\((?:[^(),]|\([^()]*\))*,(?:[^(),]|\([^()]*\))*,\s*(\{[^{}]*\}|false)\s*\)/
      .exec(added!.text)?.[1];
  if (options !== undefined && !/\bcapture\s*:\s*(?!false\b)/.test(options)) return undefined;
  return "removeEventListener takes a listener off only when its capture flag is the one it " +
    "was added with: the add above passes options, the removal above passes none, so a " +
    "listener added with capture: true is never taken off. Pass the same options (or at least " +
    "the capture flag) to both";
}

/** A comparison of times: a clock read, or a field named for a moment or a lifetime. */
const TIME_BOUND =
  /\b(?:now|[\w$]*(?:[eE]xpir\w*|[tT]tl|[dD]eadline|[tT]ime(?:stamp)?)|[a-z][\w$]*At)\b/;

/**
 * The fix when the removal is a bound that counts something else than the holder (`while
 * (this.#bytes > this.maxBytes)`, `while (this.#recency.length > this.capacity)`): the holder
 * grew past it, so that count drifts from what the holder keeps.
 */
export function boundFix(
  removal: SourceStatement | undefined,
  holder: string,
  field: string,
): string | undefined {
  const condition = /^(?:\}\s*)?(?:while|if)\s*\((.*)\)\s*\{?\s*$/.exec(removal?.within ?? "")?.[1];
  // Not a guard that it is not empty (`queue.size > 0 &&`): the bound is what comes after.
  const bound = condition?.split(/&&|\|\|/).map((c) => c.trim()).find((c) =>
    /[<>]=?/.test(c) && !/^[\w$.#()]+\s*(?:>\s*0|>=\s*1|!==?\s*0)$/.test(c)
  );
  if (!bound || new RegExp(`(?:^|[^\\w$])${escapeRegExp(field)}(?![\\w$])`).test(bound)) {
    return undefined;
  }
  // A time, not a count: the removal takes out what has expired, and what never does stays.
  if (TIME_BOUND.test(bound)) {
    return `the removal above takes out only entries past a time (${bound}): an entry with ` +
      `no expiry, or one further off than the program runs, stays. Check what the kept ` +
      `entries hold there (one is shown above); give every entry a maximum age, or bound ` +
      `${holder} by its own size`;
  }
  return `the removal above runs only while ${bound}, which counts something other than ` +
    `${holder} itself: the holder grew past that bound, so the count drifts from what it keeps. ` +
    `Keep the count in step (the same amounts added and taken away, for the same keys), or ` +
    `bound ${holder} by its own size`;
}

/**
 * The fix when the removal trims a local copy of the holder (`let { revisions } = board` …
 * `revisions = revisions.slice(-max)`): the local gets a new array, the holder keeps all.
 */
export function trimmedLocalFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  holder: string,
): string | undefined {
  const local = removal ? trimmedLocal(sources, removal) : undefined;
  return local
    ? `the trim above gives the local ${local} a new, shorter array; ${holder} itself keeps ` +
      `every entry. Trim it in place (${local}.splice(0, ${local}.length - max)), or assign ` +
      `the shorter array back to the property`
    : undefined;
}

/**
 * The fix when the add and its removal compute their key alike but each computation makes a
 * new value (a `Symbol()`): the removal never matches what was stored.
 */
export function freshKeyFix(
  sources: [string, string][],
  statement: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  if (!statement || !removal) return undefined;
  const fresh = freshKey(sources, statement.text, removal.text);
  if (!fresh) return undefined;
  return `the removal above never matches: ${fresh} each time, so the key it deletes is not ` +
    `the one stored. Make the key once, keep it (beside the entry), and delete with that same key`;
}

/**
 * The fix when a value is rebuilt as a new empty collection and filled again by writes into it
 * (a hash table's rehash re-inserting its slots): the rebuild carries every old entry over.
 */
export function rebuildFix(rebuiltBy: SourceStatement | undefined): string | undefined {
  if (!rebuiltBy) return undefined;
  return `each rebuild (${
    rebuiltBy.text.trim().replace(/;$/, "")
  }, line ${rebuiltBy.location.line}) puts every ` +
    `old entry back and the new ones come on top: leave out the entries no longer wanted ` +
    `(removed, expired, marked deleted) when rebuilding, or take them out when they are done`;
}

/**
 * The fix when the holder is kept in order by `sort()` with a comparator that returns a
 * boolean (`(a, b) => a.expiresAt > b.expiresAt`): sort() reads it as 0 or 1, never less than
 * zero, so the order is not kept and a removal that stops at the first entry not due stops
 * early. `name` is the holder's last name.
 */
export function booleanSortFix(sources: [string, string][], name: string): string | undefined {
  const last = /([#\w$]+)$/.exec(name)?.[1];
  if (!last) return undefined;
  const sort = new RegExp(
    `(?:^|[^\\w$])${
      escapeRegExp(last)
    }\\s*\\.\\s*sort\\s*\\(\\s*\\(?\\s*[\\w$]+\\s*,\\s*[\\w$]+\\s*\\)?\\s*=>\\s*([^;{}?:]*?[<>]=?[^;{}?:]*?)\\)\\s*;?\\s*$`,
  );
  for (const [, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const body = sort.exec(lines[i])?.[1];
      if (!body || isComment(lines[i]) || /[-+]|localeCompare|\bMath\./.test(body)) continue;
      return `${last} is sorted at line ${i + 1} with a comparator that returns a boolean ` +
        `(${body.trim()}): sort() reads it as 0 or 1, never less than zero, so the order is not ` +
        `kept and the removal above, which stops at the first entry not due, stops early. ` +
        `Return a number (a.x - b.x)`;
    }
  }
  return undefined;
}

/**
 * The fix when the removal hands a collection's method to another call without its object
 * (`done.forEach(this.#entries.delete, this)`): called on something else, it throws (or does
 * nothing), so no entry goes.
 */
export function detachedMethodFix(removal: SourceStatement | undefined): string | undefined {
  const m = /([#\w$.]+)\s*\.\s*(delete|splice|shift|pop|clear|removeListener|off)\s*(?=[,)])/.exec(
    removal?.text ?? "",
  );
  if (!m || /\.\s*bind\s*\(/.test(removal!.text)) return undefined;
  const [, owner, method] = m;
  return `the removal above hands ${owner}.${method} on as a bare function: called that way ` +
    `its \`this\` is not ${owner}, so it throws (or does nothing) and no entry goes. Call it ` +
    `on ${owner}: (x) => ${owner}.${method}(x)`;
}

/**
 * The fix when the removal is in a method the program hands on without its object
 * (`unboundMethodRemoval`): it runs on another `this`.
 */
export function unboundMethodFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const found = unboundMethodRemoval(sources, removal);
  if (!found) return undefined;
  const { method, handed } = found;
  return `${method}(), where the removal is, is handed on as a bare function ` +
    `(${handed.display}: ${handed.text}): called that way its \`this\` is not the object it ` +
    `belongs to (a timer's callback gets the timer), so it changes that and never takes this ` +
    `one's entries out. Hand it on bound: () => this.${method}()`;
}

/**
 * The fix for a growing value made of versions that each link the one before (`{ …, prev }`),
 * by how the program reads that link (`linkReads`): one step back only, or not at all, and
 * the whole chain stays for nothing.
 */
export function linkReadFix(
  sources: [string, string][],
  r: GrowthRecord,
  kind: LeakSuspect["kind"],
  statement: SourceStatement | undefined,
): string | undefined {
  const link = r.rebuilt?.link;
  // A prototype chain (`Object.create(previous)`) is read by every property lookup: its own fix.
  if (
    kind !== "growing value" || !statement || !link || link === "__proto__" ||
    !/^[A-Za-z_$][\w$]*$/.test(link)
  ) {
    return undefined;
  }
  const { reads, first } = linkReads(sources, link, statement);
  if (reads === "walked") return undefined;
  const cut = `Cut the link one step further back when making a new one (the value it replaces ` +
    `gets .${link} = undefined first), or keep the last few in a bounded list`;
  return reads === "never"
    ? `each new value links the one before through .${link}, which nothing reads: every ` +
      `earlier value stays for nothing. Do not keep the link, or: ${cut}`
    : `each new value links the one before through .${link}, and .${link} is read only one ` +
      `step back (${first!.display}: ${first!.text}), yet that one keeps its own .${link}, and ` +
      `so on: every earlier value stays. ${cut}`;
}

/**
 * The fix when the add puts new entries at the front (`unshift`) and the removal takes them off
 * the front too, where the newest is: a prune by age or count there takes what was just added
 * (or nothing), and the oldest, at the end, stay.
 */
export function newestTakenFix(
  statement: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  if (!statement || !removal || !addsAtFront(statement) || !takesFromFront(removal)) {
    return undefined;
  }
  return `the add puts new entries first (line ${statement.location.line}) and the removal ` +
    `takes from the front too (line ${removal.location.line}), where the newest is: what it ` +
    `checks there is never old, and the oldest, at the end, stay. Check and take from the end ` +
    `(at(-1) and pop()), or add with push()`;
}

/**
 * The fix when the removal's function clears a property by leaving it undefined (`delete
 * node.value`, `node.value = undefined`) and then tests it strictly against null (`child.value
 * !== null`): undefined is not null, so the test reads the cleared property as set.
 */
export function strictNullFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const body = removal ? enclosingFunction(sources, removal.location)?.text : undefined;
  if (!body) return undefined;
  for (
    const m of body.matchAll(
      /\bdelete\s+([\w$.]+)\.([\w$]+)|([\w$.]+)\.([\w$]+)\s*=\s*undefined\b/g,
    )
  ) {
    const field = m[2] ?? m[4];
    const cleared = m[0].trim();
    const test = new RegExp(`[\\w$.]+\\.${escapeRegExp(field)}\\s*[!=]==\\s*null\\b`).exec(body);
    if (!test) continue;
    return `\`${cleared}\` leaves ${field} undefined, and \`${test[0]}\` tells undefined from ` +
      `null: the cleared ${field} reads as set there, so the removal stops before it takes ` +
      `anything out. Test with \`${test[0].replace(/([!=])==/, "$1=")}\` (null or undefined), or ` +
      `clear it to null`;
  }
  return undefined;
}

/**
 * The fix when the removal, inside the add's own function, deletes by another of its variables
 * than the add's key (`deletesOtherVariable`): nothing is under that key.
 */
export function otherVariableKeyFix(
  sources: [string, string][],
  statement: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  if (!statement || !removal || statement.location.url !== removal.location.url) return undefined;
  const lines = linesAt(sources, removal.location);
  if (!lines) return undefined;
  const found = deletesOtherVariable(
    lines,
    removal.location.line - 1,
    statement.location.line - 1,
  );
  if (!found) return otherKeyAtHandFix(lines, statement, removal);
  const target = removalCalls(removal.text)[0]?.receiver ?? "it";
  return `the removal (line ${removal.location.line}) deletes ${found.removed}, but the entries ` +
    `go in under ${found.added}${
      found.addedAs ? ` (${found.addedAs})` : ""
    } (line ${statement.location.line}, the same function): ${
      found.addedAs ? "wherever the two differ, " : ""
    }nothing is under ${found.removed}, so nothing is taken out. Delete by the key added: ` +
    `${target}.delete(${found.added})`;
}

/**
 * The fix when the removal is reached only through an entry's timer that another function
 * clears without taking the entry out (`clearedTimerStrands`).
 */
export function clearedTimerFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const at = atRemoval(sources, removal, clearedTimerStrands);
  if (!at) return undefined;
  const { lines, found: { clear, clearer, handle, armed }, line } = at;
  const name = calledAs(lines, clearer);
  return `${name}() clears ${handle} (line ${clear + 1}: ${quote(lines[clear])}), the timer ` +
    `armed at line ${armed + 1} that is the way to the removal (line ${line}), and takes ` +
    `nothing out itself: every entry whose timer ` +
    `${name}() clears stays. Take the entry out where the timer is cleared`;
}

/**
 * The fix when another function takes the entry out of the removal's partner collection only
 * (`partnerRemovedAlone`).
 */
export function partnerAloneFix(
  sources: [string, string][],
  statement: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const at = statement
    ? atRemoval(sources, removal, (lines, k) => partnerRemovedAlone(lines, k, statement.text))
    : undefined;
  if (!at) return undefined;
  const { lines, found } = at;
  const name = calledAs(lines, found.fn);
  return `${name}() (line ${found.line + 1}) takes the entry out of the other collection ` +
    `(${found.shared}) as the removal's function does, but not out of this one: every entry ` +
    `whose work ends in ${name}() stays. Take it out there too: ${removal!.text.trim()}`;
}

/**
 * The fix when the removal is an iterator's `return()` that a wrapper without one keeps from
 * running (`wrapperWithoutReturn`).
 */
export function wrapperReturnFix(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const found = wrapperWithoutReturn(sources, add, removal);
  if (!found) return undefined;
  const { wrapper, defined, wrapped } = found;
  return `the removal runs in the iterator's return(), which a loop calls when it stops early ` +
    `(break, return, throw); but the program iterates it through ${wrapper}() ` +
    `(${wrapped.display}: ${wrapped.text}), whose iterator (${defined.display}) has next() and ` +
    `no return(): stopping early calls return() on ${wrapper}'s iterator, which has none, so ` +
    `this one never runs and every entry stays. Give ${wrapper}'s iterator a return() that ` +
    `calls the source's, or write ${wrapper} as an async generator`;
}

/** The fix when the removal's function reads another clock than the add's (`mixedClocks`). */
export function mixedClocksFix(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const found = mixedClocks(sources, add, removal);
  if (!found) return undefined;
  const { removalClock, removalLine, addClock, addLine } = found;
  // A time the caller hands in is read in another file, maybe: then named with its file.
  const removalAt = fileOf(removalLine.display) === fileOf(removal!.location.display)
    ? `line ${removalLine.line}`
    : removalLine.display;
  return `the removal's time comes from ${removalClock} (${removalAt}: ` +
    `${removalLine.text}) but the entries' from ${addClock} (line ${addLine.line}: ` +
    `${addLine.text}): performance.now() counts from the process's start and Date.now() ` +
    `from 1970, so comparing the two is never what it means and the entries are never due. ` +
    `Use one clock for both: ${addClock} at ${removalAt} too, as the entries ` +
    `keep its time`;
}

/**
 * The fix when a call hands the removing function a function made right there
 * (`freshFunctionRemoval`): a new one each call, never the one that was added.
 */
export function freshFunctionFix(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const clip = (a: string) => a.length > 60 ? `${a.slice(0, 57)}…` : a;
  const found = freshFunctionRemoval(sources, removal);
  if (found) {
    return `${found.fn}() is handed ${clip(found.argument)} at ${found.call.display}: a ` +
      `function made there, a new one each call and never the one that was added, so nothing ` +
      `is taken out. Make it once and keep it (bind it in the constructor, or keep the arrow ` +
      `in a field), and hand that same function to both`;
  }
  const added = freshFunctionAdded(sources, add, removal);
  if (!added) return undefined;
  const other = added.removeCall
    ? ` (${added.removeCall.display} hands ${clip(added.removeArgument!)})`
    : "";
  return `${added.fn}() is handed ${clip(added.argument)} at ${added.call.display}: a function ` +
    `made there and kept nowhere, so no later call can hand ${added.remover}() that same ` +
    `one${other} and it is never taken out. Keep that function (bind once, in the ` +
    `constructor, or keep what ${added.fn}() returns) and hand the same one to both`;
}

/**
 * The fix when the removal's value is looked up by a key the add transforms first
 * (`transformedLookup`).
 */
export function transformedLookupFix(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const found = transformedLookup(sources, add, removal);
  if (!found) return undefined;
  return `the removal reaches these through ${found.lookup} (line ${found.lookupLine}), but ` +
    `they are filed under ${found.filed} (line ${found.filedLine}): for any key written ` +
    `otherwise the lookup finds nothing and the removal never runs. Look up by ${found.filed} ` +
    `(make the key in one place, used by both)`;
}

/**
 * The fix when the removal deletes by the value the add's key was made from
 * (`transformedKeyRemoval`).
 */
export function transformedKeyFix(
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
  sources: [string, string][] = [],
): string | undefined {
  const found = transformedKeyRemoval(add, removal, sources);
  if (!found) return undefined;
  return `the entries go in under ${found.key} (line ${add!.location.line}) but the removal ` +
    `(line ${removal!.location.line}) deletes by ${found.removed}, ${found.from} as it came, ` +
    `not made into the key: whenever the two differ the entry stays. Delete by the same key ` +
    `(${found.meant})`;
}

/**
 * The fix when the removal's condition reads a name its module does not define
 * (`missingImport`): undefined, so the comparison never holds.
 */
export function missingImportFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const found = missingImport(sources, removal);
  if (!found) return undefined;
  const near = found.near.length ? ` (it has ${found.near.join(", ")})` : "";
  return `${found.name} comes from ${found.module} (line ${found.line}), which defines no ` +
    `${found.name}${near}: it is undefined, so the test around the removal (line ` +
    `${removal!.location.line}) never holds and nothing is taken out. Use the name the ` +
    `module defines`;
}

/**
 * The fix when the function handed to the removal was registered through a method that adds a
 * wrapper instead (`wrappedRegistration`).
 */
export function wrappedRegistrationFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const w = wrappedRegistration(sources, removal);
  if (!w) return undefined;
  return `${w.fn}() is handed ${w.handed} (${w.call.display}), which was registered through ` +
    `${w.via}() (${w.viaCall.display}); ${w.via}() adds ${w.wrapper}, a function it makes ` +
    `around it (${w.wrapperLine.display}), so ${w.fn}() looks for ${w.handed}, never finds ` +
    `it, and the entry stays. Take out what ${w.via}() added: keep the original on the ` +
    `wrapper (${w.wrapper}.listener = …) and have ${w.fn}() match either, as Node's ` +
    `EventEmitter does`;
}

/** The fix when entries are filed under each of several keys and removed by one (`filedUnderEach`). */
export function filedUnderEachFix(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const found = filedUnderEach(sources, add, removal);
  if (!found) return undefined;
  return `each entry is filed under every one of its ${found.each} (line ${found.loop.line}: ` +
    `${found.loop.text}), but the removal (line ${removal!.location.line}) takes out only the ` +
    `${found.removed} it is given: what that held stays under its other ${found.each}. When an ` +
    `entry goes, take it out under each of its ${found.each}, and drop what is left empty`;
}

/** The fix when the removal deletes one part of a key built from several (`keyPartRemoval`). */
export function keyPartFix(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const found = keyPartRemoval(sources, add, removal);
  if (!found) return undefined;
  return `the entries go in under ${found.key} (line ${found.built.line}), but the removal ` +
    `(line ${removal!.location.line}) deletes ${found.part}, one part of that key: nothing is ` +
    `under it alone, so nothing is taken out. Delete by the whole key (keep it on the entry)`;
}

/**
 * The fix for listeners added with `{ once: true }` to a target whose event has not fired:
 * `once` takes a listener off only when it runs.
 */
export function onceNotFiredFix(
  sources: [string, string][],
  add: SourceStatement | undefined,
  event: string | undefined,
): string | undefined {
  const lines = add ? linesAt(sources, add.location) : undefined;
  if (!lines || !/\bonce\s*:\s*true\b/.test(callText(lines, add!.location.line - 1))) {
    return undefined;
  }
  return `{ once: true } takes a listener off only when ${event ? `'${event}'` : "its event"} ` +
    `fires, and it has not: every listener stays with what it holds. Remove it when its work ` +
    `is done (removeEventListener in a finally), or give each piece of work its own signal ` +
    `(AbortSignal.any([shared, own]))`;
}

/**
 * The fix when the removal takes out of the same field of another object than the add puts
 * into (`otherOwnerRemoval`).
 */
export function otherOwnerFix(
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const found = otherOwnerRemoval(add, removal);
  if (!found) return undefined;
  const owner = (r: string) => r.split(".").slice(0, -1).join(".");
  return `the add puts entries in ${found.added} (line ${add!.location.line}) and the removal ` +
    `takes them out of ${found.removed} (line ${removal!.location.line}): the same field of ` +
    `another object, the same one only when ${owner(found.removed)} is ` +
    `${owner(found.added)}, so every other entry stays. Take it out of ${found.added}`;
}

/**
 * The fix when the removal is guarded by an identity test of the entry against a new object its
 * function made (`comparedWithCopy`): never true.
 */
export function comparedCopyFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const at = atRemoval(sources, removal, comparedWithCopy);
  if (!at) return comparedOtherFix(sources, removal);
  const { lines, found: { condition, copy, made, read }, line } = at;
  return `the removal (line ${line}) runs only when ${condition}, but ${copy} ` +
    `is a new object made at line ${made + 1} (${quote(lines[made])}), never the one kept ` +
    `there: the test is never true, so nothing is taken out. Compare with ` +
    (read ? `${read}, the entry the function read before copying it` : "the entry itself");
}

/**
 * The fix when a removal in another function deletes by another key than the add's while the
 * add's key is at hand there (`deletesOtherKey`); where the add's key field is set, if found.
 */
function otherKeyAtHandFix(
  lines: string[],
  statement: SourceStatement,
  removal: SourceStatement,
): string | undefined {
  const found = deletesOtherKey(lines, removal.location.line - 1, statement.location.line - 1);
  if (!found) return undefined;
  const { removed, added } = found;
  // An object literal's property (a comma after it), not a type's field (`fqdn: string;`).
  const field = added.includes(".") ? escapeRegExp(added.split(".").at(-1)!) : undefined;
  const setAt = field === undefined
    ? -1
    : lines.findIndex((l) =>
      !isComment(l) && new RegExp(String.raw`^\s*${field}\s*:\s*\S.*,\s*$`).test(l)
    );
  return `the removal (line ${removal.location.line}) deletes ${removed}, but the entries go ` +
    `in under ${added} (line ${statement.location.line}` +
    (setAt >= 0 ? `; set at line ${setAt + 1}: ${quote(lines[setAt])}` : "") +
    `), which the removal's function has too: where the two differ nothing is taken out. ` +
    `Delete by ${added}`;
}

/**
 * The fix when the removal's index comes from comparing each entry with one of the entries'
 * own fields (`comparedWithField`): never equal, so nothing is spliced out.
 */
export function comparedFieldFix(
  sources: [string, string][],
  statement: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const lines = removal ? linesAt(sources, removal.location) : undefined;
  if (!lines || !statement || statement.location.url !== removal!.location.url) return undefined;
  const found = comparedWithField(lines, removal!.location.line - 1, statement.location.line - 1);
  if (!found) return undefined;
  const { compared, lookupAt, fields, madeAt } = found;
  return `the removal's index comes from comparing each entry with ${compared} (line ` +
    `${lookupAt + 1}: ${quote(lines[lookupAt])}), but the entries are objects ` +
    `{${fields.join(", ")}} (line ${madeAt + 1}) that hold ${compared} as a field, never equal ` +
    `to it: the index is -1 and nothing is taken out. Compare the field ` +
    `(entry.${compared} === ${compared})`;
}

/** The fix when the identity guard compares with another variable than the one stored. */
function comparedOtherFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const at = atRemoval(sources, removal, comparedWithOther);
  if (!at) return undefined;
  const { lines, found: { condition, compared, stored, storedAt }, line } = at;
  return `the removal (line ${line}) runs only when ${condition}, but what ` +
    `is stored there is ${stored} (line ${storedAt + 1}: ${quote(lines[storedAt])}), not ` +
    `${compared}: the test is never true, so nothing is taken out. Compare with ${stored}`;
}

/**
 * What `detect` finds at the removal's line in its file (`at` 0-based), with the file's lines
 * and the removal's line number: what each fix read off the removal's line starts from.
 */
function atRemoval<T>(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  detect: (lines: string[], at: number) => T | undefined,
): { lines: string[]; found: T; line: number } | undefined {
  const lines = removal ? linesAt(sources, removal.location) : undefined;
  const found = lines ? detect(lines, removal!.location.line - 1) : undefined;
  return lines && found !== undefined ? { lines, found, line: removal!.location.line } : undefined;
}

/** A file's name, from its URL (`reminders.ts`). */
function fileName(url: string): string | undefined {
  return url.split("/").at(-1);
}

/** A function's name as the program calls it: a private method by its `#` name. */
function calledAs(lines: string[], name: string): string {
  const priv = new RegExp(`#${escapeRegExp(name)}\\s*\\(`);
  return lines.some((l) => priv.test(l)) ? `#${name}` : name;
}

/**
 * The fix when the removal sits in a generator's `finally`: it runs only when the generator
 * finishes or is returned, and one whose consumer stops iterating stays suspended with what
 * it added.
 */
export function generatorFinallyFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const g = removal ? generatorFinally(sources, removal.location) : undefined;
  if (!g) return undefined;
  return `the removal above is in ${g.name}()'s finally, which runs only when the generator ` +
    `finishes or is returned: a consumer that stops early (a timeout, a race, an error, a ` +
    `break out of its own next() loop) leaves it suspended, and what it added stays. Call its ` +
    `return() on every path where the consumer stops (in a finally around the use; an async ` +
    `generator's return() waits for a pending next(), so end that wait too)`;
}

/**
 * The fix when the removal runs from a timer that a clear-then-re-arm never arms again: the
 * handle `clearTimeout` left set makes the arming function return (`clearedHandleSkipsArm`).
 */
export function clearedHandleFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const at = atRemoval(sources, removal, clearedHandleSkipsArm);
  if (!at) return undefined;
  const { lines, found: { clear, guard, handle } } = at;
  const arm = calledAs(lines, at.found.arm);
  return `line ${clear + 1} clears ${handle} (${lines[clear].trim()}) and then calls ${arm}(), ` +
    `but clearTimeout leaves ${handle} set, so ${arm}() returns at line ${guard + 1} ` +
    `(${lines[guard].trim()}) and the timer that runs the removal is never armed again: the ` +
    `entry stays. Set ${handle} = null after clearing it (or test something the clear changes)`;
}

/**
 * The fix when the add's function calls the removal's as it returns on one path and returns
 * on another without it (`exitSkipping`): work that ends there keeps its entry.
 */
export function exitSkipsFix(
  sources: [string, string][],
  statement: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  if (!statement || !removal || statement.location.url !== removal.location.url) return undefined;
  const lines = linesAt(sources, removal.location);
  const opened = enclosingFunction(sources, removal.location);
  const found = lines ? exitSkipping(lines, statement.location.line - 1, opened?.name) : undefined;
  if (!lines || !found || !opened) return undefined;
  const fn = calledAs([lines[opened.line - 1]], opened.name);
  const skipped = lines[found.skips].trim();
  return `${fn}(), where the removal is, runs when the add's function returns after line ` +
    `${found.calls + 1} but not when it returns after line ${found.skips + 1} (${skipped}): ` +
    `entries of work that ends there stay. Call ${fn}() on that path too, or take the entry ` +
    `out wherever the work ends`;
}

/**
 * The fix when the removal deletes the very value its function then adds (`delete(next)` before
 * `this.#addToIndex(next)`): it meant the value that one replaces, which stays.
 */
export function deletedAddFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const lines = removal
    ? sources.find(([url]) => url === removal.location.url)?.[1].split("\n")
    : undefined;
  if (!lines || !removal) return undefined;
  const added = deletesWhatItAdds(lines, removal.location.line - 1);
  if (added === undefined) return undefined;
  const value = /\(\s*([\w$]+)\s*\)/.exec(removal.text.slice(removal.text.search(/delete|indexOf/)))
    ?.[1];
  return `the removal takes out ${value}, which its function adds right after (line ${
    added + 1
  }): it is not there yet, so nothing goes, and the entry it replaces stays. Take out the ` +
    `value it replaces (the one read before ${value} was made)`;
}

/**
 * The fix when the removal is in a sweep over the holder that stops at the first entry still
 * fresh (`if (entry.expires > now) break;`): it assumes entries expire in the order they were
 * added, and one that lives longer keeps every entry behind it.
 */
export function stoppedSweepFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const loop = removal?.within;
  if (!removal || !loop || !/^\s*(?:for|while)\b/.test(loop)) return undefined;
  const lines = linesAt(sources, removal.location);
  const k = lines ? stopsAtFirstFresh(lines, removal.location.line - 1) : -1;
  if (!lines || k < 0) return undefined;
  return `the sweep stops at the first entry that is not due yet (line ${k + 1}: ` +
    `${lines[k].trim()}), as if entries came due in the order they were added: one that ` +
    `lives longer keeps every entry after it. Check every entry (continue, not break), or ` +
    `keep them in the order they come due`;
}

/**
 * The fix when the removal's test compares a property the entries hold as a string with `<` or
 * `>` (`comparedAsText`): against a number it is never true, so nothing goes.
 */
export function textComparedFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  textFields: string[] | undefined,
): string | undefined {
  const field = comparedAsText(sources, removal, textFields);
  if (!field) return undefined;
  return `the entries hold .${field} as a string (line ${removal!.location.line} compares it ` +
    `with < or >): against a number (a time from Date.now()) the test is never true, so ` +
    `nothing is taken out. Compare numbers: store a number there, or convert it ` +
    `(Date.parse(…)) before comparing`;
}

/**
 * The fix when the removal's test compares a property the entries hold as a string with `===`
 * or `!==` against a number (`comparedWithNumber`): they are never equal, so nothing goes.
 */
export function textEqualsNumberFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  textFields: string[] | undefined,
): string | undefined {
  const found = comparedWithNumber(sources, removal, textFields);
  if (!found) return undefined;
  const made = found.madeAt ? ` (${found.madeAt.display}: ${found.madeAt.text})` : "";
  return `the entries hold .${found.field} as a string, but the removal's test ` +
    `\`${found.test}\` compares it strictly with ${found.against}, a number${made}: ` +
    `a string is never === a number, so no entry is ever matched and taken out. Store one ` +
    `type: convert .${found.field} where the entries are made, or compare converted values`;
}

/**
 * The fix when the add is guarded by an `in` test of the array it pushes to
 * (`inTestOfArray`): the guard never finds a value, so every call adds.
 */
export function inArrayFix(
  sources: [string, string][],
  add: SourceStatement | undefined,
): string | undefined {
  const found = inTestOfArray(sources, add);
  if (!found) return undefined;
  return `\`${found.test}\` (line ${found.line.line}) asks whether the array has an index or ` +
    `property of that name, not whether it holds that value: it is false for every value, so ` +
    `each call adds again. Look the value up (find()/some()), or key a Map or Set by it`;
}

/**
 * The fix when the removal's function splices from the front by a count that can be -1
 * (`spliceOfNotFound`): `splice(0, -1)` takes nothing out.
 */
export function notFoundSpliceFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const found = spliceOfNotFound(sources, removal);
  if (!found) return undefined;
  const own = found.line.line === removal!.location.line;
  const emptied = own ? "" : `, so ${found.array} never empties and the removal above never runs`;
  return `line ${found.line.line}'s \`${found.line.text}\` takes nothing out when ` +
    `${found.count} is -1 (not found: no entry to keep, all of them due) — splice(0, -1) ` +
    `removes none${emptied}. Take them all in that case: splice(0, i === -1 ? ` +
    `${found.array}.length : i)`;
}

/**
 * The fix when the removal finds its entry from fields its caller changes just before
 * calling it (`movedKeyRemoval`): it looks under the new key.
 */
export function movedKeyFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const found = movedKeyRemoval(sources, removal);
  if (!found) return undefined;
  const fields = found.fields.map((f) => `${found.param}.${f}`).join(", ");
  return `${found.fn}() finds the entry from ${fields}, which ${found.caller}() changes ` +
    `before calling it (${found.assignment.display}: ${found.assignment.text}): it looks under ` +
    `the new key, and the entry filed under the old one stays. Call ${found.fn}() before ` +
    `changing them, or keep the key each entry was filed under`;
}

/**
 * The fix when the removal computes the key again from what the add computed it from
 * (`recomputedKeyRemoval`): if that changed in between, it deletes another key.
 */
export function recomputedKeyFix(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const found = recomputedKeyRemoval(sources, add, removal);
  if (!found) return undefined;
  return `the removal computes the key again, ${found.expression}, when it runs, while the ` +
    `entry went in under ${found.key}, computed when the work began (${found.computed.display}: ` +
    `${found.computed.text}): if what the key is built from changes in between, it deletes ` +
    `another key and the entry stays. Delete by the key the entry was added under: ` +
    `${found.target}.delete(${found.key})`;
}

/**
 * The fix when the function the removal is in never runs: the program calls it nowhere
 * (`uncalledRemoval`).
 */
export function uncalledRemovalFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const found = uncalledRemoval(sources, removal);
  if (!found) return undefined;
  return `nothing in the program calls ${found.fn}() (${found.display}), where the removal ` +
    `above is: no entry is ever taken out. Call it when an entry's work is done (keep what ` +
    `the add returns and hand it back), or use the API that scopes entries to the work`;
}

/**
 * The fix when the removal reads its key from a field the add's function sets before it
 * awaits (`sharedFieldRemoval`): overlapping calls overwrite it.
 */
export function sharedFieldFix(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const found = sharedFieldRemoval(sources, add, removal);
  if (!found) return undefined;
  return `the removal takes its key from this.${found.field} (${found.read.display}: ` +
    `${found.read.text}), which ${found.adding}() sets before it awaits (${found.set.display}: ` +
    `${found.set.text}): a call that starts while another waits overwrites it, so the ` +
    `earlier one's entry is never taken out. Pass the entry along (a parameter or a local ` +
    `kept across the await) instead of reading the shared field`;
}

/**
 * The fix when the add copies a collection into this one and the function then empties the
 * source (`mergedGeneration`): nothing empties this one.
 */
export function mergedGenerationFix(
  sources: [string, string][],
  add: SourceStatement | undefined,
): string | undefined {
  const found = mergedGeneration(sources, add);
  if (!found) return undefined;
  return `each pass copies ${found.from} into ${found.into} and empties ${found.from}, but ` +
    `nothing ever empties ${found.into}: entries only move on. Replace it instead of merging ` +
    `(${found.into} = ${found.from}; ${found.from} = a new one), so what it held goes`;
}

/**
 * The fix when the removal deletes a property written with a dot whose name is a variable
 * (`literalKeyDelete`): the entry under the variable's key stays.
 */
export function literalKeyFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const lines = removal ? linesAt(sources, removal.location) : undefined;
  const fn = removal ? enclosingFunction(sources, removal.location) : undefined;
  if (!removal || !lines) return undefined;
  const found = literalKeyDelete(lines, removal.location.line - 1, (fn?.line ?? 1) - 1, "[\\w$#]+");
  if (!found) return undefined;
  const { target, key } = found;
  return `\`delete ${target}.${key}\` deletes the property named "${key}", not the entry under ` +
    `the key the variable ${key} holds, so nothing is taken out: write delete ${target}[${key}]`;
}

/**
 * The fix when the add puts back what the removal took out, reached by falling through from
 * the removal's case (`fallThroughReadd`).
 */
export function fallThroughFix(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const label = fallThroughReadd(sources, removal, add);
  if (!label) return undefined;
  return `line ${removal!.location.line} takes the entry out, but its case has no break and ` +
    `falls through into \`${label.text}\` (line ${label.line}), whose line ` +
    `${add!.location.line} puts one back under the same key: every entry taken out returns. ` +
    `End the case after the removal (break or return), or skip the add for a key just removed`;
}

/** Classes climbed from an entry's class towards the one whose method removes it. */
const MAX_SUBCLASS_HOPS = 6;

/**
 * The fix when the removal runs from a method of a class the entries' own class extends
 * (`Resource.close()` taking `this` out, or `SeatWatcher.close()` calling the feed's
 * `unwatch(this)`) and a class between them overrides that method without calling it
 * (`DemoSession.close()` with no `super.close()`): closing one of them never runs the removal.
 */
export function overrideSkipsFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  entryClass: string | undefined,
): string | undefined {
  if (!removal || !entryClass || !/^[\w$]+$/.test(entryClass)) return undefined;
  const removing = enclosingFunction(sources, removal.location)?.name;
  const owner = enclosingClass(sources, removal.location);
  if (!removing || !owner || owner === entryClass) return undefined;
  // The entries' class and its ancestors.
  const chain: NonNullable<ReturnType<typeof classDeclaration>>[] = [];
  for (let cls: string | undefined = entryClass; cls && chain.length < MAX_SUBCLASS_HOPS;) {
    const found = classDeclaration(sources, cls);
    if (!found) break;
    chain.push(found);
    cls = found.parent;
  }
  // The ancestor whose method runs the removal: the removal's own class, or one whose method
  // calls the removing function (`this.feed.unwatch(this)`).
  const calls = new RegExp(`(?:^|[^\\w$])${escapeRegExp(removing)}\\s*\\(`);
  let at = chain.findIndex((c) => c.name === owner);
  let method = removing;
  if (at < 0) {
    at = chain.findIndex((c, k) => {
      if (k === 0) return false;
      const m = c.methods().find((m) => calls.test(m.body.split("\n").slice(1).join("\n")));
      if (m) method = m.name;
      return m !== undefined;
    });
  }
  if (at <= 0) return undefined;
  const callsSuper = new RegExp(`\\bsuper\\s*\\.\\s*${escapeRegExp(method)}\\s*\\(`);
  for (const c of chain.slice(0, at)) {
    const own = c.methods().find((m) => m.name === method);
    if (!own) continue;
    // Overridden: it reaches the removal only through super.
    if (callsSuper.test(own.body)) continue;
    // The override sets the flag the overridden method returns early on (`this.closed =
    // true`, then `if (this.closed) return` there): a late super call would do nothing.
    const guard = guardField(sources, removal);
    const sets = guard !== undefined &&
      new RegExp(`\\bthis\\s*\\.\\s*${escapeRegExp(guard)}\\s*=(?!=)`).test(own.body);
    const base = chain[at].name;
    return `${c.name} overrides ${method}() (${fileName(c.url)}:${own.line}) without calling ` +
      `super.${method}(), which takes the entry out (${base}.${method}()` +
      `${base === owner ? "" : ` through ${owner}.${removing}()`}, ` +
      `${fileName(removal.location.url)}:${removal.location.line}): every ${entryClass} stays. ` +
      (sets
        ? `Call super.${method}() from it instead of setting this.${guard} itself: ` +
          `${base}.${method}() returns at once when this.${guard} is already set`
        : `Call super.${method}() from it`);
  }
  return undefined;
}

/** The field an early return above `removal` in its function tests (`if (this.closed) return`). */
function guardField(sources: [string, string][], removal: SourceStatement): string | undefined {
  const lines = linesAt(sources, removal.location);
  if (!lines) return undefined;
  for (let k = removal.location.line - 2; k >= 0 && k >= removal.location.line - 8; k--) {
    const m = /\bif\s*\(\s*this\s*\.\s*([\w$]+)\s*\)\s*return\b/.exec(lines[k]);
    if (m) return m[1];
    if (functionOpened(lines[k])) break;
  }
  return undefined;
}

/**
 * Where `class name` is declared: its name, file, lines, line index, the class it extends, and
 * its methods (name, 1-based line, text): the functions its body opens at its members' depth.
 */
function classDeclaration(sources: [string, string][], name: string) {
  const declared = classDeclared(sources, name);
  if (!declared) return undefined;
  const { url, line: at, parent } = declared;
  const lines = declared.text.split("\n");
  const methods = () => {
    const body = blockText(lines, at).split("\n");
    const member = body.slice(1).find((line) => line.trim() && !isComment(line));
    const depth = member === undefined ? -1 : indentation(member);
    const out: { name: string; line: number; body: string }[] = [];
    body.forEach((line, n) => {
      const opened = n > 0 && indentation(line) === depth ? functionOpened(line) : undefined;
      if (opened) out.push({ name: opened, line: at + n + 1, body: blockText(body, n) });
    });
    return out;
  };
  return { name, url, lines, at, parent, methods };
}

/**
 * The fix when the removal's class declares its own private field of the name its base class
 * keeps the entries in (`#drafts` in both): a private name belongs to the class that declares
 * it, so the subclass's removal takes out of its own, empty field.
 */
export function shadowedPrivateFix(
  sources: [string, string][],
  statement: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const field = /\bthis\s*\.\s*(#[\w$]+)\s*\.\s*(?:delete|remove|splice|clear)\s*\(/.exec(
    removal?.text ?? "",
  )?.[1];
  if (!field || !statement || !removal) return undefined;
  const own = enclosingClass(sources, removal.location);
  const adding = enclosingClass(sources, statement.location);
  if (!own || !adding || own === adding) return undefined;
  const declares = (cls: ReturnType<typeof classDeclaration>) => {
    const body = cls ? blockText(cls.lines, cls.at).split("\n") : [];
    const k = body.findIndex((l) =>
      new RegExp(String.raw`^\s*${escapeRegExp(field)}\s*[=;:]`).test(l)
    );
    return k < 0 ? undefined : cls!.at + k + 1;
  };
  const sub = classDeclaration(sources, own);
  // The add's class is an ancestor of the removal's: walk up the extends chain.
  let base = sub;
  for (let hops = 0; base && base.name !== adding && hops < 8; hops++) {
    base = base.parent ? classDeclaration(sources, base.parent) : undefined;
  }
  const subLine = declares(sub);
  const baseLine = declares(base);
  if (!sub || !base || subLine === undefined || baseLine === undefined) return undefined;
  return `${own} declares its own ${field} (${fileName(sub.url)}:${subLine}) beside ${adding}'s ` +
    `(${
      fileName(base.url)
    }:${baseLine}): a private name belongs to the class that declares it, so ` +
    `this.${field} in ${own} (line ${removal.location.line}) is its own empty collection and ` +
    `the entries ${adding} adds are never taken out. Drop ${own}'s ${field} and let ${adding} ` +
    `remove them (call super's method)`;
}

/** The fix when the add skips the cap another add of the same holder keeps (`capSkippedBy`). */
export function skippedCapFix(
  sources: [string, string][],
  statement: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const other = capSkippedBy(sources, removal, statement?.location);
  if (other === undefined) return undefined;
  return `the add at line ${statement!.location.line} skips the cap that the add at line ` +
    `${other} keeps (line ${removal!.location.line}): entries added there are never trimmed. ` +
    `Add through the capped path, or trim after this add too`;
}

/**
 * The fix when the only removal deletes the key its function is about to set again (an expiry
 * checked when a key is read again): a key that never comes again is never taken out.
 */
export function readdedOnlyFix(
  sources: [string, string][],
  statement: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  if (!removesOnlyReadded(sources, removal, statement?.location)) return undefined;
  return `the removal (line ${removal!.location.line}) runs only when the same key is added ` +
    `again (line ${statement!.location.line}): an entry whose key never comes back stays for ` +
    `good. Take entries out when they expire or their work is done (a sweep on a timer or on ` +
    `each add), or bound the collection`;
}

/**
 * The fix when the call that takes things back names them otherwise than the add did: both
 * name them by a literal (`on(`tariff.${this.id}`, …)`, then `off(`.${this.id}`)`) and the two
 * differ, so unless the receiver reads them as one name, nothing goes.
 */
export function otherNameFix(
  statement: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const named = (text: string | undefined) =>
    /\.\s*[\w$]+\s*\(\s*('[^']*'|"[^"]*"|`[^`]*`)\s*[,)]/.exec(text ?? "")?.[1];
  const added = named(statement?.text);
  const removed = named(removal?.text);
  if (!added || !removed || added === removed) return undefined;
  return `the removal passes ${removed} where the add passed ${added}: unless the receiver ` +
    `reads the two as one name, it takes nothing back. Take it back by the name it was added ` +
    `under (${added})`;
}

/**
 * The fix when a listener is removed with another function or object than it was added with
 * (`addEventListener("status", this)`, then `removeEventListener("status",
 * this.handleEvent)`), or with `bind()`, which makes a new function each time: the removal
 * finds nothing to remove.
 */
export function otherListenerFix(
  statement: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const removed = listenerArgument(removal?.text, UNLISTEN_CALLS);
  // A function written inline as the listener goes on past the add's line.
  const inline = new RegExp(
    `\\.\\s*(?:${LISTEN_CALLS})\\s*\\(\\s*[^,]+,\\s*((?:async\\s+)?(?:function\\b\\s*\\*?\\s*[\\w$]*|\\([^)]*\\)\\s*=>|[\\w$]+\\s*=>))`,
  ).exec(statement?.text ?? "")?.[1];
  if (inline && removed && !/^(?:async\s+)?(?:function\b|\(|[\w$]+\s*=>)/.test(removed)) {
    const fn = inline.replace(/\s+/g, " ").trim();
    const named = /function\s*\*?\s*([\w$]+)/.exec(fn)?.[1] ?? "listener";
    return `the listener added is the function written there (${fn} …, line ` +
      `${statement!.location.line}), a new one each time it runs, but the removal above passes ` +
      `${removed}, which was never added: it removes only the very function that was added, so ` +
      `nothing goes. Keep the function that is added (this.${named} = …) and remove that one`;
  }
  const added = listenerArgument(statement?.text, LISTEN_CALLS);
  if (!added || !removed) return undefined;
  if (added !== removed) {
    return `the removal above passes ${removed}, but the listener added was ${added}: it ` +
      `removes only the very function or object that was added, so nothing goes. Remove ` +
      `${added} (keep it where the removal can reach it)`;
  }
  if (/\.\s*bind\s*\(/.test(added)) {
    return `${added} makes a new function each time, so the removal's is not the one added ` +
      `and nothing goes: bind once (in the constructor, or a class field arrow) and pass that ` +
      `same function to both`;
  }
  return undefined;
}

/**
 * The listener a call of one of `calls` (`on|addEventListener|…`) passes, its second argument,
 * trimmed; a TypeScript non-null assertion (`this.onDeposit!`) names the same function.
 */
function listenerArgument(text: string | undefined, calls: string): string | undefined {
  const m = new RegExp(`\\.\\s*(?:${calls})\\s*\\(`).exec(text ?? "");
  const args = m ? splitArguments(text!.slice(m.index + m[0].length)) : undefined;
  return args && args.length >= 2 ? args[1].trim().replace(/!$/, "") : undefined;
}

/**
 * The fix when the listener is kept in a field its function sets anew before adding it
 * (`this.onDeposit = (e) => …; target.addEventListener("x", this.onDeposit)`) and that function
 * runs more than once per object (called from the constructor and from `remind()`): each run
 * replaces the function the field held without taking it off, so the removal, which passes the
 * field, takes off only the last one added.
 */
export function replacedHandleFix(
  sources: [string, string][],
  statement: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const field = listenerArgument(statement?.text, LISTEN_CALLS);
  if (!statement || !field || !/^this\.[\w$#]+$/.test(field)) return undefined;
  if (listenerArgument(removal?.text, UNLISTEN_CALLS) !== field) return undefined;
  const fn = enclosingFunction(sources, statement.location);
  const lines = linesAt(sources, statement.location);
  if (!fn || !lines) return undefined;
  const assigned = new RegExp(`(?:^|[^\\w$.])${escapeRegExp(field)}\\s*=(?!=)`);
  const takenOff = new RegExp(`\\.\\s*(?:${UNLISTEN_CALLS})\\s*\\(`);
  let set = -1;
  for (let i = fn.line - 1; i < statement.location.line - 1; i++) {
    if (isComment(lines[i])) continue;
    if (takenOff.test(lines[i])) return undefined;
    if (assigned.test(lines[i])) set = i;
  }
  if (set < 0) return undefined;
  const callers = findCallers(sources, statement.location, 6);
  if (callers.length < 2) return undefined;
  const from = callers.map((c) => {
    const by = enclosingFunction(sources, c)?.name;
    return `${by ? `${by}(), ` : ""}line ${c.line}`;
  }).join("; ");
  return `each run of ${fn.name}() (called from ${from}) puts a new function in ${field} (line ` +
    `${set + 1}) and adds it, without taking off the one ${field} held: the removal (line ` +
    `${removal!.location.line}) takes off only the last one added, and every earlier one stays ` +
    `with what it keeps. Take the old listener off before replacing it (or add it once and ` +
    `keep it)`;
}

/**
 * The fix when the add's caller files entries under one field of an object and the removal's
 * caller, in the same function, hands another (`otherFieldHanded`).
 */
export function otherFieldHandedFix(
  sources: [string, string][],
  added: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  const found = added && removal ? otherFieldHanded(sources, added, removal) : undefined;
  if (!found) return undefined;
  const { kind, adds, removes } = found;
  const into = `the entries go in under ${found.added} (${adds.fn}() at ${adds.call.display})`;
  if (kind === "part") {
    return `${into}, but ${removes.fn}() is handed ${found.removed} alone at ` +
      `${removes.call.display}: only a part of the keys they are under, so it matches none and ` +
      `nothing is taken out. Remove every key made from ${found.removed} (keep them listed ` +
      `under it), or key the entries by ${found.removed} alone`;
  }
  const object = found.added.split(".")[0];
  return `${into}, but ${removes.fn}() is handed ${found.removed} at ${removes.call.display}: ` +
    `another field of ${object}, which no entry is filed under, so nothing is taken out there. ` +
    `Hand ${removes.fn}() ${found.added}`;
}

/**
 * The fix when the removal deletes what an iterator's `next()` returns (`map.delete(
 * map.keys().next())`): a new `{ value, done }` each time, never a key, so nothing goes.
 */
export function iteratorResultFix(removal: SourceStatement | undefined): string | undefined {
  const key = /\.\s*delete\s*\((.*\.\s*next\s*\(\s*\))\s*\)/.exec(removal?.text ?? "")?.[1];
  if (!key) return undefined;
  const shown = key.replace(/\s+/g, "");
  return `the removal above never matches: ${shown} is the iterator's result, a new { value, ` +
    `done } object each time, not a key, so nothing is deleted and the bound never holds. ` +
    `Delete ${shown}.value`;
}

/**
 * The fix when the holder is trimmed by a filter with an async callback (`pending =
 * pending.filter(async (e) => …)`): the callback returns a promise, always truthy, so the
 * filter keeps every entry.
 */
export function asyncFilterFix(sources: [string, string][], name: string): string | undefined {
  const last = /([#\w$]+)$/.exec(name)?.[1];
  if (!last) return undefined;
  const re = new RegExp(
    `(?:^|[^\\w$])${
      escapeRegExp(last)
    }\\s*=\\s*[\\w$.#]*\\.\\s*(filter|some|every|find|findIndex)\\s*\\(\\s*async\\b`,
  );
  for (const [, text] of sources) {
    const m = text.split("\n").map((l) => isComment(l) ? null : re.exec(l)).find((x) => x);
    if (m) {
      return `${last} is trimmed by ${m[1]}() with an async callback: it returns a promise, ` +
        `which is always truthy, so every entry stays. Decide first (await the checks, e.g. ` +
        `with Promise.all), then ${m[1]} on the results`;
    }
  }
  return undefined;
}

/**
 * The fix when the growing field belongs to an object the program reuses (a pool's context)
 * and the class's reset-like method skips it: each reuse keeps what the last one added.
 */
export function skippedResetFix(
  sources: [string, string][],
  r: GrowthRecord,
): string | undefined {
  const steps = r.path?.steps ?? [];
  const field = steps.at(-1)?.edge?.replace(/^\./, "");
  const owner = steps.at(-2)?.node;
  if (!field || !owner) return undefined;
  const method = findSkippingReset(sources, owner, field);
  // A package's own class resets its internals as the package sees fit: not the program's
  // reuse (mobx's ObservableMap.clear() beside the program's map).
  if (method && isDependencyUrl(method.location.url)) return undefined;
  const name = method && /([\w$]+)\s*\(/.exec(method.text)?.[1];
  return method && name
    ? `${owner}.${name}() (${method.location.display}) readies each ${owner} for reuse but ` +
      `leaves ${field} as it is, so every reuse keeps what the last one added: clear it there`
    : undefined;
}

/**
 * The fix when the removal is the function the adding method returns (`subscribe(fn)` returns
 * `() => this.subscribers.delete(fn)`): the entries come out only when a caller calls it. A
 * caller that keeps those functions in a list (`this.sources.push(source.subscribe(…))`) and
 * then replaces or empties the list without calling them (`this.sources = []`) is where they
 * are lost; a place that calls them before it empties the list is how to do it.
 */
export function droppedDisposerFix(
  sources: [string, string][],
  added: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  if (!added || !removal || !RETURNED_FUNCTION.test(removal.text)) return undefined;
  const opener = enclosingOpener(sources, added.location) ?? "";
  const method = /(?:^|[\s.])(?:async\s+)?(?:function\s+)?([\w$]+)\s*\([^)]*\)\s*\{\s*$/.exec(
    opener.replace(/^['"`]|['"`]$/g, ""),
  )?.[1];
  if (!method || /^(?:if|for|while|switch|catch|function)$/.test(method)) return undefined;
  const m = escapeRegExp(method);
  const keeps = new RegExp(`([\\w$.#]+)\\.push\\(\\s*[^;]*\\.${m}\\s*\\(`);
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    const at = lines.findIndex((l) => keeps.test(l));
    if (at < 0) continue;
    const list = keeps.exec(lines[at])![1];
    const l = escapeRegExp(list);
    const emptied = new RegExp(
      `(?:^|[^\\w$.#])${l}\\s*=\\s*(?:\\[\\s*\\]|null|undefined|new\\s)|` +
        `(?:^|[^\\w$.#])${l}\\.length\\s*=\\s*0|(?:^|[^\\w$.#])${l}\\.splice\\(\\s*0\\s*\\)`,
    );
    const callsEach = new RegExp(`\\bof\\s+${l}\\b|${l}\\.forEach\\(`);
    // Emptied with no call of its elements on the lines just before: dropped.
    const near = (i: number) => lines.slice(Math.max(0, i - 3), i).some((x) => callsEach.test(x));
    // Where the list is made (a declaration, a constructor) holds nothing yet.
    const made = (i: number) =>
      /\b(?:const|let|var)\s/.test(lines[i]) ||
      /\bconstructor\s*\(/.test(enclosingOpener(sources, sourceLocation(url, i + 1, 1)) ?? "");
    const drop = lines.findIndex((x, i) => emptied.test(x) && !near(i) && !made(i));
    if (drop < 0) continue;
    const release = lines.findIndex((x, i) => emptied.test(x) && near(i));
    const file = (i: number) => sourceLocation(url, i + 1, 1).display;
    return `the entries come out only when the function ${method}() returns is called ` +
      `(${removal.location.display}); ${file(at)} keeps those in ${list}, and ${file(drop)} ` +
      `(${lines[drop].trim()}) drops them without calling them: call each before emptying ` +
      `${list}` + (release >= 0 ? ` (as ${file(release - 1)} does)` : "");
  }
  // A call whose result is not kept at all (the statement is the call).
  const ignores = new RegExp(`^\\s*(?:await\\s+)?[\\w$.#]+\\.${m}\\s*\\(`);
  for (const [url, text] of sources) {
    const at = text.split("\n").findIndex((l) => ignores.test(l));
    if (at < 0 || (url === added.location.url && at + 1 === added.location.line)) continue;
    return `the entries come out only when the function ${method}() returns is called ` +
      `(${removal.location.display}); ${sourceLocation(url, at + 1, 1).display} calls ` +
      `${method}() and drops what it returns: keep it and call it when the work is done`;
  }
  return undefined;
}

/** A statement that returns a function (`return () => …`, `return function …`). */
const RETURNED_FUNCTION =
  /^\s*return\s+(?:async\s+)?(?:\([^)]*\)|[\w$]+)\s*=>|^\s*return\s+function\b/;

/**
 * The fix when the holder is a package's, kept in an object the program made (`keptIn`): its
 * code is not the program's to change, so the fix is in how the program makes or uses it —
 * the package's bound where the program makes it, or the package's removal called when an
 * entry's work is done (said when nothing in the program calls it).
 */
export function packageHolderFix(
  sources: [string, string][],
  keptIn: NonNullable<LeakSuspect["keptIn"]>,
  addedAt: SourceLocation | undefined,
  removal: SourceStatement | undefined,
  entryName = "",
  registered?: SourceStatement,
): string | undefined {
  const pkg = addedAt ? packageOf(addedAt.url) : undefined;
  if (!pkg) return undefined;
  const fnOf = (r: SourceStatement) =>
    packageOf(r.location.url) === pkg ? enclosingFunction(sources, r.location)?.name : undefined;
  // Callbacks the program registers (`$store.listen(cb)`): taken off by what the registration
  // offers, or registered once.
  if (registered) {
    const off = removal ? fnOf(removal) : undefined;
    // The removal sits in the registering method itself (`listen()` returns the function
    // that takes the callback off): what the program keeps of the call is the way out.
    const returned = off !== undefined &&
      new RegExp(String.raw`\.\s*${escapeRegExp(off)}\s*\(`).test(registered.text);
    const through = returned
      ? `the function ${off}() returns (${removal!.location.display})`
      : `${off}() (${removal?.location.display})`;
    return `${pkg} keeps each callback the program registers at ` +
      `${registered.location.display} in its ${keptIn.name}` +
      (off ? `, and drops one only through ${through}` : "") +
      `: take each off when its work is done (call the unsubscribe the registration returns, ` +
      `or the package's off), or register once and look the work up from there`;
  }
  // Keyed by objects made per call (a schema literal per compile): each is a new key.
  if (literalKeys(entryName)) {
    return `${pkg} keeps these in the program's ${keptIn.name} under the object it is handed ` +
      `(${entryName.slice(0, entryName.indexOf(" → "))}), compared by identity: the program ` +
      `hands it a new one each time, so each is kept. Make that object once and hand the same ` +
      `one again (or keep what ${pkg} returns for it)`;
  }
  // The options are those of the package the program made its object with (cache-manager's
  // createCache), which may not be the one whose code keeps the entries (Keyv's).
  const options = madeWith(sources, keptIn.location) ?? pkg;
  const bound = `bound it where the program makes it (${keptIn.location.display}) with ` +
    `${options}'s options (a maximum, an expiry that sweeps, a store meant to hold this many)`;
  const fn = removal ? fnOf(removal) : undefined;
  const kept = `${pkg} keeps these in the program's ${keptIn.name}`;
  if (!removal || !fn) return `${kept}, and nothing takes them out: ${bound}`;
  const call = new RegExp(String.raw`\.\s*${escapeRegExp(fn)}\s*\(`);
  const called = sources.some(([url, text]) => !isDependencyUrl(url) && call.test(text));
  return `${kept}, and they leave only through ${fn}() (${removal.location.display})` +
    `${called ? "" : ", which nothing in the program calls"}: ${bound}; or call ${fn}() ` +
    `when an entry's work is done`;
}

/** Calls that read or discard a response or stream a callback is handed. */
const READS_HANDED = String
  .raw`\.\s*(?:resume|pipe|pipeTo|read|destroy|cancel|text|json|arrayBuffer)\s*\(|\.\s*on\s*\(\s*["'](?:data|readable)["']`;

/**
 * The fix when a runtime object keeps what a call hands its callback until that is read (an
 * http.Agent's socket stays busy until its response is consumed): the callback reads its
 * argument on some paths (`res.resume()`) but returns before that on another (`if
 * (res.statusCode === 404) return resolve(null);`), leaving it unread.
 */
export function unreadBranchFix(
  sources: [string, string][],
  statement: SourceStatement | undefined,
  owner: string,
): string | undefined {
  const param = statement
    ? /(?:\(\s*([\w$]+)\s*(?:,\s*[\w$]+\s*)*\)\s*=>|\bfunction\s*[\w$]*\s*\(\s*([\w$]+)[^)]*\))\s*\{\s*$/
      .exec(statement.text)
    : undefined;
  const lines = statement ? linesAt(sources, statement.location) : undefined;
  const name = param?.[1] ?? param?.[2];
  if (!statement || !lines || !name) return undefined;
  const reads = new RegExp(`(?:^|[^\\w$.])${name.replace(/\$/g, "\\$")}\\s*${READS_HANDED}`);
  let depth = 0;
  let early: number | undefined;
  for (let i = statement.location.line - 1; i < lines.length; i++) {
    const line = lines[i];
    if (i >= statement.location.line && depth >= 1) {
      if (reads.test(line)) {
        if (early === undefined) return undefined;
        return `${owner} keeps each ${name} the callback above is handed until it is read: the ` +
          `callback returns at line ${early + 1} (${lines[early].trim()}) without reading ` +
          `${name}, as it does at line ${i + 1} (${line.trim()}). Read or discard it there too ` +
          `(${name}.resume() drops an unread body), or destroy it`;
      }
      if (early === undefined && /\breturn\b/.test(line)) early = i;
    }
    for (const c of line) {
      if (c === "{") depth++;
      else if (c === "}") depth--;
    }
    if (depth <= 0 && i >= statement.location.line) return undefined;
  }
  return undefined;
}

/**
 * The fix when a value the program appends to is cut or reset only under a condition
 * (`if (res.status === 200)` around `pending = pending.slice(body.length)`): the value grew,
 * so the condition did not hold for most of the work. A test for exactly 200 misses the other
 * successes (201 Created, 202 Accepted, 204 No Content).
 */
export function conditionalResetFix(removal: SourceStatement | undefined): string | undefined {
  const condition = removal?.within;
  if (!removal || !condition || !/^(?:\}\s*)?(?:if|else)\b/.test(condition)) return undefined;
  const status = /\bstatus(?:Code)?\s*===?\s*200\b/.test(condition)
    ? ": a success other than 200 (201 Created, 202 Accepted, 204 No Content) skips it, so " +
      "test for any 2xx (res.ok, or status < 300)"
    : ": check why it does not hold (log it where it is tested), or cut the value on every " +
      "path that ends the work";
  return `the value is cut only under \`${condition}\` (line ${removal.location.line}), and it ` +
    `grew, so that did not hold for most of the work${status}`;
}

/**
 * The fix when the removal runs inside a `try` after a call that can fail and the `catch`
 * keeps everything (`await insertRows(sending)` then the cut; the catch keeps the rows for the
 * next try): while that call fails, nothing is ever taken out, and each retry carries more.
 */
export function failedCallKeepsFix(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): string | undefined {
  const lines = removal ? linesAt(sources, removal.location) : undefined;
  if (!removal || !lines) return undefined;
  const at = removal.location.line - 1;
  const own = indentation(lines[at]);
  // The `try {` the removal's block opens with, and the calls before the removal in it.
  let open = -1;
  for (let i = at - 1; i >= 0; i--) {
    if (!lines[i].trim() || indentation(lines[i]) >= own) continue;
    if (/^\s*try\s*\{\s*$/.test(lines[i])) open = i;
    break;
  }
  if (open < 0) return undefined;
  const call = lines.slice(open + 1, at).map((l) =>
    /(?:^|[^\w$.])(?:await\s+)([\w$.]+)\s*\(/.exec(l)?.[1]
  ).find((c) => c !== undefined);
  if (!call) return undefined;
  const caught = lines.findIndex((l, i) =>
    i > at && indentation(l) === indentation(lines[open]) && /^\s*\}\s*catch\b/.test(l)
  );
  if (caught < 0) return undefined;
  // The catch takes out nothing itself.
  const end = lines.findIndex((l, i) =>
    i > caught && l.trim() !== "" && indentation(l) <= indentation(lines[open])
  );
  const handler = lines.slice(caught + 1, end < 0 ? undefined : end).join("\n");
  const target = /^\s*((?:this\s*\.\s*)?[#\w$.]+)\s*=/.exec(lines[at])?.[1];
  if (target && new RegExp(`(?:^|[^\\w$.])${dottedPattern(target)}\\s*=(?!=)`).test(handler)) {
    return undefined;
  }
  return `the removal above runs only when ${call}() succeeds: when it fails, the catch (line ` +
    `${caught + 1}) keeps everything, so while it keeps failing nothing is taken out and each ` +
    `retry carries more. Bound what is kept after a failure (drop the oldest past a cap, or ` +
    `spill it), and give up or back off after a few tries`;
}

/**
 * The fix when each entry keeps a typed array made as a view of a bigger buffer (a `subarray`
 * of a whole image kept as its "strip"): the view keeps all of that buffer's memory.
 */
export function viewKeepsBufferFix(
  sources: [string, string][],
  statement: SourceStatement | undefined,
  entry: EntryKeeps | undefined,
): string | undefined {
  if (!statement || !entry?.keeps.some((k) => k.name === "system / JSArrayBufferData")) {
    return undefined;
  }
  const view = viewMadeFor(sources, statement);
  if (!view) return undefined;
  return `what each entry keeps is made as a view of a bigger buffer (${view.location.display} ` +
    `\`${view.text}\`): a view shares its buffer's memory, so the whole buffer stays with it, ` +
    `however few bytes it shows. Copy the part that is kept (slice() copies, as does new ` +
    `Uint8Array(view)), so the buffer can go; and bound the collection if entries should not ` +
    `stay for good`;
}

/**
 * The fix when each entry keeps slices of a big string (`title`, `description` cut out of a
 * fetched page): V8 keeps a slice as a pointer into the whole string, so the page stays too.
 */
export function keptSliceFix(r: GrowthRecord, entry: EntryKeeps | undefined): string | undefined {
  // Only when the string is most of what an entry keeps.
  if (!r.slices || !entry || r.slices.parentBytes * 2 < entry.bytesEach) return undefined;
  const fields = r.slices.fields.map((f) => `.${f}`).join(", ");
  return `each entry's ${fields} ${r.slices.fields.length === 1 ? "is a slice" : "are slices"} ` +
    `of a ${formatBytes(r.slices.parentBytes)} string (what ${
      r.slices.fields.length === 1 ? "it was" : "they were"
    } cut from), and V8 keeps a slice as a view of the whole string, so each entry keeps all of ` +
    `it. Store copies of the parts (structuredClone(part) makes a new string), and bound the ` +
    `collection if entries should not stay for good`;
}

/**
 * The fix when a map's keys are route labels — a request method and path (`GET /appointments/
 * apt-101`, `method=GET,route=/products/SKU-101,status=200`) — that differ only in one path
 * segment holding an id: meant per route (metrics, limits), it gets an entry per id, each kept.
 */
export function pathIdKeyFix(keys: string[] | undefined): string | undefined {
  // A method beside the path marks a route's label, not a cache's URL, whose keys rightly hold
  // the id.
  const method = /(?:^|[^A-Za-z])(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)(?![A-Za-z])/;
  if (!keys || keys.length < 2 || !keys.every((k) => method.test(k))) return undefined;
  const parts = keys.map((k) => /^(.*?)(\/[^\s,;|"'&]*)(.*)$/.exec(k));
  if (parts.some((p) => !p || p[1] !== parts[0]![1] || p[3] !== parts[0]![3])) return undefined;
  const split = parts.map((p) => p![2].split("/"));
  if (split.some((p) => p.length !== split[0].length)) return undefined;
  const differ = split[0].map((_, i) => i).filter((i) => split.some((p) => p[i] !== split[0][i]));
  if (differ.length !== 1) return undefined;
  const at = differ[0];
  if (!split.every((p) => /\d/.test(p[at]))) return undefined;
  const path = split[0].map((seg, i) => i === at ? ":id" : seg).join("/");
  const pattern = parts[0]![1] + path + parts[0]![3];
  return `the keys are request paths with an id in them (${
    keys.slice(0, 2).map((k) => JSON.stringify(k)).join(", ")
  }, …): one entry per id, not per route, is made and kept. Normalise the id out of the key ` +
    `(${JSON.stringify(pattern)}: the route's template), or bound the map`;
}

/**
 * The fix when a map's keys are JSON of a whole object with a field whose value differs in each
 * (`{"reference":"Q-299-A","origin":"NL-3011",…}`, a request's own id among the inputs): one
 * entry per value of that field, found again only when the same one comes back.
 */
export function jsonKeyFieldFix(found: DifferingField | undefined): string | undefined {
  if (!found) return undefined;
  const { field, values } = found;
  return `the keys are JSON of a whole object, "${field}" included, whose value differs in ` +
    `each (${values.slice(0, 2).join(", ")}, …): an entry is made per ${field} and found again ` +
    `only for that same one. Key on the fields the value depends on (leave ${field} out if it ` +
    `does not depend on it), or bound the map (LRU/TTL)`;
}

/**
 * The fix when a map's keys are SQL with a value written into the text (`… meter_id = 'M-101'`):
 * an entry (a parsed plan, a prepared statement) per value, none reused.
 */
export function inlinedSqlFix(found: InlinedValue | undefined): string | undefined {
  if (!found) return undefined;
  const { before, values } = found;
  return `the keys are SQL with a value written into the text (…${before}${values[0]}…, ` +
    `${values[1]}): an entry is made per value and none is used again. Write a placeholder ` +
    `(?, $1) there and pass the value as a parameter, so one entry serves them all; and bound ` +
    `the map`;
}

/**
 * The fix when the holder is one object every instance reaches through `this` though it was
 * meant per instance: a property of a class's prototype (`PayslipJob.prototype.steps`), or of a
 * mixin copied onto prototypes or instances by `Object.assign(PayslipJob.prototype, progress)`
 * (which copies the reference to `progress.steps`, not the array). Every instance adds to it.
 */
export function prototypeHolderFix(
  sources: [string, string][],
  name: string,
  added: SourceStatement | undefined,
): string | undefined {
  const m = /^([\w$]+)\.(prototype\.)?([\w$]+)$/.exec(name);
  if (!m || !added) return undefined;
  const [, owner, prototype, field] = m;
  if (!new RegExp(`\\bthis\\s*\\.\\s*${escapeRegExp(field)}\\b`).test(added.text)) return undefined;
  const fix = `Give each instance its own (this.${field} = … in the constructor), not one on a ` +
    `prototype or in a mixin's object`;
  if (prototype) {
    return `${field} is a property of ${owner}.prototype, not of each ${owner}: this.${field} ` +
      `in the add (line ${added.location.line}) finds that one object through the prototype, ` +
      `so every ${owner} adds to it and it lives as long as the class. ${fix}`;
  }
  // The mixin copied into something else: the copy shares its objects.
  const copy = new RegExp(
    `\\bObject\\s*\\.\\s*assign\\s*\\(\\s*((?:[\\w$.]+\\.)?prototype|this)\\s*,[^)]*(?<![\\w$.])${
      escapeRegExp(owner)
    }\\b`,
  );
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    const k = lines.findIndex((l) => !isComment(l) && copy.test(l));
    if (k < 0) continue;
    const target = copy.exec(lines[k])![1];
    return `${name} is one object: Object.assign(${target}, …${owner}…) ` +
      `(${sourceLocation(url, k + 1, 1).display}) copies the reference to it, not a new one, so ` +
      `everything ${owner} is mixed into adds to the same ${field} through this.${field} (line ` +
      `${added.location.line}), and it lives as long as ${owner}. ${fix}`;
  }
  return undefined;
}

/**
 * The fix when each entry is a callback an object registers as it is constructed
 * (`DomainEvents.register("ClaimApproved", (e) => this.onClaimApproved(e))` in a saga's
 * constructor) and nothing takes it off: the callback keeps its object for good.
 */
export function constructorRegistrationFix(
  sources: [string, string][],
  createdAt: SourceLocation | undefined,
): string | undefined {
  const lines = createdAt ? linesAt(sources, createdAt) : undefined;
  if (!createdAt || !lines) return undefined;
  const at = createdAt.line - 1;
  const line = lines[at];
  // A call handed a function made on this line: `register("x", (e) => …)`, `on(…, function`.
  const call = /(?:^|[^\w$])([\w$.]+)\s*\([^)]*?(?:\([^)]*\)\s*=>|[\w$]+\s*=>|\bfunction\b)/.exec(
    line,
  );
  if (!call || !inConstructor(lines, at)) return undefined;
  const cls = enclosingClass(sources, createdAt);
  if (!cls) return undefined;
  return `each ${cls} registers a callback as it is constructed (${createdAt.display} ` +
    `\`${quote(line)}\`), and the callback keeps its ${cls}; nothing takes it off, so every ` +
    `${cls} stays. Take the callback off when the ${cls}'s work is done (keep what ` +
    `${call[1]}() returns, or add a way to unregister), or register once and look the ` +
    `${cls} up from there`;
}

/** `Date.now()` turned into seconds (`Math.floor(Date.now() / 1000)`). */
const SECONDS_NOW = /\bDate\s*\.\s*now\s*\(\s*\)\s*\/\s*(?:1000|1e3)\b/;
/** `Date.now()` kept in milliseconds: not divided on the spot. */
const MILLIS_NOW = /\bDate\s*\.\s*now\s*\(\s*\)(?!\s*\/)/;

/**
 * The fix when the removal's function measures time in seconds (`Math.floor(Date.now() /
 * 1000) - windowSeconds`) while the add's stamps entries with `Date.now()` milliseconds: an
 * entry's time is a thousand times the cutoff, so none is ever old enough to go.
 */
export function secondsAgainstMillisFix(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): string | undefined {
  if (!add || !removal) return undefined;
  const removing = enclosingFunction(sources, removal.location);
  const adding = enclosingFunction(sources, add.location);
  if (!removing || !adding || removing.line === adding.line) return undefined;
  const cut = removing.text.split("\n").findIndex((l) => SECONDS_NOW.test(l) && !isComment(l));
  const stamp = adding.text.split("\n").findIndex((l) => MILLIS_NOW.test(l) && !isComment(l));
  if (cut < 0 || stamp < 0 || MILLIS_NOW.test(removing.text)) return undefined;
  const cutLine = removing.line + cut;
  const stampLine = adding.line + stamp;
  const text = (fn: { text: string }, k: number) => quote(fn.text.split("\n")[k]);
  return `the removal measures time in seconds (line ${cutLine}: ${text(removing, cut)}) but ` +
    `the entries are stamped with Date.now() milliseconds (${
      add.location.url === removal.location.url ? "line " : ""
    }${stampLine}: ${text(adding, stamp)}): an entry's time is a thousand times the cutoff, so ` +
    `none is ever old enough to go. Compare in one unit (Date.now() - seconds * 1000)`;
}

/**
 * The fix when a value the program appends to is read only from an offset that moves
 * (`this.capture.subarray(this.captureStart)`, with `captureStart` set further on as frames
 * come) and never cut: the part before the offset is never read again, yet stays.
 */
export function movingOffsetFix(
  sources: [string, string][],
  add: SourceStatement | undefined,
): string | undefined {
  const target = add ? assignmentOf(add.text)?.target : undefined;
  const lines = add ? linesAt(sources, add.location) : undefined;
  if (!add || !target || !lines) return undefined;
  const path = dottedPattern(target);
  // Read from an offset kept in a variable or field: `x.subarray(start)`, `x.slice(this.start)`.
  const read = new RegExp(
    String
      .raw`(?:^|[^\w$.])${path}\s*\.\s*(?:subarray|slice|substring)\s*\(\s*((?:this\s*\.\s*)?[#\w$]+)\s*\)`,
  );
  const at = lines.findIndex((l) => read.test(l) && !isComment(l));
  if (at < 0) return undefined;
  const offset = read.exec(lines[at])![1].replace(/\s+/g, "");
  // The offset is moved along the value (`start = x.length - …`), not reset to 0.
  const moved = new RegExp(String.raw`^\s*${dottedPattern(offset)}\s*=(?![=\s]*0\s*;?\s*$)`);
  const move = lines.findIndex((l) => moved.test(l) && !isComment(l));
  if (move < 0) return undefined;
  return `${target} is read only from ${offset} on (line ${at + 1}: ${quote(lines[at])}), ` +
    `and ${offset} moves along as it grows (line ${move + 1}: ${quote(lines[move])}), but ` +
    `nothing cuts what lies before it: that part is never read again, yet stays. Cut it where ` +
    `${offset} moves (keep ${target}.subarray(${offset}), copied, and set ${offset} to 0)`;
}
