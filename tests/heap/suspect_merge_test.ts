/**
 * Candidates that are one leak: an AbortSignal's 'abort' listeners that the runtime adds for
 * each `addEventListener(type, fn, { signal })` go with the listeners the program added; one
 * runtime object's internal slots that grew together count their additions once. And what a
 * suspect's removal says of itself: the condition or loop it runs under.
 */

import {
  merge,
  mergeInstances,
  mergeListenersAddedTogether,
  mergeSiblings,
  mergeSignalCompanions,
  withoutDraining,
} from "../../heap/analysis/suspect_merge.ts";
import { preferUnremovedAdd, withCondition } from "../../heap/analysis/suspect_statements.ts";
import {
  asyncFilterFix,
  boundFix,
  captureFix,
  droppedDisposerFix,
  handedEmitterFix,
  packageHolderFix,
  skippedRemovalFix,
} from "../../heap/analysis/suspect_text.ts";
import type { Candidate, SuspectInputs } from "../../heap/analysis/suspect_candidate.ts";
import { assert, assertEquals } from "../support/assert.ts";

const URL = "file:///app/quotes.ts";
const SOURCE = [
  "export function quote(ctx, request) {",
  '  ctx.rateCard.addEventListener("change", (event) => {',
  "    if (event.hotel === request.hotel) changed = true;",
  "  }, { signal: ctx.signal });",
  '  ctx.signal.addEventListener("abort", () => log("stopping"));',
  '  bus.addEventListener("tick", onTick);',
  "}",
].join("\n");

/** A listeners candidate named `name`, added at `line` of SOURCE (none: no statement). */
function listeners(name: string, added: number, line?: number): Candidate {
  return {
    record: { regionGroups: [], regionShapes: [] },
    nested: [],
    suspect: {
      name,
      path: name,
      kind: "listeners",
      added,
      addedPerCycle: added / 100,
      bytes: 1000 * added,
      bytesPerCycle: 10 * added,
      objects: added,
      reason: "listeners added",
      fix: "remove the listener",
      ...(line
        ? {
          statement: {
            location: { url: URL, line, column: 3, display: `quotes.ts:${line}` },
            text: "",
          },
        }
        : {}),
    },
  } as unknown as Candidate;
}

Deno.test("the 'abort' listeners a { signal } option adds go with the listeners it was passed to", () => {
  const program = listeners("ctx.rateCard 'change' listeners", 400, 2);
  const companion = listeners("ctx.signal 'abort' listeners", 400);
  const out = mergeSignalCompanions([program, companion], [[URL, SOURCE]]);
  assertEquals(out.map((c) => c.suspect.name), ["ctx.rateCard 'change' listeners"]);
  const s = out[0].suspect;
  // Counted once: the program added 400 listeners; the bytes of both are the leak's.
  assertEquals(s.added, 400);
  assertEquals(s.bytes, 800_000);
  assert(s.fix.startsWith("ctx.signal outlives the work"), s.fix);
  assert(s.reason.includes("'abort' listener to ctx.signal"), s.reason);
});

Deno.test("'abort' listeners stay apart when the program adds them, the counts differ, or no call passes the signal", () => {
  const sources: [string, string][] = [[URL, SOURCE]];
  // The program's own 'abort' listeners (a statement of their own).
  const own = [
    listeners("ctx.rateCard 'change' listeners", 400, 2),
    listeners("ctx.signal 'abort' listeners", 400, 5),
  ];
  assertEquals(mergeSignalCompanions(own, sources).length, 2);
  // Not one per listener.
  const fewer = [
    listeners("ctx.rateCard 'change' listeners", 400, 2),
    listeners("ctx.signal 'abort' listeners", 150),
  ];
  assertEquals(mergeSignalCompanions(fewer, sources).length, 2);
  // A call that passes no signal.
  const other = [
    listeners("bus 'tick' listeners", 400, 6),
    listeners("ctx.signal 'abort' listeners", 400),
  ];
  assertEquals(mergeSignalCompanions(other, sources).length, 2);
  // Another signal than the one passed.
  const elsewhere = [
    listeners("ctx.rateCard 'change' listeners", 400, 2),
    listeners("shutdown.signal 'abort' listeners", 400),
  ];
  assertEquals(mergeSignalCompanions(elsewhere, sources).length, 2);
});

