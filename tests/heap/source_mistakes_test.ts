/**
 * Statements that do not do what they read as, on small sources: an `in` test of an array
 * guarding its push, a `splice(0, i)` whose count can be -1, and a removal whose key reads
 * fields the caller changed just before calling it, a removal in a function nothing calls, a
 * removal keyed by a field its add sets before awaiting, a copy into a collection that
 * nothing empties, a delete of a dotted property named like a variable, an add reached by
 * falling through from the removal's case, and a callback answered at once and queued anyway.
 */

import {
  answeredThenKept,
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
  recomputedKeyRemoval,
  sharedFieldRemoval,
  spliceOfNotFound,
  transformedKeyRemoval,
  transformedLookup,
  unboundMethodRemoval,
  uncalledRemoval,
  wrapperWithoutReturn,
} from "../../heap/analysis/source_mistakes.ts";
import {
  clearedTimerStrands,
  comparedWithCopy,
  comparedWithOther,
  deletesOtherKey,
  deletesOtherVariable,
  partnerRemovedAlone,
} from "../../heap/analysis/source_removes.ts";
import {
  clearedTimerFix,
  comparedCopyFix,
  fallThroughFix,
  inArrayFix,
  keyPartFix,
  listenerLimitNote,
  literalKeyFix,
  mergedGenerationFix,
  mixedClocksFix,
  movedKeyFix,
  notFoundSpliceFix,
  onceNotFiredFix,
  otherVariableKeyFix,
  partnerAloneFix,
  recomputedKeyFix,
  shadowedPrivateFix,
  sharedFieldFix,
  transformedKeyFix,
  transformedLookupFix,
  unboundMethodFix,
  uncalledRemovalFix,
  wrapperReturnFix,
} from "../../heap/analysis/suspect_text.ts";
import { sourceLocation } from "../../heap/analysis/attribution.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";

function program(url: string, lines: string[]) {
  const source = lines.join("\n");
  const at = (line: number) => ({
    location: sourceLocation(url, line, 3),
    text: lines[line - 1].trim(),
  });
  return { sources: [[url, source]] as [string, string][], at };
}

Deno.test("an in test of the array a push adds to", () => {
  const { sources, at } = program("file:///app/tags.mjs", [
    "export class Tags {", //                                        1
    "  list = [];", //                                               2
    "  seen = {};", //                                               3
    "  tag(name) {", //                                              4
    "    if (name in this.list) return;", //                         5
    "    this.list.push({ name, at: Date.now() });", //              6
    "  }", //                                                        7
    "  note(name) {", //                                             8
    "    if (!(name in this.seen)) this.list.push({ name });", //    9
    "    for (const k in this.list) console.log(k);", //            10
    "    this.list.push({ name });", //                             11
    "  }", //                                                       12
    "}", //                                                         13
  ]);
  assertEquals(inTestOfArray(sources, at(6))?.test, "name in this.list");
  assertMatch(
    inArrayFix(sources, at(6)) ?? "",
    /^`name in this\.list` \(line 5\) asks whether the array has an index/,
  );
  // An `in` test of another object, or a for…in loop over the array: no finding.
  assertEquals(inTestOfArray(sources, at(9)), undefined);
  assertEquals(inTestOfArray(sources, at(11)), undefined);
});

Deno.test("a splice from the front by a count that can be -1", () => {
  const { sources, at } = program("file:///app/window.js", [
    "function firstFresh(hits, cutoff) {", //                                     1
    "  for (let i = 0; i < hits.length; i++) if (hits[i].at >= cutoff) return i;", // 2
    "  return -1;", //                                                             3
    "}", //                                                                        4
    "export function prune(byUser, cutoff) {", //                                  5
    "  for (const [user, hits] of byUser) {", //                                   6
    "    hits.splice(0, firstFresh(hits, cutoff));", //                            7
    "    if (hits.length === 0) byUser.delete(user);", //                          8
    "  }", //                                                                      9
    "}", //                                                                       10
    "export function trim(queue, id) {", //                                       11
    "  const i = queue.findIndex((q) => q.id === id);", //                        12
    "  if (i === -1) return;", //                                                 13
    "  queue.splice(0, i);", //                                                   14
    "}", //                                                                       15
    "export function drop(queue, id) {", //                                       16
    "  const i = queue.findIndex((q) => q.id === id);", //                        17
    "  queue.splice(0, i);", //                                                   18
    "}", //                                                                       19
  ]);
  const found = spliceOfNotFound(sources, at(8));
  assertEquals(found?.array, "hits");
  assertEquals(found?.line.line, 7);
  assertMatch(
    notFoundSpliceFix(sources, at(8)) ?? "",
    /takes nothing out when firstFresh\(hits, cutoff\) is -1 .* so hits never empties and the removal above never runs/,
  );
  // Checked for -1 first: handled. Unchecked, the splice is the removal itself.
  assertEquals(spliceOfNotFound(sources, at(14)), undefined);
  assertEquals(spliceOfNotFound(sources, at(18))?.count, "i");
  assertEquals(/never empties/.test(notFoundSpliceFix(sources, at(18)) ?? ""), false);
});

Deno.test("a removal keyed by fields its caller changes before calling it", () => {
  const url = "file:///app/queue.ts";
  const { sources, at } = program(url, [
    "class Buckets {", //                                                  1
    "  byPriority = new Map();", //                                        2
    "  add(job) {", //                                                     3
    "    const bucket = this.byPriority.get(job.priority) ?? new Set();", // 4
    "    bucket.add(job);", //                                             5
    "    this.byPriority.set(job.priority, bucket);", //                   6
    "  }", //                                                              7
    "  take(job) {", //                                                    8
    "    this.byPriority.get(job.priority)?.delete(job);", //              9
    "  }", //                                                             10
    "}", //                                                               11
    "export function bump(buckets, job) {", //                            12
    "  job.priority += 1;", //                                            13
    "  buckets.take(job);", //                                            14
    "  buckets.add(job);", //                                             15
    "}", //                                                               16
    "export function finish(buckets, job) {", //                          17
    "  job.done = true;", //                                              18
    "  buckets.take(job);", //                                            19
    "}", //                                                               20
  ]);
  const found = movedKeyRemoval(sources, at(9));
  assertEquals(found?.fields, ["priority"]);
  assertEquals(found?.caller, "bump");
  assertEquals(found?.assignment.line, 13);
  assertMatch(
    movedKeyFix(sources, at(9)) ?? "",
    /^take\(\) finds the entry from job\.priority, which bump\(\) changes before calling it \(\/app\/queue\.ts:13: job\.priority \+= 1;\)/,
  );
  // Only callers that change a field the key reads count.
  const finishing: [string, string][] = [[
    url,
    sources[0][1].replace("  job.priority += 1;", "  job.seen = 1;"),
  ]];
  assertEquals(movedKeyRemoval(finishing, at(9)), undefined);
});

