/**
 * A suspect's statements: where it is declared, the statement that adds to it, the removals that
 * miss, and the fix.
 *
 * @module
 */

import type { LeakSuspect, SourceLocation, SourceStatement } from "../report.ts";
import type { GrowthRecord, NamedPath } from "./growth.ts";
import type { Exchange } from "./paired_collections.ts";
import { moduleInCache } from "./path_text.ts";
import {
  classLineage,
  enclosingClass,
  enclosingFunction,
  enclosingOpener,
  escapeRegExp,
  findDeclarationOf,
  isComment,
  linesAt,
  linesMatching,
  matchLocation,
  quote,
  splitArguments,
} from "./source_text.ts";
import {
  findAddingStatements,
  findCallers,
  findDynamicRequire,
  findHandedHelperAdd,
  findHandedToCalls,
  findHandingStatements,
  findListenerAddForEvent,
  findOptionHandOvers,
  findParameterAdd,
  findProxyTrapAdd,
  findStoredCall,
  findStoringStatements,
  findUnawaitedNext,
  listenerHelper,
} from "./source_lines.ts";
import { findRemovingStatements, findValueResets, undoCallsFor } from "./source_removes.ts";
import {
  handedToCall,
  LISTEN_CALLS,
  pathPattern,
  UNDO_CALLS,
  UNLISTEN_CALLS,
} from "./source_patterns.ts";
import { codeUrl, keptShapes, madeAt } from "./suspect_sources.ts";
import { fallThroughReadd, keyedLookup, uncalledRemoval } from "./source_mistakes.ts";
import { firstArgument } from "./timer_clears.ts";
import { isDependencyUrl } from "./script_urls.ts";
import { preferKeyShape } from "./key_shapes.ts";
import { SuspectInputs } from "./suspect_candidate.ts";
import { addKind, generatorChain } from "./suspect_growth.ts";
import {
  declaredPrefix,
  keyedParent,
  nameOf,
  runtimeSlotOwner,
  symbolOf,
  usesName,
} from "./suspect_names.ts";
import { RuntimeHeld } from "./suspect_runtime.ts";
import {
  findDelegation,
  findLinkingStatements,
  findMovesOff,
  findUnlinkingStatements,
} from "./source_links.ts";

/** Classes of entries that are collections themselves: buckets the program adds into. */
const BUCKETS = new Set(["Array", "Map", "Set"]);

/**
 * The statements behind a holder: the line that adds to it (preferring its own file and the
 * lines that make what it accumulated), others that add, and where it is declared (for a
 * listener list, the emitter: the list is the runtime's).
 */