Deno.test("a removal names the condition or loop it sits under; not the function it is in", () => {
  const url = "file:///p/cache.ts";
  const text = [
    "set(key, entry) {",
    "  this.entries.set(key, entry);",
    "  while (this.bytes > this.maxBytes) {",
    "    this.entries.delete(this.oldest());",
    "  }",
    "}",
    "drop(key) {",
    "  this.entries.delete(key);",
    "}",
  ].join("\n");
  const at = (line: number) => ({
    location: { url, line, column: 5, display: `cache.ts:${line}` },
    text: "",
  });
  assertEquals(
    withCondition([[url, text]], at(4)).within,
    "while (this.bytes > this.maxBytes) {",
  );
  assertEquals(withCondition([[url, text]], at(8)).within, undefined);
});

Deno.test("a bound that counts something else than the holder says the count drifts", () => {
  const removal = (within: string) => ({
    location: { url: "file:///p/c.ts", line: 9, column: 5, display: "c.ts:9" },
    text: "this.#entries.delete(oldestKey);",
    within,
  });
  const bytes = boundFix(
    removal("while (this.#bytes > this.maxBytes && this.#entries.size > 1) {"),
    "pageCache.#entries",
    "#entries",
  );
  assert(
    bytes?.startsWith("the removal above runs only while this.#bytes > this.maxBytes,"),
    bytes,
  );
  // A time, not a count: what never expires stays.
  const expiry = boundFix(
    removal("if (cookie.expiresAt <= now) {"),
    "jar.cookies",
    "cookies",
  );
  assert(expiry?.startsWith("the removal above takes out only entries past a time"), expiry);
  assert(!expiry?.includes("count"), expiry);
  assert(
    boundFix(removal("if (Date.now() - entry.seen > IDLE_MS) {"), "s.idle", "idle")
      ?.includes("past a time"),
  );
  // Bounded by its own size: the bound is not where it misses.
  assertEquals(
    boundFix(removal("while (this.#entries.size > this.capacity) {"), "cache.#entries", "#entries"),
    undefined,
  );
  assertEquals(
    boundFix(removal("for (const [key] of this.#entries) {"), "c.#entries", "#entries"),
    undefined,
  );
});

/** A set kept in a runtime object's internal slot `slot` (`shutdown.signal`'s). */
function slotSet(slot: string, added: number, bytes: number): Candidate {
  const steps = [
    { node: "system / Cell", nodeId: 1 },
    { node: "AbortController", nodeId: 2, edge: "shutdown", edgeType: "context" },
    { node: "AbortSignal", nodeId: 3, edge: "<symbol [[signal]]>", edgeType: "property" },
    { node: "Set", nodeId: 4, edge: `<symbol [[${slot}]]>`, edgeType: "property" },
  ];
  return {
    record: { regionGroups: [], regionShapes: [], path: { root: "export", steps } },
    nested: [],
    suspect: {
      name: "shutdown.signal",
      path: "shutdown.signal",
      kind: "set",
      holder: "Set",
      added,
      addedPerCycle: added / 200,
      bytes,
      objects: added,
      entriesBefore: 100,
      entriesAfter: 100 + added,
      reason: "",
      fix: "",
    },
  } as unknown as Candidate;
}

Deno.test("one object's internal slots that grew together count their additions once", () => {
  const source = "export const shutdown = new AbortController();\n" +
    "const signal = AbortSignal.any([shutdown.signal, job.signal]);\n";
  const inputs = { sources: [["file:///app/lifecycle.ts", source]] } as unknown as SuspectInputs;
  const out = mergeSiblings([
    slotSet("activeDependents", 200, 1_500_000),
    slotSet("dependentSignals", 200, 16_000),
  ], inputs);
  assertEquals(out.length, 1);
  const s = out[0].suspect;
  assertEquals([s.added, s.addedPerCycle, s.bytes], [200, 1, 1_516_000]);
  assertEquals([s.entriesBefore, s.entriesAfter], [100, 300]);
});