Deno.test("a removal in a function the program never calls", () => {
  const url = "file:///app/vendor/tracker/index.js";
  const lib = [
    "export class Tracker {", //                                  1
    "  open = new Set();", //                                      2
    "  begin(op) {", //                                            3
    "    this.open.add(op);", //                                   4
    "    return op;", //                                           5
    "  }", //                                                      6
    "  end(op) {", //                                              7
    "    this.open.delete(op);", //                                8
    "  }", //                                                      9
    "}", //                                                       10
    "export const stream = new ReadableStream({", //              11
    "  cancel(reason) {", //                                      12
    "    subscribers.delete(reason);", //                         13
    "  },", //                                                    14
    "});", //                                                     15
  ];
  const app = "import { Tracker } from './vendor/tracker/index.js';\nconst t = new Tracker();\n" +
    "export function handle(req) { t.begin({ req }); }";
  const sources: [string, string][] = [[url, lib.join("\n")], ["file:///app/main.js", app]];
  const at = (line: number) => ({
    location: sourceLocation(url, line, 5),
    text: lib[line - 1].trim(),
  });
  assertEquals(uncalledRemoval(sources, at(8))?.fn, "end");
  assertMatch(
    uncalledRemovalFix(sources, at(8)) ?? "",
    /^nothing in the program calls end\(\) \(\/app\/vendor\/tracker\/index\.js:7\)/,
  );
  // Called somewhere, or passed by name, or a method the runtime calls: no finding.
  const called: [string, string][] = [sources[0], ["file:///app/main.js", `${app}\nt.end(op);`]];
  assertEquals(uncalledRemoval(called, at(8)), undefined);
  const passed: [string, string][] = [
    sources[0],
    ["file:///app/main.js", `${app}\nreq.on("close", t.end);`],
  ];
  assertEquals(uncalledRemoval(passed, at(8)), undefined);
  assertEquals(uncalledRemoval(sources, at(13)), undefined);
});

Deno.test("a removal keyed by a field the add sets before it awaits", () => {
  const url = "file:///app/uploader.mjs";
  const { sources, at } = program(url, [
    "export class Uploader {", //                                   1
    "  inFlight = new Map();", //                                   2
    "  current = null;", //                                         3
    "  async upload(file) {", //                                    4
    "    this.current = file;", //                                  5
    "    this.inFlight.set(file.name, file);", //                   6
    "    await this.store.put(file);", //                           7
    "    this.done();", //                                          8
    "  }", //                                                       9
    "  done() {", //                                               10
    "    const file = this.current;", //                           11
    "    this.inFlight.delete(file.name);", //                     12
    "  }", //                                                      13
    "  cancel(file) {", //                                         14
    "    this.inFlight.delete(file.name);", //                     15
    "  }", //                                                      16
    "}", //                                                        17
  ]);
  const found = sharedFieldRemoval(sources, at(6), at(12));
  assertEquals(found?.field, "current");
  assertEquals(found?.set.line, 5);
  assertMatch(
    sharedFieldFix(sources, at(6), at(12)) ?? "",
    /^the removal takes its key from this\.current \(\/app\/uploader\.mjs:11: const file = this\.current;\), which upload\(\) sets before it awaits/,
  );
  // Keyed by its own parameter: no finding; nor when the add's function never awaits.
  assertEquals(sharedFieldRemoval(sources, at(6), at(15)), undefined);
  const sync: [string, string][] = [[
    url,
    sources[0][1].replace("await this.store.put", "this.store.put"),
  ]];
  assertEquals(sharedFieldRemoval(sync, at(6), at(12)), undefined);
});

Deno.test("a copy into a collection that nothing empties, from one emptied after", () => {
  const { sources, at } = program("file:///app/cache.ts", [
    "class Generations {", //                                                            1
    "  hot = new Map();", //                                                             2
    "  cold = new Map();", //                                                            3
    "  rotate() {", //                                                                   4
    "    for (const [k, v] of this.hot.entries()) this.cold.set(k, v);", //              5
    "    this.hot = new Map();", //                                                      6
    "  }", //                                                                            7
    "  snapshot() {", //                                                                 8
    "    for (const [k, v] of this.hot) this.copy.set(k, v);", //                        9
    "    return this.copy;", //                                                         10
    "  }", //                                                                           11
    "}", //                                                                             12
  ]);
  assertEquals(mergedGeneration(sources, at(5)), { from: "this.hot", into: "this.cold" });
  assertMatch(
    mergedGenerationFix(sources, at(5)) ?? "",
    /copies this\.hot into this\.cold and empties this\.hot, but nothing ever empties this\.cold/,
  );
  // A copy whose source stays: no finding.
  assertEquals(mergedGeneration(sources, at(9)), undefined);
});

Deno.test("a delete of a dotted property named like the variable that holds the key", () => {
  const lines = [
    "export function sweep(sessions, now) {", //                                  1
    "  for (const [token, s] of Object.entries(sessions)) {", //                  2
    "    if (now - s.seenAt > IDLE) delete sessions.token;", //                   3
    "  }", //                                                                     4
    "}", //                                                                       5
    "export function close(sessions, token) {", //                               6
    "  delete sessions.token;", //                                                7
    "  delete sessions.current;", //                                              8
    "  delete sessions[token];", //                                               9
    "}", //                                                                      10
  ];
  const { sources, at } = program("file:///app/sessions.js", lines);
  assertEquals(literalKeyDelete(lines, 2, 0, "sessions")?.key, "token");
  assertEquals(literalKeyDelete(lines, 2, 0, "sessions")?.target, "sessions");
  assertEquals(literalKeyDelete(lines, 6, 5, "sessions")?.key, "token");
  assertMatch(
    literalKeyFix(sources, at(3)) ?? "",
    /^`delete sessions\.token` deletes the property named "token", not the entry .* write delete sessions\[token\]/,
  );
  // A property no variable is named after, or a computed key: no finding.
  assertEquals(literalKeyDelete(lines, 7, 5, "sessions"), undefined);
  // An entry under a computed key of the property (`delete this.sessions[id]`), beside a
  // variable of the property's name: it deletes an entry, as meant.
  assertEquals(
    literalKeyDelete(
      ["function all() { const sessions = {}; }", "  delete this.sessions[sessionId]"],
      1,
      0,
      "this",
    ),
    undefined,
  );
  assertEquals(literalKeyDelete(lines, 8, 5, "sessions"), undefined);
});