export function holderStatements(
  r: GrowthRecord,
  named: ReturnType<typeof nameOf>,
  kind: LeakSuspect["kind"],
  inputs: SuspectInputs,
) {
  const listeners = named.event !== undefined;
  let segments = listeners ? named.owner.split(/[.\s→()]+/).filter(Boolean) : named.segments;
  // A value kept under a Map's key is written through the Map, not its table.
  if (kind === "growing value" && r.entryEdge && r.entryKey === undefined) {
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
  // An async generator's queued next() calls are made where its next() is called unawaited.
  if (r.queuedCalls) {
    const statement = findUnawaitedNext(inputs.sources);
    if (statement) {
      // The generator as the program keeps it: the variable the call's result is stored in.
      const stored = named.text.endsWith("()")
        ? findStoredCall(inputs.sources, named.text)
        : undefined;
      return {
        statement,
        growthSites: [],
        declaredAt: stored?.statement.location,
        removals: [],
        ...(stored ? { storedAs: stored.name } : {}),
      };
    }
  }
  // Suspended generators that each keep the next in their frame: linked where one delegates.
  if (
    generatorChain(r) && r.holderLocation &&
    !inputs.resolver.isRuntime(r.holderLocation)
  ) {
    const statement = findDelegation(inputs.sources, inputs.resolver.resolve(r.holderLocation));
    if (statement) {
      return {
        statement,
        growthSites: [],
        declaredAt: findDeclarationOf(inputs.sources, segments, preferUrl),
        removals: [],
      };
    }
  }
  // A structure grown by splicing is written through its nodes' links.
  // What a linked structure's links are: its link and the class of its nodes.
  const links = r.chainLink
    ? {
      link: r.chainLink,
      nodeClass: r.entryGroups[0] ? inputs.after.groups.names[r.entryGroups[0][0]] : undefined,
      preferUrl,
      preferLines,
    }
    : undefined;
  if (r.spliced && links) {
    const target = links;
    const [statement, ...others] = findLinkingStatements(inputs.sources, target);
    if (statement) {
      const removals = findUnlinkingStatements(inputs.sources, target);
      return {
        statement,
        growthSites: others.map((f) => f.location),
        removals: removals.map((r, k) => k === 0 ? firstRemoval(inputs.sources, r) : r),
        declaredAt: findDeclarationOf(inputs.sources, segments, preferUrl),
      };
    }
  }
  // A chain left hanging from a bounded holder's object: its nodes were that holder's entries,
  // taken out of it while the chain's end kept its link to them.
  if (r.formerHolder && links) {
    const [statement, ...others] = findLinkingStatements(inputs.sources, links);
    const end = segments.at(-1);
    const removals = end === undefined
      ? []
      : findMovesOff(inputs.sources, end, links.link, preferUrl);
    return {
      statement,
      growthSites: others.map((f) => f.location),
      removals: removals.map((r, k) => k === 0 ? firstRemoval(inputs.sources, r) : r),
      declaredAt: findDeclarationOf(inputs.sources, segments, preferUrl),
    };
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
      // Of adds through a value read under a key (`list.push(x)`), one that stores what the
      // entries keep wins (a local collection of the same name elsewhere keeps other things).
      keptShapes: keptShapes(r, inputs.after),
    })
    : findAddingStatements(inputs.sources, {
      segments,
      kind: addKind(kind),
      event: named.event,
      preferUrl,
      preferLines,
      ...(r.entryGroups[0] ? { entryClass: inputs.after.groups.names[r.entryGroups[0][0]] } : {}),
      keptShapes: keptShapes(r, inputs.after),
      ...(r.listRun ? { listEnd: true } : {}),
      ...(kind === "growing value" && r.appendLink ? { link: r.appendLink } : {}),
      ...(symbol !== undefined ? { symbol } : {}),
      ...(ownClass ? { ownClassUrl: ownClass } : {}),
      ...(r.path?.steps.at(-1)?.edgeType === "property" ? { property: true } : {}),
    });
  // Listeners added under another receiver than the emitter's name (`this.on("reply",
  // onReply)` in the emitter's own prototype methods): the calls that add a function of the
  // listeners' name for their event.
  const listenerFn = listeners && !found.length && r.entryGroups[0]
    ? /^([\w$]+)\(\)$/.exec(inputs.after.groups.names[r.entryGroups[0][0]])?.[1]
    : undefined;
  const byFunction = listenerFn
    ? listenerCallsOf(inputs.sources, named.event!, listenerFn, LISTEN_CALLS)
    : [];
  found.push(...byFunction);
  // A field read through `this` in another class's method is that class's field of the name.
  const fieldOf = fieldOwner(r, segments, inputs.sources);
  if (fieldOf) dropOtherClassFields(inputs.sources, found, fieldOf);
  // A collection of collections (a hash table's buckets, a list of lists) is added to through
  // its entries: `(table[i] ??= []).push(x)`, or a variable read from it.
  const entryClass = r.entryGroups[0] ? inputs.after.groups.names[r.entryGroups[0][0]] : "";
  const bucketed = !found.length && !keyed && !slotOwner && !listeners &&
    (r.buckets !== undefined || BUCKETS.has(entryClass)) && kind !== "growing value";
  if (bucketed) {
    found.push(...findAddingStatements(inputs.sources, {
      segments,
      kind: "any",
      preferUrl,
      preferLines,
      keptShapes: keptShapes(r, inputs.after),
      keyed: true,
    }));
  }
  // A value replaced by a new empty collection (a hash table's rehash: `this.#slots = new
  // Array(capacity)`) gets its items back through writes into it: those are the adds.
  // A value kept under a Map's key, rebuilt on the one before (`set(route, chained)` where
  // `chained` wraps the previous value): the Map's set puts each rebuild in.
  if (kind === "growing value" && r.entryKey !== undefined) {
    // Making the Map (`#listeners = new Map();`) puts nothing under a key.
    const made = found.filter((f) => /=\s*new\s+[\w$]+\s*\(\s*\)\s*;?$/.test(f.text));
    for (const f of made) found.splice(found.indexOf(f), 1);
  }
  if (kind === "growing value" && r.entryKey !== undefined && !found.length) {
    found.push(...findAddingStatements(inputs.sources, {
      segments,
      kind: "map",
      preferUrl,
      preferLines,
    }));
  }
  const rebuild = kind === "growing value"
    ? writesIntoRebuilt(inputs.sources, found[0], segments, { preferUrl, preferLines, ownClass })
    : undefined;
  const rebuiltBy = rebuild?.rebuiltBy;
  if (rebuild) found.unshift(...rebuild.writes);
  // The object's own internals grew (names the program never writes: `liveLog._readableState
  // .pipes`): what grew was handed to it through one of its methods.
  let handedTo: string[] | undefined;
  let listenedThrough: string | undefined;
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
      // A runtime method handed a callback adds it as a listener of the list that grew
      // (`socket.setTimeout(ms, () => …)` adds a 'timeout' listener): still its listeners.
      const method = listeners && found[0] ? callbackMethod(found[0].text, owner) : undefined;
      if (method) listenedThrough = method;
      else if (found.length) handedTo = owner;
      // Never a receiver of the program's calls: handed to a call as an option (an http.Agent
      // in `http.get({ …, agent })`), which gives it the work its internals keep.
      if (!found.length && !listeners) {
        found.push(...findOptionHandOvers(inputs.sources, owner.at(-1)!));
      }
    }
  }
  // A Proxy's target grows through the Proxy's traps (`target[key] = branch` in its `get`).
  let readTrap = false;
  if (!found.length && r.path?.steps.at(-2)?.node === "system / JSProxy") {
    const trapAdd = findProxyTrapAdd(inputs.sources);
    if (trapAdd) found.push(trapAdd.statement);
    readTrap = trapAdd?.trap === "get";
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
  // Listeners added on the emitter under another name (a parameter defaulting to it): the
  // add for that event, and the removals through that name.
  let listenedAs: string[] | undefined;
  if (!found.length && listeners && named.event !== undefined && segments[0] !== undefined) {
    const other = findListenerAddForEvent(inputs.sources, named.event, segments[0]);
    if (other) {
      found.push(other.statement);
      listenedAs = other.receiver.split(".").filter((s) => s !== "this");
    }
  }
  // Listeners a runtime function adds to an emitter the program hands it (`pipeline(src,
  // transform, archive)` adds its end-of-stream listeners to the destination): that call.
  if (!found.length && listeners && segments.length) {
    found.push(...findHandedToCalls(inputs.sources, segments.at(-1)!));
  }
  // Listeners added through a helper the program hands the emitter and event to: the helper's
  // own add and removal are the statements (the program's call is where it is used).
  const helper = listeners && found[0] ? listenerHelper(inputs.sources, found[0]) : undefined;
  if (helper) found.splice(0, 1, helper.adds, found[0]);
  // Grown inside a function of another module the holder's owner is handed to (a deep-merge
  // library appending to `shipping.zones`): that module's add, then the program's call.
  if (!found.length && !listeners && !slotOwner) {
    const inside = findHandedHelperAdd(inputs.sources, named.segments, addKind(kind)) ??
      findParameterAdd(inputs.sources, named.segments, addKind(kind));
    if (inside) found.push(inside.adds, inside.call);
  }
  // Kept under another name as well (a parser's open `frame.value` beside the document's
  // `#root.readings`): added to through that one, and emptied (or not) through it.
  if (!found.length && !listeners && !keyed && !slotOwner) {
    for (const alias of r.aliases ?? []) {
      const adds = findAddingStatements(inputs.sources, {
        segments: [alias],
        kind: addKind(kind),
        preferUrl,
        preferLines,
        keptShapes: keptShapes(r, inputs.after),
      });
      if (!adds.length) continue;
      found.push(...adds);
      storedIn = [alias];
      break;
    }
  }
  // A private field (`#subscribers`) is written only inside its class: another class's field
  // of that name is another field.
  const fieldClass = privateFieldClass(r, segments);
  if (fieldClass) keepInClass(inputs.sources, found, fieldClass);
  const last = handedTo?.at(-1);
  const handedBy = last === undefined ? undefined : new RegExp(
    `(?:^|[^\\w$])${last.replace(/\$/g, "\\$")}\\s*\\??\\.\\s*([\\w$]+)\\s*\\(`,
  ).exec(found[0]?.text ?? "")?.[1];
  // Of several keyed adds, the one whose key's literals the kept keys carry (`new-${seq}` for
  // keys like "consignments:new-101").
  preferKeyShape(inputs.sources, found, r.sampleKeys);
  // An entry read from the holder and set back (an LRU's move to the back) is no new entry.
  const refreshes = found.filter((a) => reinsertsRead(inputs.sources, a, segments.at(-1)));
  if (refreshes.length && refreshes.length < found.length) {
    found.splice(0, found.length, ...found.filter((a) => !refreshes.includes(a)), ...refreshes);
  }
  // Where the program takes entries out again (of a keyed value: the key out of its parent;
  // of what was handed over: the call that takes it back).
  const addedAt = found[0]?.location;
  const removals = helper
    ? helper.removes
    : byFunction.length
    ? listenerCallsOf(inputs.sources, named.event!, listenerFn!, UNLISTEN_CALLS)
    : handedTo
    ? findRemovingStatements(inputs.sources, {
      segments: handedTo,
      kind: "any",
      calls: handedBy ? undoCallsFor(handedBy) : UNDO_CALLS,
      preferUrl,
      addedAt,
    })
    : listenedAs
    ? findRemovingStatements(inputs.sources, {
      segments: listenedAs,
      kind: "listeners",
      event: named.event,
      preferUrl,
      addedAt,
    })
    : storedIn
    ? findRemovingStatements(inputs.sources, {
      segments: storedIn,
      kind: "any",
      preferUrl,
      addedAt,
    })
    : kind === "growing value" && pushedInPlace(found[0], segments)
    // Pushed to in place and rebuilt only by trimming copies (`list = list.filter(…)`): those
    // copies are the removal, and they keep everything.
    ? findRemovingStatements(inputs.sources, { segments, kind: "array", preferUrl, addedAt })
    : slotOwner
    ? []
    : kind === "growing value"
    // An appended value is taken out of by cutting or resetting it where it is assigned.
    ? (found[0] ? findValueResets(inputs.sources, found[0]) : [])
    : findRemovingStatements(
      inputs.sources,
      keyed || (bucketed && found.length)
        ? { segments, kind: "any", preferUrl, valueKind: addKind(kind), addedAt }
        : {
          segments,
          kind: addKind(kind),
          event: named.event,
          preferUrl,
          addedAt,
          shared: r.sharedValues?.pairs,
        },
    );
  if (fieldClass) keepInClass(inputs.sources, removals, fieldClass);
  if (fieldOf && !storedIn) dropOtherClassFields(inputs.sources, removals, fieldOf);
  dropPackageInternal(inputs.sources, removals, addedAt);
  const exchange = r.exchange
    ? exchangedRemovals(r.exchange, removals, segments, kind, inputs, {
      preferUrl,
      addedAt,
      fieldClass,
    })
    : undefined;
  // Taken out inside a dependency's method (`pop()` of a vendored heap) that the program calls
  // under a condition on that same object (`while (queue.peek().dueAt <= now)`): that call
  // decides what is taken out. A dependency's own removal that misses stays first, and so does
  // one the program reaches on a route (`if (url.pathname === …)`).
  const call = removals[0] ? programCallOf(inputs.sources, removals[0], segments[0]) : undefined;
  const decides = call && segments[0] !== undefined &&
    new RegExp(`(?:^|[^\\w$.])${escapeRegExp(segments[0])}\\s*\\??\\.`).test(
      withCondition(inputs.sources, call).within ?? "",
    );
  if (call && decides) removals.unshift(call);
  // Of several adds, one whose key no removal takes out comes first (`posts.set(reply.id, …)`
  // beside `posts.set(root.id, …)` when only `posts.delete(thread.rootId)` exists).
  preferUnremovedAdd(found, removals, inputs.sources);
  // One that puts back what the removal took out, reached by falling through from its case:
  // the add of the entries that stay.
  const readd = found.findIndex((a) => fallThroughReadd(inputs.sources, removals[0], a));
  if (readd > 0) found.unshift(...found.splice(readd, 1));
  // An object's slot grown by a call it was handed to (`AbortSignal.any([shutdown.signal, …])`):
  // that call ties things to the object.
  const owner = slotOwner?.segments.join(".");
  const tiedBy = owner === undefined ? undefined : tyingCall(found[0]?.text ?? "", owner);
  return {
    ...(exchange ? { exchange } : {}),
    ...(slotOwner ? { slotOwned: true } : {}),
    ...(rebuiltBy ? { rebuiltBy } : {}),
    ...(readTrap ? { readTrap } : {}),
    ...(listenedThrough ? { listenedThrough } : {}),
    ...(tiedBy && owner ? { tied: { owner, call: tiedBy } } : {}),
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
    removals: removals.map((r, k) => k === 0 ? firstRemoval(inputs.sources, r) : r),
    // Made by the trap that fills it, not declared anywhere.
    declaredAt: readTrap ? undefined : findDeclarationOf(
      inputs.sources,
      listeners ? segments.slice(0, 1) : segments,
      preferUrl,
    ),
  };
}