Deno.test("a listener added with options and taken off without them; a return before the add skips nothing", () => {
  const LIB = "file:///app/lib.js";
  const lib = [
    "export function listen(target, type, listener, options) {",
    '  if (typeof target.addEventListener !== "function") throw new TypeError("no target");',
    "  target.addEventListener(type, listener, options);",
    "  return () => target.removeEventListener(type, listener);",
    "}",
  ].join("\n");
  const at = (line: number, text: string) => ({
    location: { url: LIB, line, column: 3, display: `lib.js:${line}` },
    text,
  });
  const added = at(3, "target.addEventListener(type, listener, options);");
  const removal = at(4, "return () => target.removeEventListener(type, listener);");
  assert(captureFix(added, removal)?.startsWith("removeEventListener takes a listener off"));
  const same = at(4, "return () => target.removeEventListener(type, listener, options);");
  assertEquals(captureFix(added, same), undefined);
  assertEquals(captureFix(at(3, "target.addEventListener(type, listener);"), removal), undefined);
  // Options written out without capture add without it: the removal matches.
  const once = at(3, 'signal.addEventListener("abort", onLost, { once: true });');
  assertEquals(captureFix(once, removal), undefined);
  const capture = at(3, 'signal.addEventListener("abort", onLost, { capture: true });');
  assert(captureFix(capture, removal)?.startsWith("removeEventListener takes a listener off"));
  // The throw comes before the add: an entry that was added is not skipped by it.
  assertEquals(skippedRemovalFix([[LIB, lib]], [removal], added), undefined);
  assert(skippedRemovalFix([[LIB, lib]], [removal])?.includes("skipped when typeof"));
  // The add's own function makes the same check first: no entry it added fails it.
  const CACHE = "file:///app/cache.js";
  const cache = [
    "class Cache {", //                                                   1
    "  set(key, value) {", //                                             2
    "    if ((err = this.invalid(key)) != null) {", //                    3
    "      throw err;", //                                                4
    "    }", //                                                           5
    "    this.data[key] = value;", //                                     6
    "  }", //                                                             7
    "  del(key) {", //                                                    8
    "    if ((err = this.invalid(key)) != null) {", //                    9
    "      throw err;", //                                               10
    "    }", //                                                          11
    "    delete this.data[key];", //                                     12
    "  }", //                                                            13
    "}", //                                                              14
  ].join("\n");
  const line = (n: number, text: string) => ({
    location: { url: CACHE, line: n, column: 5, display: `cache.js:${n}` },
    text,
  });
  const del = line(12, "delete this.data[key];");
  assert(skippedRemovalFix([[CACHE, cache]], [del])?.includes("skipped when"));
  assertEquals(
    skippedRemovalFix([[CACHE, cache]], [del], line(6, "this.data[key] = value;")),
    undefined,
  );
});

Deno.test("a listener that takes itself off after an early return that ends its work", () => {
  const LINK = "file:///app/link.cjs";
  const link = [
    "Link.prototype.request = function (verb, callback) {", //          1
    "  const self = this;", //                                           2
    "  const id = String(this.nextId++);", //                            3
    "  function onReply(replyId, status, fields) {", //                  4
    "    if (replyId !== id) return;", //                                5
    '    if (status === "ERR") return callback(new Error(fields[0]));', // 6
    '    self.removeListener("reply", onReply);', //                      7
    "    callback(null, fields);", //                                    8
    "  }", //                                                            9
    '  this.on("reply", onReply);', //                                  10
    "};", //                                                            11
  ].join("\n");
  const at = (n: number, text: string) => ({
    location: { url: LINK, line: n, column: 5, display: `link.cjs:${n}` },
    text,
  });
  // Not the reply's own id: the listener waits on, by design. The error reply ends the work
  // without taking the listener off. The add below the listener's function is not skipped.
  assertEquals(
    skippedRemovalFix(
      [[LINK, link]],
      [at(7, 'self.removeListener("reply", onReply);')],
      at(10, 'this.on("reply", onReply);'),
    ),
    'the removal above is skipped when status === "ERR": line 6 returns (or throws) without it, ' +
      "and every entry whose work ends that way stays. Take the entry out on that path too, or " +
      "once for all paths (in a finally)",
  );
});

Deno.test("listeners an API adds to the emitter it is handed as an option stay until what it made is closed", () => {
  const at = (text: string) => ({
    location: { url: URL, line: 4, column: 5, display: "classifier.cjs:4" },
    text,
  });
  const fix = handedEmitterFix(
    at("const replies = readline.createInterface({ input: engine.stdout });"),
    "engine.stdout",
  );
  assert(fix?.startsWith("each readline.createInterface() handed engine.stdout"), fix);
  assert(fix?.includes("make one and reuse it, or close it"), fix);
  // Its own listener call, or a read of a property, is no such call.
  assertEquals(
    handedEmitterFix(at('engine.stdout.on("data", onData);'), "engine.stdout"),
    undefined,
  );
  assertEquals(handedEmitterFix(at("log({ fd: engine.stdout.fd });"), "engine.stdout"), undefined);
});