Deno.test("an add reached by falling through from the removal's case puts the key back", () => {
  const { sources, at } = program("file:///app/parking.cjs", [
    "function apply(ev) {", //                                        1
    "  switch (ev.kind) {", //                                        2
    "    case 'exit': {", //                                          3
    "      bays.delete(ev.plate);", //                                4
    "      exits++;", //                                              5
    "    }", //                                                       6
    "    case 'move': {", //                                          7
    "      if (!bays.has(ev.plate)) bays.set(ev.plate, { at: ev.at });", // 8
    "      break;", //                                                9
    "    }", //                                                      10
    "    case 'pay':", //                                            11
    "      bays.delete(ev.plate);", //                               12
    "      break;", //                                               13
    "    case 'enter':", //                                          14
    "      bays.set(ev.plate, { at: ev.at });", //                   15
    "  }", //                                                        16
    "}", //                                                          17
  ]);
  assertEquals(fallThroughReadd(sources, at(4), at(8))?.line, 7);
  assertMatch(
    fallThroughFix(sources, at(8), at(4)) ?? "",
    /^line 4 takes the entry out, but its case has no break and falls through into `case 'move': \{` \(line 7\), whose line 8 puts one back/,
  );
  // A case that ends in break, or an add before the removal: no finding.
  assertEquals(fallThroughReadd(sources, at(12), at(15)), undefined);
  assertEquals(fallThroughReadd(sources, at(12), at(8)), undefined);
});

Deno.test("a listener limit the program lifts or raises on the emitter", () => {
  const sources: [string, string][] = [[
    "file:///app/bus.mjs",
    [
      'import { EventEmitter, setMaxListeners } from "node:events";', // 1
      "export const orders = new EventEmitter();", //                  2
      "orders.setMaxListeners(0);", //                                 3
      "export const alerts = new EventTarget();", //                   4
      "setMaxListeners(200, alerts);", //                              5
    ].join("\n"),
  ]];
  assertEquals(listenerLimitLifted(sources, "orders")?.limit, "0");
  assertMatch(
    listenerLimitNote(sources, "orders") ?? "",
    /^\/app\/bus\.mjs:3 turns the listener limit off \(orders\.setMaxListeners\(0\);\), silencing/,
  );
  assertMatch(listenerLimitNote(sources, "alerts") ?? "", /raises the listener limit .* delaying/);
  assertEquals(listenerLimitLifted(sources, "payments"), undefined);
});

Deno.test("a removal that computes the key again instead of using the add's", () => {
  const url = "file:///app/once.ts";
  const { sources, at } = program(url, [
    "export function once(keyOf) {", //                                        1
    "  const pending = new Map();", //                                         2
    "  return (...args) => {", //                                              3
    "    const key = keyOf(...args);", //                                      4
    "    if (pending.has(key)) return pending.get(key);", //                   5
    "    const p = run(...args).finally(() => pending.delete(keyOf(...args)));", // 6
    "    pending.set(key, p);", //                                             7
    "    return p;", //                                                        8
    "  };", //                                                                 9
    "}", //                                                                   10
    "export function byId(req) {", //                                         11
    "  const id = req.id;", //                                                12
    "  done.then(() => seen.delete(req.id));", //                             13
    "  seen.set(id, req);", //                                                14
    "  later(() => seen.delete(id));", //                                     15
    "}", //                                                                   16
  ]);
  const found = recomputedKeyRemoval(sources, at(7), at(6));
  assertEquals(found?.key, "key");
  assertEquals(found?.expression, "keyOf(...args)");
  assertEquals(found?.computed.line, 4);
  assertEquals(found?.target, "pending");
  assertMatch(
    recomputedKeyFix(sources, at(7), at(6)) ?? "",
    /^the removal computes the key again, keyOf\(\.\.\.args\), when it runs, .*Delete by the key the entry was added under: pending\.delete\(key\)$/,
  );
  // A key read from a field gives the same key again; a delete by the variable is the add's key.
  assertEquals(recomputedKeyRemoval(sources, at(14), at(13)), undefined);
  assertEquals(recomputedKeyRemoval(sources, at(14), at(15)), undefined);
});

Deno.test("a delete inside the add's function by another of its variables", () => {
  const url = "file:///app/poll.cjs";
  const { sources, at } = program(url, [
    "function wait(req, res, job) {", //                               1
    "  const waiter = { job, res };", //                               2
    "  waiter.timer = setTimeout(() => {", //                          3
    "    waiting.delete(req);", //                                     4
    "    res.end();", //                                               5
    "  }, 100);", //                                                   6
    "  waiting.set(res, waiter);", //                                  7
    "}", //                                                            8
    "function publish(job) {", //                                      9
    "  for (const [res, w] of waiting) waiting.delete(res);", //      10
    "}", //                                                           11
    "function other(req, res) {", //                                  12
    "  waiting.delete(req);", //                                      13
    "}", //                                                           14
  ]);
  const lines = sources[0][1].split("\n");
  assertEquals(deletesOtherVariable(lines, 3, 6), { removed: "req", added: "res" });
  assertMatch(
    otherVariableKeyFix(sources, at(7), at(4)) ?? "",
    /^the removal \(line 4\) deletes req, but the entries go in under res \(line 7, the same function\).*waiting\.delete\(res\)$/,
  );
  // A variable taken apart from the added one (`const { signal } = controller`) is its own.
  const track = [
    "function track(label) {",
    "  const controller = new AbortController();",
    "  inflight.add(controller);",
    "  const { signal } = controller;",
    "  return { signal, done() { inflight.delete(signal); } };",
    "}",
  ];
  assertEquals(deletesOtherVariable(track, 4, 2), { removed: "signal", added: "controller" });
  // A key read from the collection's own keys (the oldest, to evict it): something is under it.
  const evict = [
    "  set(key, page) {",
    "    this.pages.set(key, page);",
    "    while (this.pages.size > this.max) {",
    "      const [oldestKey] = this.pages.entries().next().value;",
    "      this.pages.delete(oldestKey);",
    "    }",
    "  }",
  ];
  assertEquals(deletesOtherVariable(evict, 4, 1), undefined);
  // By the add's own key, or outside the add's function: no finding.
  assertEquals(deletesOtherVariable(lines, 9, 6), undefined);
  assertEquals(deletesOtherVariable(lines, 12, 6), undefined);
});