/**
 * The removals of one of two collections that pass entries between them (`r.exchange`), in
 * place: a move to the other is no removal; entries leave the structure where they leave
 * either one otherwise, its own first. Returns the exchange with its first move's condition
 * and whether entries leave the holder only by moves.
 */
function exchangedRemovals(
  exchange: Exchange,
  removals: SourceStatement[],
  segments: string[],
  kind: LeakSuspect["kind"],
  inputs: SuspectInputs,
  at: { preferUrl?: string; addedAt?: SourceLocation; fieldClass?: string },
): Exchange {
  const moved = (x: SourceStatement) =>
    exchange.moves.some((m) =>
      m.location.url === x.location.url && m.location.line === x.location.line
    );
  const own = removals.filter((x) => !moved(x));
  const partner = findRemovingStatements(inputs.sources, {
    segments: [...segments.slice(0, -1), exchange.partner],
    kind: addKind(kind),
    preferUrl: at.preferUrl,
    addedAt: at.addedAt,
  }).filter((x) => !moved(x));
  // The two are fields of one object: of one class.
  if (at.fieldClass) keepInClass(inputs.sources, partner, at.fieldClass);
  removals.splice(0, removals.length, ...own, ...partner);
  return {
    ...exchange,
    moves: exchange.moves.map((m, k) => k === 0 ? withCondition(inputs.sources, m) : m),
    onlyByMoves: own.length === 0,
  };
}