const SIGNALS_URL = "file:///app/lib/signals.js";
const SIGNALS = [
  "class Source {",
  "  constructor(name) {",
  "    this.subscribers = new Set();",
  "  }",
  "  subscribe(fn) {",
  "    this.subscribers.add(fn);",
  "  }",
  "}",
].join("\n");

/** A set candidate named `name`, declared and added to at `declared`/`added` of SIGNALS. */
function field(name: string, added: number, declared = 3, adds = 6): Candidate {
  const at = (line: number) => ({
    url: SIGNALS_URL,
    line,
    column: 5,
    display: `lib/signals.js:${line}`,
  });
  return {
    record: { regionGroups: [], regionShapes: [] },
    nested: [],
    suspect: {
      name,
      path: name,
      kind: "set",
      holder: "Set",
      added,
      entriesBefore: 10,
      entriesAfter: 10 + added,
      bytes: 100 * added,
      objects: added,
      reason: "entries added",
      fix: "delete them",
      statement: { location: at(adds), text: "this.subscribers.add(fn);" },
      declaredAt: at(declared),
    },
  } as unknown as Candidate;
}

Deno.test("one field of many objects grown by one statement is one suspect, named by its class", () => {
  const sources: [string, string][] = [[SIGNALS_URL, SIGNALS]];
  const out = mergeInstances([
    field("capacity.subscribers", 300),
    field("occupied.subscribers", 500),
    field("surge.subscribers", 200),
  ], sources);
  assertEquals(out.length, 1);
  const s = out[0].suspect;
  assertEquals([s.name, s.instances, s.added, s.bytes], ["Source.subscribers", 3, 1000, 100_000]);
  assertEquals([s.entriesBefore, s.entriesAfter], [30, 1030]);
  assert(s.reason.includes("occupied, capacity, surge"), s.reason);
});

Deno.test("families under the keys of two collections, one field grown by one statement: one suspect", () => {
  const sources: [string, string][] = [[SIGNALS_URL, SIGNALS]];
  const keyed = (name: string, added: number) => {
    const c = field(name, added);
    c.suspect.keys = 2;
    return c;
  };
  const out = mergeInstances([
    keyed("settings.get(…).subscribers", 800),
    keyed("holidays.get(…).subscribers", 400),
  ], sources);
  assertEquals(out.length, 1);
  const s = out[0].suspect;
  assertEquals([s.name, s.instances, s.keys, s.added], ["Source.subscribers", 4, undefined, 1200]);
  assert(s.reason.includes("of 4 Source objects: settings.get(…), holidays.get(…)"), s.reason);
});

Deno.test("fields grown by other statements, or declared elsewhere, stay apart", () => {
  const sources: [string, string][] = [[SIGNALS_URL, SIGNALS]];
  const apart = mergeInstances([
    field("capacity.subscribers", 300),
    field("occupied.subscribers", 500, 3, 7),
    field("surge.subscribers", 200, 2),
  ], sources);
  assertEquals(apart.map((c) => c.suspect.name), [
    "capacity.subscribers",
    "occupied.subscribers",
    "surge.subscribers",
  ]);
});

const STORE_URL = "file:///app/store.js";
/** A source whose subscribe() returns its removal, and a computed that keeps those. */
function storeSource(recompute: string[]): [string, string][] {
  return [[
    STORE_URL,
    [
      "class Source {",
      "  subscribe(fn) {",
      "    this.subscribers.add(fn);",
      "    return () => this.subscribers.delete(fn);",
      "  }",
      "}",
      "class Computed {",
      "  constructor() {",
      "    this.sources = [];",
      "  }",
      "  track(source) {",
      "    this.sources.push(source.subscribe(() => this.invalidate()));",
      "  }",
      "  recompute() {",
      ...recompute,
      "  }",
      "  dispose() {",
      "    for (const off of this.sources) off();",
      "    this.sources = [];",
      "  }",
      "}",
    ].join("\n"),
  ]];
}