Deno.test("a removal by one property of the entry where the add's key may be another", () => {
  const context = [
    "export function withContext(req, res, fn) {", //                     1
    "  const ctx = { id: randomUUID(), traceId: req.headers.trace ?? null };", // 2
    "  const key = ctx.traceId ?? ctx.id;", //                             3
    "  inflight.set(key, ctx);", //                                        4
    '  res.on("close", () => {', //                                        5
    "    inflight.delete(ctx.id);", //                                     6
    "  });", //                                                            7
    "}", //                                                                8
  ];
  assertEquals(deletesOtherVariable(context, 5, 3), {
    removed: "ctx.id",
    added: "key",
    addedAs: "ctx.traceId ?? ctx.id",
  });
  // The key made as that very property: the same entry goes.
  const same = [...context];
  same[2] = "  const key = ctx.id;";
  assertEquals(deletesOtherVariable(same, 5, 3), undefined);
});

Deno.test("a removal guarded by the entry's identity with a copy the function made", () => {
  const url = "file:///app/drafts.ts";
  const { sources, at } = program(url, [
    "class Desk {", //                                                        1
    "  async save(id: string) {", //                                          2
    "    const latest = this.pending.get(id);", //                            3
    "    if (!latest) return;", //                                            4
    "    const draft: Draft = { ...latest, savedAt: Date.now() };", //        5
    "    await this.bucket.put(id, draft);", //                               6
    "    // an edit made meanwhile stays for its own save", //                 7
    "    if (this.pending.get(id) === draft) this.pending.delete(id);", //    8
    "  }", //                                                                 9
    "  stage(id: string, changes: Changes) {", //                            10
    "    const entry = { ...changes, at: Date.now() };", //                  11
    "    this.pending.set(id, entry);", //                                   12
    "    setTimeout(() => {", //                                             13
    "      if (this.pending.get(id) === entry) {", //                        14
    "        this.pending.delete(id);", //                                   15
    "      }", //                                                            16
    "    }, 100);", //                                                       17
    "    const copy = { ...entry };", //                                     18
    "    this.pending.set(id, copy);", //                                    19
    "    if (copy === this.pending.get(id)) this.pending.delete(id);", //    20
    "  }", //                                                                21
    "}", //                                                                  22
  ]);
  const lines = sources[0][1].split("\n");
  assertEquals(comparedWithCopy(lines, 7), {
    condition: "this.pending.get(id) === draft",
    copy: "draft",
    made: 4,
    read: "latest",
  });
  assertMatch(
    comparedCopyFix(sources, at(8)) ?? "",
    /^the removal \(line 8\) runs only when this\.pending\.get\(id\) === draft, but draft is a new object made at line 5 .*Compare with latest, the entry the function read before copying it$/,
  );
  // The object the function itself put in ("delete it if it is still mine"): no finding, in a
  // callback made after the add or in the add's own function.
  assertEquals(comparedWithCopy(lines, 14), undefined);
  assertEquals(comparedWithCopy(lines, 19), undefined);
});

Deno.test("an entry's timer, the way to its removal, cleared where nothing takes it out", () => {
  const url = "file:///app/reminders.mjs";
  const { sources, at } = program(url, [
    "class Queue {", //                                                         1
    "  cancel(id) {", //                                                        2
    "    const job = this.jobs.get(id);", //                                    3
    "    job.cancelled = true;", //                                             4
    "    clearTimeout(job.timer);", //                                          5
    "  }", //                                                                   6
    "  async #attempt(job) {", //                                               7
    "    if (job.cancelled) return this.#finish(job);", //                      8
    "    job.timer = setTimeout(() => this.#attempt(job), 150);", //            9
    "  }", //                                                                  10
    "  #finish(job) {", //                                                     11
    "    this.jobs.delete(job.id);", //                                        12
    "  }", //                                                                  13
    "  stop() {", //                                                           14
    "    clearInterval(this.timer);", //                                       15
    "  }", //                                                                  16
    "  restart(job) {", //                                                     17
    "    clearTimeout(job.timer);", //                                         18
    "    job.timer = setTimeout(() => this.#attempt(job), 10);", //           19
    "  }", //                                                                  20
    "  drop(job) {", //                                                        21
    "    clearTimeout(job.timer);", //                                         22
    "    this.jobs.delete(job.id);", //                                        23
    "  }", //                                                                  24
    "}", //                                                                    25
  ]);
  const lines = sources[0][1].split("\n");
  assertEquals(clearedTimerStrands(lines, 11), {
    clear: 4,
    clearer: "cancel",
    handle: "job.timer",
    armed: 8,
  });
  assertMatch(
    clearedTimerFix(sources, at(12)) ?? "",
    /^cancel\(\) clears job\.timer \(line 5: clearTimeout\(job\.timer\);\), the timer armed at line 9 that is the way to the removal \(line 12\).*Take the entry out where the timer is cleared$/,
  );
  // Without cancel(): the holder's own timer stopped, a timer armed again, an entry taken out
  // where its timer is cleared: no finding.
  const rest = [...lines.slice(0, 1), ...lines.slice(6)];
  assertEquals(clearedTimerStrands(rest, 6), undefined);
});