/**
 * For a statement in a dependency (a `node_modules` file), the program's call of the method it
 * sits in on `owner` (`queue.pop()` for the heap's `this.data.pop()` in `pop()`), if any.
 */
export function programCallOf(
  sources: [string, string][],
  inside: SourceStatement,
  owner: string | undefined,
): SourceStatement | undefined {
  if (!owner || !/\/node_modules\//.test(inside.location.url)) return undefined;
  const fn = enclosingFunction(sources, inside.location)?.name;
  if (!fn) return undefined;
  const call = new RegExp(
    `(?:^|[^\\w$.])${escapeRegExp(owner)}\\s*\\??\\.\\s*${escapeRegExp(fn)}\\s*\\(`,
  );
  for (const [url, text] of sources) {
    if (/\/node_modules\//.test(url)) continue;
    const lines = text.split("\n");
    const i = lines.findIndex((l) => call.test(l) && !isComment(l));
    if (i >= 0) {
      const m = call.exec(lines[i])!;
      return { location: matchLocation(url, i, m), text: quote(lines[i]) };
    }
  }
  return undefined;
}

/**
 * The class whose private field the holder is (`WeakSignal` for `…swell.#subscribers`): the
 * object that holds the field, on the path or the holder itself (a value it replaces).
 */
function privateFieldClass(r: GrowthRecord, segments: string[]): string | undefined {
  const field = segments.at(-1);
  if (!field?.startsWith("#")) return undefined;
  const steps = r.path?.steps ?? [];
  const cls = r.entryEdge === field
    ? r.holderName
    : steps.at(-1)?.edge === field
    ? steps.at(-2)?.node
    : undefined;
  return cls && /^[A-Za-z_$][\w$]*$/.test(cls) ? cls : undefined;
}

/**
 * The holder as a public field of a class the sources declare (`_store` of a `Keyv`): the
 * field's name and the classes whose methods reach it through `this` (the class and those it
 * extends). Undefined for any other holder.
 */
function fieldOwner(
  r: GrowthRecord,
  segments: string[],
  sources: [string, string][],
): { field: string; classes: string[] } | undefined {
  const field = segments.at(-1);
  const steps = r.path?.steps ?? [];
  const into = steps.at(-1);
  if (!field || field.startsWith("#") || into?.edge !== field || into.edgeType !== "property") {
    return undefined;
  }
  const cls = steps.at(-2)?.node;
  if (!cls || !/^[A-Za-z_$][\w$]*$/.test(cls)) return undefined;
  const classes = classLineage(sources, cls);
  return classes ? { field, classes } : undefined;
}

/**
 * Drops (in place) the statements that read the field through `this` inside a class that is
 * not one of the owner's classes: there `this` is another class's object.
 */
export function dropOtherClassFields(
  sources: [string, string][],
  list: SourceStatement[],
  owner: { field: string; classes: string[] },
): void {
  const read = new RegExp(`\\bthis\\s*\\.\\s*${escapeRegExp(owner.field)}(?![\\w$])`);
  const other = (s: SourceStatement) => {
    if (!read.test(s.text)) return false;
    const cls = enclosingClass(sources, s.location);
    return cls !== undefined && !owner.classes.includes(cls);
  };
  if (!list.some(other)) return;
  list.splice(0, list.length, ...list.filter((s) => !other(s)));
}

/** Keeps the statements inside class `cls` (in place), when some are and some are not. */
function keepInClass(sources: [string, string][], list: SourceStatement[], cls: string): void {
  const inside = list.filter((s) => enclosingClass(sources, s.location) === cls);
  if (inside.length === 0 || inside.length === list.length) return;
  list.splice(0, list.length, ...inside);
}

/** Whether `add` pushes onto the value `segments` ends in (`this.#subscribers.push(`). */
function pushedInPlace(add: SourceStatement | undefined, segments: string[]): boolean {
  const name = segments.at(-1);
  return add !== undefined && name !== undefined &&
    new RegExp(`(?:^|[^\\w$])${escapeRegExp(name)}\\s*\\??\\.\\s*(?:push|unshift)\\s*\\(`)
      .test(add.text);
}

/**
 * The call that `text` hands `owner` to as an argument (`AbortSignal.any` for
 * `AbortSignal.any([shutdown.signal, job.signal])`); undefined when it calls a method of
 * `owner` or does not pass it.
 */
function tyingCall(text: string, owner: string): string | undefined {
  return handedToCall(pathPattern(owner.split("."))).exec(text)?.[1];
}

/** An assignment of a new, empty collection: `= []`, `= new Array(n)`, `= new Map()`. */
const EMPTY_COLLECTION = /=\s*(?:\[\s*\]|new\s+(?:Array|Map|Set)\s*\([^,()]*\))\s*;?\s*$/;

/**
 * A value replaced by a new empty collection (a hash table's rehash: `this.#slots = new
 * Array(capacity)`) that gets its items back through writes into it: those writes are the
 * adds, and `rebuiltBy` the replacing statement. Undefined when `statement` is no such
 * replacement or nothing writes into the collection.
 */
export function writesIntoRebuilt(
  sources: [string, string][],
  statement: SourceStatement | undefined,
  segments: string[],
  opts: { preferUrl?: string; preferLines?: SourceLocation[]; ownClass?: string } = {},
): { rebuiltBy: SourceStatement; writes: SourceStatement[] } | undefined {
  if (!statement || !EMPTY_COLLECTION.test(statement.text)) return undefined;
  const writes = findAddingStatements(sources, {
    segments,
    kind: "array",
    preferUrl: opts.preferUrl,
    preferLines: opts.preferLines,
    ...(opts.ownClass ? { ownClassUrl: opts.ownClass } : {}),
  }).filter((s) => !EMPTY_COLLECTION.test(s.text));
  return writes.length ? { rebuiltBy: statement, writes } : undefined;
}

/**
 * Where a path enters a pending promise's reactions (`ready → reactions_or_result → …`) with
 * more of the path after it: the index of that hop. What a promise's reactions keep waits on
 * that promise; a chain built link by link (`q = q.then(…)`) behind it is named by it.
 */
export function promiseChainStart(path: NamedPath | undefined): number | undefined {
  const steps = path?.steps ?? [];
  const k = steps.findIndex((st, i) =>
    i > 1 && st.edgeType === "internal" && st.edge === "reactions_or_result" &&
    steps[i - 1].node === "Promise"
  );
  // Through an await (`extension`: the suspended function a continuation resumes), what the
  // path reaches is that function's, waiting on the promise, not a link chained behind it.
  const resumes = steps.some((st, i) =>
    i > k && st.edgeType === "internal" && st.edge === "extension"
  );
  return k > 1 && k < steps.length - 1 && !resumes ? k : undefined;
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
export const REMOVAL_MISSES =
  "the removal above misses these: check its condition, key and when it runs";

/**
 * The usual fix, after the removal's when there is one (alone for a growing value, whose usual
 * text describes rather than fixes).
 */
export function withRemoval(removal: boolean, kind: LeakSuspect["kind"], usual: string): string {
  if (!removal) return usual;
  return kind === "growing value" ? REMOVAL_MISSES : `${REMOVAL_MISSES}; or ${usual}`;
}

/**
 * Moves to the front of `adds` the first one whose key no removal takes out, when the first
 * one's key is taken out: that add is the one whose entries stay.
 */
export function preferUnremovedAdd(
  adds: SourceStatement[],
  removals: SourceStatement[],
  sources: [string, string][] = [],
): void {
  // A removal in a function nothing calls takes nothing out: it tells no add apart.
  removals = removals.filter((r) => !uncalledRemoval(sources, r));
  if (!removals.length || adds.length < 2 || !keyRemoved(adds[0].text, removals)) return;
  const k = adds.findIndex((a, n) => n > 0 && keyOf(a.text) && !keyRemoved(a.text, removals));
  if (k > 0) adds.unshift(...adds.splice(k, 1));
}

/** Drops the removals {@link packageInternalRemoval} tells apart, in place. */
function dropPackageInternal(
  sources: [string, string][],
  removals: SourceStatement[],
  addedAt: SourceLocation | undefined,
): void {
  const kept = removals.filter((r) => !packageInternalRemoval(sources, r, addedAt));
  if (kept.length < removals.length) removals.splice(0, removals.length, ...kept);
}

/**
 * For a holder the program's own code adds to (at `addedAt`): whether `removal` is a package's,
 * from an object of the package's own making (not through `this`) in a function only the
 * package's files call (`configuration.refiners = configuration.refiners.filter(…)` while it
 * builds a locale). The program's holder is not what that code works on.
 */
export function packageInternalRemoval(
  sources: [string, string][],
  removal: SourceStatement,
  addedAt: SourceLocation | undefined,
): boolean {
  if (!addedAt || isDependencyUrl(addedAt.url) || !isDependencyUrl(removal.location.url)) {
    return false;
  }
  if (/\bthis\s*\??\./.test(removal.text)) return false;
  const callers = findCallers(sources, removal.location, 20);
  return callers.length > 0 && callers.every((c) => isDependencyUrl(c.url));
}

/** The variable an add's key is read from (`root` in `posts.set(root.id, root)`). */
function keyOf(add: string): string | undefined {
  return /\.\s*(?:set|add)\s*\(\s*([\w$]+)/.exec(add)?.[1] ??
    /\[\s*([\w$]+)[^\]]*\]\s*=(?!=)/.exec(add)?.[1];
}

/**
 * Whether some removal takes out keys read from the add's key variable: the removal's key
 * names it (`delete(root.id)`) or a field named for it (`delete(thread.rootId)`).
 */
function keyRemoved(add: string, removals: SourceStatement[]): boolean {
  const key = keyOf(add);
  if (!key) return false;
  const named = new RegExp(`\\b${escapeRegExp(key)}(?:\\b|[A-Z_])`);
  return removals.some((r) => {
    const removed = /\.\s*delete\s*\(([^)]*)\)|\bdelete\s+[\w$.]+\[([^\]]*)\]/.exec(r.text);
    if (removed === null || !named.test(removed[1] ?? removed[2] ?? "")) return false;
    // A loop's own variable of that name (`for (const hash of this.tokenHashes)`) is another
    // binding: what it takes out is whatever the list holds, not this add's key.
    const loop = new RegExp(
      `\\bfor\\s*\\(\\s*(?:const|let|var)\\s+${escapeRegExp(key)}\\s+(?:of|in)\\b`,
    );
    return !loop.test(r.text) && !loop.test(r.within ?? "");
  });
}

/** The fix for shapes known by how they were added, before the usual one for the kind. */
export function fixOf(
  r: GrowthRecord,
  kind: LeakSuspect["kind"],
  statement: SourceStatement | undefined,
  held: RuntimeHeld | undefined,
  removal?: SourceStatement,
): string | undefined {
  if (moduleChildren(r)) {
    return "a module deleted from require.cache and required again stays in its parent's " +
      "module.children: remove it there too, or load the file once";
  }
  if (kind === "listeners" && /(?:^|[^\w$.])on\s*\(\s*[\w$.]+\s*,/.test(statement?.text ?? "")) {
    return "end the iterator events.on() returned once its work is done (call its return(), or " +
      "break out of the for await): until then it keeps its listener and queues every event";
  }
  if (r.queuedCalls) {
    return "each next() called before the last one settled queues on the generator until it " +
      "yields again, with the promise and everything chained on it: keep the pending next() " +
      "and race it again instead of calling next() anew (or await each one)";
  }
  if (held?.registry) return held.registry.fix;
  if (held?.reloaded) {
    return "each import() under a new URL (a changing query string) makes the runtime load, " +
      "run and keep another copy of the module for as long as the process lives: import it " +
      "once, under a fixed URL, and reload it only in development";
  }
  if (held?.armedBy) {
    const { call, cls } = held.armedBy;
    return `each ${call}() arms a timer the runtime keeps until it fires, and it keeps the ` +
      `${cls} with everything its listeners reach: remove the listeners once the work is ` +
      `done, or use a timer you clear then (setTimeout and an AbortController you abort)`;
  }
  if (held?.listenedBy) {
    const { call, cls } = held.listenedBy;
    return `the runtime keeps each ${cls} that ${call}() made while it has listeners (a ` +
      `timeout's until it fires), and with it everything they reach: remove the listeners ` +
      `once the work is done, or use a timer you clear then`;
  }
  if (held?.factory && removal) {
    // Cleared by name with another name than the one they were made with.
    const { receiver, method, cls } = held.factory;
    const call = (m: string) => new RegExp(String.raw`\b${escapeRegExp(`${receiver}.${m}`)}\s*\(`);
    const made = firstArgument(statement?.text ?? "", call(method));
    const clearName = /\.\s*(clear[\w$]*)\s*\(/.exec(removal.text)?.[1] ?? "";
    const cleared = firstArgument(removal.text, call(clearName));
    if (made && cleared && made !== cleared) {
      return `${receiver}.${clearName}(${cleared}) at line ${removal.location.line} takes out ` +
        `only the ${cls}s named exactly ${cleared}, and these were made as ${receiver}.` +
        `${method}(${made}, …): every one stays. Clear them by the name they were made with ` +
        `(${receiver}.${clearName}(${made}))`;
    }
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

/**
 * Whether an add sets back a value its function read from the same holder
 * (`const entry = this.#entries.get(key)` … `this.#entries.set(key, entry)`).
 */
export function reinsertsRead(
  sources: [string, string][],
  add: SourceStatement,
  holder: string | undefined,
): boolean {
  const value = /\.\s*set\s*\([^,]+,\s*([\w$]+)\s*\)/.exec(add.text)?.[1];
  const fn = enclosingFunction(sources, add.location);
  const lines = linesAt(sources, add.location);
  if (!value || !holder || !fn || !lines) return false;
  const read = new RegExp(
    String.raw`\b${escapeRegExp(value)}\s*=\s*[^;]*(?<![\w$])${
      escapeRegExp(holder)
    }\s*\??\.\s*get\s*\(`,
  );
  return lines.slice(fn.line - 1, add.location.line - 1).some((l) => read.test(l));
}

/**
 * The method of `owner` a line calls with a function among its arguments (`setTimeout` of
 * `this.socket.setTimeout(300, () => this.#stalled(job))`), if any.
 */
export function callbackMethod(text: string, owner: string[]): string | undefined {
  const last = owner.at(-1);
  if (last === undefined) return undefined;
  const call = new RegExp(String.raw`(?:^|[^\w$])${escapeRegExp(last)}\s*\??\.\s*([\w$]+)\s*\(`)
    .exec(text);
  const args = call ? splitArguments(text.slice(call.index + call[0].length)) : undefined;
  const callback = args?.some((a) =>
    /^\s*(?:async\s+)?(?:function\b|\(?[\w$,\s]*\)?\s*=>)/.test(a)
  );
  return callback ? call![1] : undefined;
}

/**
 * The first removal as the text shows it: the condition it sits under, else, in a function the
 * program calls from one place only under a condition (`if (fn(value, path) === drop) {`
 * around `this.#detach(path)`), that call and its condition: they decide when it runs; else
 * the calls of its function, when the program has any (up to {@link REMOVAL_CALLERS}).
 */
export function firstRemoval(sources: [string, string][], r: SourceStatement): SourceStatement {
  const lookup = keyedLookup(sources, r);
  const own = { ...withCondition(sources, r), ...(lookup ? { lookup } : {}) };
  if (own.within) return own;
  const callers = findCallers(sources, r.location, REMOVAL_CALLERS);
  const opener = callers.length === 1 ? enclosingOpener(sources, callers[0]) : undefined;
  if (opener && CONDITION_OPENER.test(opener)) {
    return { ...own, calledUnder: { location: callers[0], within: opener } };
  }
  // Where what it removes by comes from (a key read from a request, an id as the client sent it).
  return callers.length ? { ...own, callers } : own;
}

/**
 * Calls of a removal's function shown: as many as an add's, since a reader checks each path
 * that ends an entry's work (a sweep's call inside a loop over the collection among them).
 */
const REMOVAL_CALLERS = 6;

/** An opener that makes what follows conditional, or repeated. */
const CONDITION_OPENER = /^(?:\}\s*)?(?:if|else|for|while|switch|case)\b/;

/** A condition or loop a removal sits under (`while (this.bytes > this.max) {`): when it runs. */
export function withCondition(sources: [string, string][], r: SourceStatement): SourceStatement {
  const opener = enclosingOpener(sources, r.location);
  return opener && CONDITION_OPENER.test(opener) ? { ...r, within: opener } : r;
}

/** Calls by which something reads what an object holds (a stream's consumers). */
const CONSUMING_CALLS = "pipe|pipeTo|pipeThrough|read|resume|getReader|tee";

/**
 * The program's calls of one of `calls` for `event` with the function `fn` itself
 * (`self.removeListener("reply", onReply)`), whatever they are called on.
 */
function listenerCallsOf(
  sources: [string, string][],
  event: string,
  fn: string,
  calls: string,
): SourceStatement[] {
  const re = new RegExp(
    `\\.\\s*(?:${calls})\\s*\\(\\s*(["'\`])${escapeRegExp(event)}\\1\\s*,\\s*${
      escapeRegExp(fn)
    }\\s*[,)]`,
  );
  return linesMatching(sources.filter(([url]) => !isDependencyUrl(url)), re, 4);
}