const at = (line: number, text: string) => ({
  location: { url: STORE_URL, line, column: 5, display: `store.js:${line}` },
  text,
});

Deno.test("a removal the adding method returns: the list that drops those functions uncalled is named", () => {
  const added = at(3, "this.subscribers.add(fn);");
  const removal = at(4, "return () => this.subscribers.delete(fn);");
  const fix = droppedDisposerFix(storeSource(["    this.sources = [];"]), added, removal);
  assertEquals(
    fix,
    "the entries come out only when the function subscribe() returns is called (store.js:4); " +
      "/app/store.js:12 keeps those in this.sources, and /app/store.js:15 (this.sources = [];) " +
      "drops them without calling them: call each before emptying this.sources (as " +
      "/app/store.js:18 does)",
  );
  // Called before emptying it: nothing dropped there, and no call ignores the result.
  const fine = storeSource([
    "    for (const off of this.sources) off();",
    "    this.sources = [];",
  ]);
  assertEquals(droppedDisposerFix(fine, added, removal), undefined);
  // A removal that is no returned function: not this fix.
  assertEquals(
    droppedDisposerFix(storeSource([]), added, at(4, "this.subscribers.delete(fn);")),
    undefined,
  );
});

/** A sibling collection's candidate with its entries at the last three captures. */
function lane(name: string, before: number, after: number, final?: number): Candidate {
  return {
    record: { regionGroups: [], regionShapes: [] },
    nested: [],
    suspect: {
      name,
      path: name,
      kind: "array",
      entriesBefore: before,
      entriesAfter: after,
      ...(final === undefined ? {} : { entriesFinal: final }),
      added: after - before,
    },
  } as unknown as Candidate;
}

Deno.test("a sibling that the program drains while idle is a backlog, not part of its siblings' leak", () => {
  const names = (cs: Candidate[]) => cs.map((c) => c.suspect.name);
  // A queue's never-visited lane keeps all it got; the busy lane works off a burst's backlog.
  const never = lane('lanes.get("background")', 600, 1800, 1800);
  const busy = lane('lanes.get("interactive")', 276, 812, 644);
  assertEquals(names(withoutDraining([never, busy])), ['lanes.get("background")']);
  // An entry or two, or a tenth of what it gained, lost while idle is not draining.
  const jitter = lane('lanes.get("low")', 100, 700, 650);
  assertEquals(names(withoutDraining([never, jitter])), names([never, jitter]));
  // Every sibling draining, or no final capture to tell: all stay.
  assertEquals(names(withoutDraining([busy, lane("b", 0, 500, 100)])), [
    'lanes.get("interactive")',
    "b",
  ]);
  assertEquals(names(withoutDraining([lane("a", 0, 5), lane("b", 0, 9)])), ["a", "b"]);
  // More work before the final capture: a lane worked off from the front (its oldest new
  // entries gone, its newest waiting) drains though it ends with more than it had.
  const behind = lane('lanes.get("normal")', 200, 740, 900);
  behind.record.workedOff = true;
  assertEquals(names(withoutDraining([never, behind])), ['lanes.get("background")']);
});

Deno.test("a merged candidate's classes go with the suspect it joins, for the groups table", () => {
  const into = lane('rules.get("web")', 100, 300, 300);
  const other = lane('rules.get("app")', 100, 300, 300);
  into.record.regionShapes = [[7, 200]];
  other.record.regionShapes = [[9, 200]];
  merge(into, other);
  assertEquals(into.record.regionShapes, [[7, 200], [9, 200]]);
  assertEquals(into.suspect.added, 400);
});

/** A dictionary `samples` (a name the program never writes: a key) under `fleet[i]`. */
function samplesUnder(i: number, added: number): Candidate {
  const steps = [
    { node: "system / Context", nodeId: 1 },
    { node: "Array", nodeId: 2, edge: "fleet", edgeType: "context" },
    { node: "Object", nodeId: 10 + i, edge: String(i), edgeType: "element" },
    { node: "Object", nodeId: 20 + i, edge: "samples", edgeType: "property" },
  ];
  return {
    record: { regionGroups: [], regionShapes: [], path: { root: "module", steps } },
    nested: [],
    suspect: {
      name: `fleet[${i}].samples`,
      path: `fleet[${i}].samples`,
      kind: "object",
      holder: "Object",
      entry: { name: "(string) → {t, rh}" },
      added,
      bytes: 100 * added,
      objects: added,
      entriesBefore: 10,
      entriesAfter: 10 + added,
      reason: "",
      fix: "",
    },
  } as unknown as Candidate;
}