Deno.test("a delete in another function by another key while the add's is at hand", () => {
  const url = "file:///app/holds.cjs";
  const { sources, at } = program(url, [
    "function place(order, slot) {", //                                     1
    "  const hold = { id: order.id, fqdn: norm(order.domain), slot };", //   2
    "  challenges.set(order.fqdn, hold);", //                                 3
    "  slotSet.add(hold);", //                                                4
    "  wheels.set(hold.id, hold);", //                                        5
    "}", //                                                                   6
    "function fail(order) {", //                                              7
    "  challenges.delete(order.domain);", //                                  8
    "}", //                                                                   9
    "function verified(order) {", //                                         10
    "  challenges.delete(order.fqdn);", //                                   11
    "}", //                                                                  12
    "function release(id) {", //                                             13
    "  const hold = byId.get(id);", //                                       14
    "  slotSet.delete(id);", //                                              15
    "  wheels.delete(id);", //                                               16
    "}", //                                                                  17
    "function confirm(hold) {", //                                           18
    "  slotSet.delete(hold);", //                                            19
    "  slotSet.delete(hold.id);", //                                         20
    "}", //                                                                  21
  ]);
  const lines = sources[0][1].split("\n");
  assertEquals(deletesOtherKey(lines, 7, 2), { removed: "order.domain", added: "order.fqdn" });
  assertEquals(deletesOtherKey(lines, 14, 3), { removed: "id", added: "hold" });
  assertEquals(deletesOtherKey(lines, 19, 3), { removed: "hold.id", added: "hold" });
  // The add's key, or a map's key looked up by the same value (`id` is `hold.id`): no finding.
  assertEquals(deletesOtherKey(lines, 10, 2), undefined);
  assertEquals(deletesOtherKey(lines, 18, 3), undefined);
  assertEquals(deletesOtherKey(lines, 15, 4), undefined);
  assertMatch(
    otherVariableKeyFix(sources, at(3), at(8)) ?? "",
    /^the removal \(line 8\) deletes order\.domain, but the entries go in under order\.fqdn \(line 3\), which the removal's function has too: .*Delete by order\.fqdn$/,
  );
});

Deno.test("another function takes the entry out of the partner collection only", () => {
  const url = "file:///app/callbacks.cjs";
  const { sources, at } = program(url, [
    "function enqueue(delivery) {", //                                        1
    "  queue.set(delivery.id, delivery);", //                                 2
    "  byMerchant.get(delivery.merchant).set(delivery.id, delivery);", //     3
    "  due.set(delivery.id, Date.now() + 100);", //                           4
    "}", //                                                                   5
    "function finish(delivery) {", //                                         6
    "  queue.delete(delivery.id);", //                                        7
    "  byMerchant.get(delivery.merchant)?.delete(delivery.id);", //           8
    "  due.delete(delivery.id);", //                                          9
    "}", //                                                                  10
    "function giveUp(delivery) {", //                                        11
    "  delivery.status = 'dead';", //                                        12
    "  queue.delete(delivery.id);", //                                       13
    "}", //                                                                  14
    "function sweep(delivery) {", //                                         15
    "  due.delete(delivery.id);", //                                         16
    "}", //                                                                  17
    "function retire(delivery) {", //                                        18
    "  queue.delete(delivery.id);", //                                       19
    "  finish(delivery);", //                                                20
    "}", //                                                                  21
  ]);
  const lines = sources[0][1].split("\n");
  const add = "byMerchant.get(delivery.merchant).set(delivery.id, delivery);";
  assertEquals(partnerRemovedAlone(lines, 7, add), {
    fn: "giveUp",
    line: 12,
    shared: "queue.delete(delivery.id);",
  });
  assertMatch(
    partnerAloneFix(sources, at(3), at(8)) ?? "",
    /^giveUp\(\) \(line 13\) takes the entry out of the other collection \(queue\.delete\(delivery\.id\);\) .*Take it out there too: byMerchant\.get\(delivery\.merchant\)\?\.delete\(delivery\.id\);$/,
  );
  // Without giveUp(): the partner below (due) holds other values than the add's (sweep() takes
  // a due time out, not the entry), and retire() calls finish(): no finding.
  const rest = [...lines.slice(0, 10), ...lines.slice(14)];
  assertEquals(partnerRemovedAlone(rest, 7, add), undefined);
});

Deno.test("a subclass's own private field of the name its base class adds to", () => {
  const base = program("file:///app/drafts.ts", [
    "export class DraftStore<T> {", //                                        1
    "  #drafts = new Map<string, T>();", //                                    2
    "  save(id: string, draft: T) {", //                                       3
    "    this.#drafts.set(id, draft);", //                                     4
    "  }", //                                                                  5
    "}", //                                                                    6
  ]);
  const sub = program("file:///app/reminders.ts", [
    "export class Reminding<T extends { email?: string }> extends DraftStore<T> {", // 1
    "  #drafts = new Map<string, T>();", //                                    2
    "  discard(id: string) {", //                                              3
    "    return this.#drafts.delete(id);", //                                  4
    "  }", //                                                                  5
    "}", //                                                                    6
    "export class Plain extends DraftStore<string> {", //                     7
    "  #other = new Map();", //                                                8
    "  discard(id: string) {", //                                              9
    "    return this.#other.delete(id);", //                                  10
    "  }", //                                                                 11
    "}", //                                                                   12
  ]);
  const sources = [...base.sources, ...sub.sources];
  assertMatch(
    shadowedPrivateFix(sources, base.at(4), sub.at(4)) ?? "",
    /^Reminding declares its own #drafts \(reminders\.ts:2\) beside DraftStore's \(drafts\.ts:2\): a private name belongs to the class that declares it/,
  );
  // Another field, or the removal in the add's own class: no finding.
  assertEquals(shadowedPrivateFix(sources, base.at(4), sub.at(10)), undefined);
  assertEquals(shadowedPrivateFix(sources, base.at(4), base.at(4)), undefined);
});

Deno.test("an iterator's return() that a wrapper without one keeps from running", () => {
  const hub = program("file:///app/hub.ts", [
    "export class Hub {", //                                                  1
    "  subscribe(id: string) {", //                                           2
    "    const sub = { id, queue: [] };", //                                  3
    "    this.subs.add(sub);", //                                             4
    "    const subs = this.subs;", //                                         5
    "    return {", //                                                        6
    "      async next() { return { done: false, value: sub.queue.shift() }; },", // 7
    "      return() {", //                                                    8
    "        subs.delete(sub);", //                                           9
    "        return Promise.resolve({ done: true, value: undefined });", //  10
    "      },", //                                                           11
    "    };", //                                                             12
    "  }", //                                                                13
    "}", //                                                                  14
  ]);
  const wrappers = (body: string[]) =>
    program("file:///app/main.ts", [
      "const views = map(hub.subscribe(id), (e) => e.status);", //            1
      "for await (const view of views) break;", //                            2
      ...body,
    ]).sources;
  const bare = [
    "export function map(source, fn) {",
    "  const it = source[Symbol.asyncIterator]();",
    "  return {",
    "    async next() { const r = await it.next(); return r; },",
    "  };",
    "}",
  ];
  const found = wrapperWithoutReturn([...hub.sources, ...wrappers(bare)], hub.at(4), hub.at(9));
  assertEquals([found?.wrapper, found?.defined.line, found?.wrapped.line], ["map", 3, 1]);
  assertMatch(
    wrapperReturnFix([...hub.sources, ...wrappers(bare)], hub.at(4), hub.at(9)) ?? "",
    /^the removal runs in the iterator's return\(\).*through map\(\) .*Give map's iterator a return\(\) that calls the source's/,
  );
  // A wrapper that forwards return(), or an async generator: no finding.
  const forwards = [
    ...bare.slice(0, 4),
    "    async return(v) { await it.return?.(v); return { done: true, value: v }; },",
    ...bare.slice(4),
  ];
  const generator = [
    "export async function* map(source, fn) {",
    "  for await (const v of source) yield fn(v);",
    "}",
  ];
  assertEquals(
    wrapperWithoutReturn([...hub.sources, ...wrappers(forwards)], hub.at(4), hub.at(9)),
    undefined,
  );
  assertEquals(
    wrapperWithoutReturn([...hub.sources, ...wrappers(generator)], hub.at(4), hub.at(9)),
    undefined,
  );
});

Deno.test("a removal guarded by the entry's identity with another variable than the one stored", () => {
  const { sources, at } = program("file:///app/mutex.ts", [
    "export class KeyedMutex {", //                                             1
    "  run(key, fn) {", //                                                      2
    "    const prev = this.tails.get(key) ?? Promise.resolve();", //            3
    "    const result = prev.then(fn);", //                                     4
    "    const tail = result.catch(() => {});", //                              5
    "    this.tails.set(key, tail);", //                                        6
    "    tail.then(() => {", //                                                 7
    "      if (this.tails.get(key) === result) this.tails.delete(key);", //     8
    "    });", //                                                               9
    "    return result;", //                                                  10
    "  }", //                                                                 11
    "  lock(key, fn) {", //                                                   12
    "    const tail = fn();", //                                              13
    "    this.tails.set(key, tail);", //                                      14
    "    tail.finally(() => {", //                                            15
    "      if (this.tails.get(key) === tail) this.tails.delete(key);", //     16
    "    });", //                                                            17
    "  }", //                                                                18
    "}", //                                                                  19
  ]);
  const lines = sources[0][1].split("\n");
  assertEquals(comparedWithOther(lines, 7), {
    condition: "this.tails.get(key) === result",
    compared: "result",
    stored: "tail",
    storedAt: 5,
  });
  assertMatch(
    comparedCopyFix(sources, at(8)) ?? "",
    /but what is stored there is tail \(line 6: this\.tails\.set\(key, tail\);\), not result: .*Compare with tail$/,
  );
  // Compared with what is stored: no finding.
  assertEquals(comparedWithOther(lines, 15), undefined);
});

Deno.test("an identity guard in a callback made before the entry is stored, below it", () => {
  const { sources } = program("file:///app/flight.ts", [
    "export class Flights {", //                                                  1
    "  start(key, fn) {", //                                                      2
    "    const entry = { key, started: Date.now(), done: null };", //             3
    "    const done = fn().finally(() => {", //                                   4
    "      if (this.byKey.get(key) === done) this.byKey.delete(key);", //         5
    "    });", //                                                                 6
    "    entry.done = done;", //                                                  7
    "    this.byKey.set(key, entry);", //                                         8
    "    return done;", //                                                        9
    "  }", //                                                                    10
    "}", //                                                                      11
  ]);
  const lines = sources[0][1].split("\n");
  assertEquals(comparedWithOther(lines, 4), {
    condition: "this.byKey.get(key) === done",
    compared: "done",
    stored: "entry",
    storedAt: 7,
  });
  // Stored as what it is compared with, below the guard: no finding.
  const same = lines.map((l) =>
    l.replace("this.byKey.set(key, entry)", "this.byKey.set(key, done)")
  );
  assertEquals(comparedWithOther(same, 4), undefined);
});

Deno.test("a removal whose time comes from another clock than the entries'", () => {
  const { sources, at } = program("file:///app/limiter.ts", [
    "export function hit(key) {", //                                           1
    "  const now = Date.now();", //                                             2
    "  windows.set(key, { hits: [now] });", //                                  3
    "}", //                                                                     4
    "function sweep() {", //                                                    5
    "  const cutoff = performance.now() - WINDOW_MS;", //                       6
    "  for (const [key, w] of windows) {", //                                   7
    "    if (w.hits[0] <= cutoff) windows.delete(key);", //                     8
    "  }", //                                                                   9
    "}", //                                                                    10
    "function timedSweep() {", //                                              11
    "  const started = performance.now();", //                                 12
    "  for (const [key, w] of windows) if (w.done) windows.delete(key);", //  13
    "  log(performance.now() - started);", //                                  14
    "}", //                                                                    15
  ]);
  assertMatch(
    mixedClocksFix(sources, at(3), at(8)) ?? "",
    /^the removal's time comes from performance\.now\(\) \(line 6: .*\) but the entries' from Date\.now\(\) \(line 2: const now = Date\.now\(\);\).*Use one clock for both: Date\.now\(\) at line 6 too, as the entries keep its time$/,
  );
  // A duration measured beside the removal is not what entries are compared with.
  assertEquals(mixedClocks(sources, at(3), at(13)), undefined);
});

Deno.test("a removal by one part of a key built from several", () => {
  const { sources, at } = program("file:///app/buckets.mjs", [
    "export function take(kiosk, routeClass) {", //                           1
    "  const key = `${kiosk}:${routeClass}`;", //                              2
    "  buckets.set(key, { kiosk, routeClass, tokens: 5 });", //                3
    "}", //                                                                    4
    "function prune() {", //                                                   5
    "  for (const bucket of buckets.values()) buckets.delete(bucket.kiosk);", // 6
    "  for (const bucket of buckets.values()) buckets.delete(bucket.key);", //  7
    "}", //                                                                    8
  ]);
  assertEquals(keyPartRemoval(sources, at(3), at(6))?.part, "bucket.kiosk");
  assertMatch(
    keyPartFix(sources, at(3), at(6)) ?? "",
    /^the entries go in under `\$\{kiosk\}:\$\{routeClass\}` \(line 2\), but the removal \(line 6\) deletes bucket\.kiosk, one part of that key/,
  );
  assertEquals(keyPartRemoval(sources, at(3), at(7)), undefined);
});