Deno.test("one field kept under each key further up is one family, named by its open path", () => {
  const inputs = {
    sources: [["file:///p/fleet.ts", "const fleet = [];\nfleet[i][field] = {};\n"]],
  } as unknown as SuspectInputs;
  const out = mergeSiblings([samplesUnder(0, 200), samplesUnder(3, 200)], inputs);
  assertEquals(out.map((c) => c.suspect.name), ["fleet[…].samples"]);
  assertEquals([out[0].suspect.added, out[0].suspect.keys], [400, 2]);
});

Deno.test("a list trimmed by a filter with an async callback keeps everything: the fix says why", () => {
  const sources: [string, string][] = [[
    "file:///p/tracker.cjs",
    "let pending = [];\nfunction poll() {\n  pending = pending.filter(async (e) => check(e));\n}\n",
  ]];
  assert(
    asyncFilterFix(sources, "pending")?.startsWith("pending is trimmed by filter() with an async"),
  );
  // A plain predicate is no such bug.
  const plain: [string, string][] = [[
    "file:///p/t.cjs",
    "pending = pending.filter((e) => e.open);\n",
  ]];
  assertEquals(asyncFilterFix(plain, "pending"), undefined);
});

Deno.test("of two adds to a holder, the one whose key no removal takes out comes first", () => {
  const at = (line: number, text: string) => ({
    location: { url: "file:///p/store.ts", line, column: 3, display: `store.ts:${line}` },
    text,
  });
  const adds = [at(41, "posts.set(root.id, root);"), at(48, "posts.set(reply.id, reply);")];
  preferUnremovedAdd(adds, [at(56, "posts.delete(thread.rootId);")]);
  assertEquals(adds.map((a) => a.location.line), [48, 41]);
  // Both keys taken out, or none: the order stays.
  const both = [at(41, "posts.set(root.id, root);"), at(48, "posts.set(reply.id, reply);")];
  preferUnremovedAdd(both, [at(56, "posts.delete(root.id);"), at(57, "posts.delete(reply.id);")]);
  assertEquals(both.map((a) => a.location.line), [41, 48]);
  // A loop's own variable named like the first add's key is another binding: no order from it.
  const listed = [at(41, "byHash.set(hash, {"), at(64, "byHash.set(nextHash, {")];
  preferUnremovedAdd(listed, [at(74, "for (const hash of this.hashes) byHash.delete(hash);")]);
  assertEquals(listed.map((a) => a.location.line), [41, 64]);
});

/** A Set under key `key` of a Map under one of `deps`' WeakMap keys, its holder `id`. */
function depSet(key: string, id: number, sharedWith: [number, number][]): Candidate {
  const steps = [
    { node: "system / Context", nodeId: 1 },
    { node: "WeakMap", nodeId: 2, edge: "deps", edgeType: "context" },
    { node: "(internal array)", nodeId: 3, edge: "table", edgeType: "internal" },
    { node: "Map", nodeId: 4, edge: "9 / part of key", edgeType: "internal", weakMap: "deps" },
    { node: "(internal array)", nodeId: 5, edge: "table", edgeType: "internal" },
    { node: "Set", nodeId: id, edge: "6", edgeType: "internal", key: JSON.stringify(key) },
  ];
  return {
    record: {
      holderId: id,
      sharedWith,
      regionGroups: [],
      regionShapes: [],
      path: { root: "module", steps },
    },
    nested: [],
    suspect: {
      name: `deps.get(…).get("${key}")`,
      path: `deps.get(…).get("${key}")`,
      kind: "set",
      holder: "Set",
      added: 200,
      addedPerCycle: 1,
      bytes: 1000,
      objects: 200,
      entriesBefore: 10,
      entriesAfter: 210,
      reason: "",
      fix: "",
    },
  } as unknown as Candidate;
}