Deno.test("listeners added once to an event that has not fired", () => {
  const { sources, at } = program("file:///app/queue.ts", [
    'signal.addEventListener("abort", () => reject(new Error("shed")), {', // 1
    "  once: true,", //                                                          2
    "});", //                                                                    3
    'signal.addEventListener("abort", onAbort);', //                          4
  ]);
  assertMatch(
    onceNotFiredFix(sources, at(1), "abort") ?? "",
    /^\{ once: true \} takes a listener off only when 'abort' fires/,
  );
  assertEquals(onceNotFiredFix(sources, at(4), "abort"), undefined);
});

Deno.test("a removal in a method handed to a timer without its object", () => {
  const url = "file:///app/window.cjs";
  const lines = [
    "class Window {", //                                               1
    "  constructor(ms) {", //                                          2
    "    this.current = new Map();", //                                3
    "    this.timer = setInterval(this.rotate, ms);", //               4
    "    this.sweeper = setInterval(this.sweep, ms);", //              5
    "    this.sweep = this.sweep.bind(this);", //                      6
    "  }", //                                                          7
    "  rotate() {", //                                                 8
    "    this.current = new Map();", //                                9
    "  }", //                                                         10
    "  sweep() {", //                                                 11
    "    this.current.clear();", //                                   12
    "  }", //                                                         13
    "  drop = () => {", //                                            14
    "    this.current = new Map();", //                               15
    "  };", //                                                        16
    "}", //                                                           17
    "setTimeout(this.drop, 10);", //                                  18
  ];
  const { sources, at } = program(url, lines);
  assertEquals(unboundMethodRemoval(sources, at(9))?.method, "rotate");
  assertEquals(unboundMethodRemoval(sources, at(9))?.handed.line, 4);
  assertMatch(
    unboundMethodFix(sources, at(9)) ?? "",
    /^rotate\(\), where the removal is, is handed on as a bare function \(.*:4: .*\): .*\(\) => this\.rotate\(\)$/,
  );
  // Bound in the constructor, or an arrow function in a field: it keeps its `this`.
  assertEquals(unboundMethodRemoval(sources, at(12)), undefined);
  assertEquals(unboundMethodRemoval(sources, at(15)), undefined);
});

Deno.test("how a chain of versions' link is read: one step back, walked, or never", () => {
  const url = "file:///app/roster.ts";
  const { sources, at } = program(url, [
    "class Roster {", //                                                     1
    "  commit(members) {", //                                                2
    "    const prev = this.current;", //                                     3
    "    this.current = { version: prev.version + 1, members, prev };", //   4
    "  }", //                                                                5
    "  since(version) {", //                                                 6
    "    const prev = this.current.prev;", //                                7
    "    return prev?.version === version ? prev.members : null;", //        8
    "  }", //                                                                9
    "}", //                                                                 10
  ]);
  const once = linkReads(sources, "prev", at(4));
  assertEquals(once.reads, "once");
  assertEquals(once.first?.line, 7);
  // A loop that follows the link, or a read two steps deep: walked.
  const walked = sources[0][1].replace(
    "const prev = this.current.prev;",
    "for (let v = this.current; v; v = v.prev) if (v.version === version) return v;",
  );
  assertEquals(linkReads([[url, walked]], "prev", at(4)).reads, "walked");
  const deep = sources[0][1].replace("this.current.prev;", "this.current.prev?.prev;");
  assertEquals(linkReads([[url, deep]], "prev", at(4)).reads, "walked");
  // Only written (the add's own line is not a read): never read.
  const never = sources[0][1].replace("const prev = this.current.prev;", "const prev = null;");
  assertEquals(linkReads([[url, never]], "prev", at(4)).reads, "never");
});

Deno.test("a removal by the value the add's key was made from: the key before its function", () => {
  const url = "file:///app/tags.ts";
  const st = (line: number, text: string) => ({ location: sourceLocation(url, line, 5), text });
  const add = st(4, "this.#byTag.set(slug(tag.name), tag);");
  const removal = st(9, "this.#byTag.delete(tag.name);");
  assertEquals(transformedKeyRemoval(add, removal), {
    key: "slug(tag.name)",
    from: "name",
    removed: "tag.name",
    meant: "slug(tag.name)",
  });
  const plain = st(4, "seen.set(normalize(path), Date.now());");
  assertEquals(transformedKeyRemoval(plain, st(9, "seen.delete(path);"))?.meant, "normalize(path)");
  const lower = st(4, "inbox.set(email.trim().toLowerCase(), msg);");
  assertEquals(
    transformedKeyRemoval(lower, st(9, "inbox.delete(msg.email);"))?.meant,
    "msg.email.trim().toLowerCase()",
  );
  assertMatch(
    transformedKeyFix(lower, st(9, "inbox.delete(msg.email);")) ?? "",
    /^the entries go in under email\.trim\(\)\.toLowerCase\(\) \(line 4\) but the removal \(line 9\) deletes by msg\.email, .*\(msg\.email\.trim\(\)\.toLowerCase\(\)\)$/,
  );
  // The same key made the same way, or another value altogether: nothing to say.
  assertEquals(transformedKeyRemoval(plain, st(9, "seen.delete(normalize(path));")), undefined);
  assertEquals(transformedKeyRemoval(plain, st(9, "seen.delete(other);")), undefined);
});

Deno.test("a key made above the add and looked up as it came: by its removal, or its value's", () => {
  const { sources, at } = program("file:///app/mentions.cjs", [
    "class MentionIndex {", //                                             1
    "  add(handle, ref) {", //                                             2
    "    const key = handle.toLowerCase();", //                            3
    "    let refs = this.#byHandle.get(key);", //                          4
    "    if (!refs) this.#byHandle.set(key, refs = new Map());", //        5
    "    refs.set(ref.commentId, ref);", //                                6
    "  }", //                                                              7
    "  remove(handle, commentId) {", //                                    8
    "    const refs = this.#byHandle.get(handle);", //                     9
    "    if (!refs) return;", //                                          10
    "    refs.delete(commentId);", //                                     11
    "    if (refs.size === 0) this.#byHandle.delete(handle);", //         12
    "  }", //                                                             13
    "}", //                                                               14
  ]);
  // The holder itself: its delete by the name the key was made from.
  assertEquals(
    transformedKeyRemoval(at(5), at(12), sources)?.meant,
    "handle.toLowerCase()",
  );
  // Without the sources the key is only a name: nothing to say.
  assertEquals(transformedKeyRemoval(at(5), at(12)), undefined);
  // A value under the key: reached by a lookup of the name as it came.
  assertEquals(transformedLookup(sources, at(6), at(11)), {
    lookup: "this.#byHandle.get(handle)",
    lookupLine: 9,
    filed: "handle.toLowerCase()",
    filedLine: 3,
  });
  assertMatch(
    transformedLookupFix(sources, at(6), at(11)) ?? "",
    /^the removal reaches these through this\.#byHandle\.get\(handle\) \(line 9\), but they are filed under handle\.toLowerCase\(\) \(line 3\)/,
  );
  // Looked up by the key made the same way: nothing to say.
  const same = sources[0][1].replace(
    "this.#byHandle.get(handle);",
    "this.#byHandle.get(handle.toLowerCase());",
  );
  assertEquals(transformedLookup([[sources[0][0], same]], at(6), at(11)), undefined);
});

Deno.test("entries filed under each of several keys, removed under the one asked for", () => {
  const { sources, at } = program("file:///app/index.ts", [
    "export class Index {", //                                              1
    "  add(doc) {", //                                                       2
    "    for (const word of doc.words) {", //                                3
    "      const docs = this.byWord.get(word) ?? new Set();", //             4
    "      this.byWord.set(word, docs.add(doc));", //                        5
    "    }", //                                                              6
    "  }", //                                                                7
    "  forget(word) {", //                                                   8
    "    this.byWord.delete(word);", //                                      9
    "  }", //                                                               10
    "  drop(doc) {", //                                                     11
    "    for (const w of doc.words) this.byWord.get(w)?.delete(doc);", //   12
    "  }", //                                                               13
    "}", //                                                                 14
  ]);
  const found = filedUnderEach(sources, at(5), at(9));
  assertEquals([found?.loop.line, found?.each, found?.removed], [3, "doc.words", "word"]);
  // A removal that walks the entry's keys takes it out everywhere: nothing to say.
  assertEquals(filedUnderEach(sources, at(5), at(12)), undefined);
  // Each key given a value of its own, made in the loop: not one entry under many.
  const own = program("file:///app/fanout.ts", [
    "export class Fanout {", //                                               1
    "  publish(note) {", //                                                   2
    "    for (const w of this.#watchers.get(note.deck) ?? []) {", //          3
    "      let batch = this.#pending.get(w);", //                             4
    "      if (!batch) this.#pending.set(w, batch = []);", //                 5
    "      this.#pending.set(w, batch);", //                                  6
    "    }", //                                                               7
    "  }", //                                                                 8
    "  drop(w) {", //                                                         9
    "    this.#pending.delete(w);", //                                       10
    "  }", //                                                                11
    "}", //                                                                  12
  ]);
  assertEquals(filedUnderEach(own.sources, own.at(6), own.at(10)), undefined);
  // One value filed under each: the loop's whole iterable, parentheses and all.
  const shared = program("file:///app/fanout.ts", [
    "export class Fanout {", //                                               1
    "  publish(note) {", //                                                   2
    "    for (const w of this.#watchers.get(note.deck) ?? []) {", //          3
    "      this.#pending.set(w, note);", //                                   4
    "    }", //                                                               5
    "  }", //                                                                 6
    "  drop(w) {", //                                                         7
    "    this.#pending.delete(w);", //                                        8
    "  }", //                                                                 9
    "}", //                                                                  10
  ]);
  assertEquals(
    filedUnderEach(shared.sources, shared.at(4), shared.at(8))?.each,
    "this.#watchers.get(note.deck) ?? []",
  );
});

Deno.test("a callback answered at once under an if that goes on to queue it, drained only once", () => {
  const URL = "file:///app/catalog.ts";
  const source = (ready: string[], drain: string) =>
    [
      "export const catalog = {", //                                    1
      "  waiting: [],", //                                              2
      "  ready(cb) {", //                                               3
      ...ready, //                                                      4…
      "  },", //
      "  load() {", //
      "    const waiting = this.waiting;", //
      "    this.waiting = [];", //                                      removal
      drain, //
      "  },", //
      "};", //
    ].join("\n");
  const check = (ready: string[], drain = "    for (const cb of waiting) cb(null, this.menu);") => {
    const text = source(ready, drain);
    const lines = text.split("\n");
    const add = lines.findIndex((l) => l.includes("this.waiting.push(cb)")) + 1;
    const removal = lines.findIndex((l) => l.includes("this.waiting = []")) + 1;
    const at = (line: number, t: string) => ({
      location: { url: URL, line, column: 5, display: `catalog.ts:${line}` },
      text: t,
    });
    return answeredThenKept(
      [[URL, text]],
      at(add, "this.waiting.push(cb);"),
      at(removal, "this.waiting = [];"),
    );
  };
  const kept = check(["    if (this.loaded) cb(null, this.menu);", "    this.waiting.push(cb);"]);
  assertEquals(kept, { line: 3, condition: "this.loaded", callback: "cb" });
  // In a block, too.
  assert(
    check([
      "    if (this.loaded) {",
      "      cb(null, this.menu);",
      "    }",
      "    this.waiting.push(cb);",
    ]),
  );
  // It returns after answering, or queues only in the else: nothing kept twice.
  assertEquals(
    check(["    if (this.loaded) return cb(null, this.menu);", "    this.waiting.push(cb);"]),
    undefined,
  );
  assertEquals(
    check([
      "    if (this.loaded) {",
      "      cb(null, this.menu);",
      "    } else {",
      "      this.waiting.push(cb);",
      "    }",
    ]),
    undefined,
  );
  // Subscribers told the current value at once and kept for later ones: no drain, no mistake.
  assertEquals(
    check(
      ["    if (this.loaded) cb(null, this.menu);", "    this.waiting.push(cb);"],
      "    this.count = 0;",
    ),
    undefined,
  );
});