Deno.test("keys' collections holding the same new objects count placements, and say so", () => {
  const inputs = {
    sources: [["file:///app/r.ts", "const deps = new WeakMap();\n"]],
  } as unknown as SuspectInputs;
  const out = mergeSiblings([
    depSet("rates", 10, []),
    depSet("kiln", 11, [[10, 200]]),
    depSet("root", 12, [[10, 200]]),
  ], inputs);
  assertEquals(out.length, 1);
  const s = out[0].suspect;
  assertEquals(s.name, "deps.get(…)");
  assertEquals([s.added, s.addedPerCycle, s.entriesAfter], [600, 3, 630]);
  assert(s.reason.includes("200 objects each in several of them"), s.reason);
  assertEquals(s.distinct, 200);
});

Deno.test("an emitter's table of events grown by new event names goes with its 'error' companion", () => {
  const table = {
    ...listeners("jobEvents", 200),
    suspect: {
      ...listeners("jobEvents", 200).suspect,
      path: "jobEvents._events",
      kind: "object",
      sampleKeys: ["done:MEC-284", "done:MEC-171"],
    },
  } as unknown as Candidate;
  const error = listeners("jobEvents 'error' listeners", 200, 3);
  const out = mergeListenersAddedTogether([table, error]);
  assertEquals(out.length, 1);
  assertEquals(out[0].suspect.name, "jobEvents listeners");
  assertEquals(out[0].suspect.added, 200);
  assertEquals(out[0].suspect.statement?.location.line, 3);
  assert(out[0].suspect.reason.includes('"done:MEC-284"'), out[0].suspect.reason);
  // Alone, the table stays what it is.
  assertEquals(mergeListenersAddedTogether([table])[0].suspect.name, "jobEvents");
});

Deno.test("a package's callbacks: dropped through what the registration returns, or its off()", () => {
  const LIB = "file:///app/node_modules/tiny-store/index.js";
  const lib = [
    "export function store() {", //                          1
    "  const listeners = [];", //                             2
    "  return {", //                                          3
    "    listen(cb) {", //                                    4
    "      listeners.push(cb);", //                           5
    "      return () => {", //                                6
    "        listeners.splice(listeners.indexOf(cb), 1);", // 7
    "      };", //                                            8
    "    },", //                                              9
    "    off(cb) {", //                                      10
    "      listeners.splice(listeners.indexOf(cb), 1);", //  11
    "    },", //                                             12
    "  };", //                                               13
    "}", //                                                  14
  ].join("\n");
  const APP = "file:///app/carts.js";
  const at = (url: string, line: number, text: string) => ({
    location: { url, line, column: 1, display: `${url.split("/").at(-1)}:${line}` },
    text,
  });
  const keptIn = { name: "$prices", location: at(APP, 2, "").location };
  const add = at(LIB, 5, "listeners.push(cb);");
  const registered = at(APP, 9, "$prices.listen((p) => reprice(cart, p));");
  const sources: [string, string][] = [[LIB, lib], [APP, ""]];
  const returned = packageHolderFix(
    sources,
    keptIn,
    add.location,
    at(LIB, 7, "listeners.splice(listeners.indexOf(cb), 1);"),
    "(anonymous)",
    registered,
  );
  assert(returned?.includes("only through the function listen() returns (index.js:7)"), returned);
  const off = packageHolderFix(
    sources,
    keptIn,
    add.location,
    at(LIB, 11, "listeners.splice(listeners.indexOf(cb), 1);"),
    "(anonymous)",
    registered,
  );
  assert(off?.includes("only through off() (index.js:11)"), off);
});

Deno.test("merged holders share only what all their new entries share", () => {
  const at = { url: URL, line: 2, column: 3, display: "quotes.ts:2" };
  const alice = listeners("evaluations", 120);
  alice.suspect.sharedValues = [["user", '"alice"'], ["cached", "false"]];
  alice.suspect.sharedBy = { count: 110, of: 120 };
  alice.suspect.calledWith = { location: at, field: "user", value: '"alice"' };
  const bob = listeners("evaluations", 80);
  bob.suspect.sharedValues = [["user", '"bob"'], ["cached", "false"]];
  merge(alice, bob);
  assertEquals(alice.suspect.sharedValues, [["cached", "false"]]);
  assertEquals(alice.suspect.sharedBy, undefined);
  assertEquals(alice.suspect.calledWith, undefined);
  // Nothing in common: nothing said.
  const carol = listeners("evaluations", 70);
  merge(alice, carol);
  assertEquals(alice.suspect.sharedValues, undefined);
});
