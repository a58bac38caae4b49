/**
 * Fixes that name why a removal misses, on small sources: a key rebuilt with its fields in
 * another order than the kept keys', a splice while walking forward, a delete in a lazy
 * iterator helper, a time bound behind a not-empty guard; and a removal inside a dependency's
 * method read as the program's call of it.
 */

import {
  boundFix,
  builtKeyFix,
  calledNotDeletedFix,
  clearedHandleFix,
  comparedFieldFix,
  conditionalResetFix,
  constructorRegistrationFix,
  copyRemovalFix,
  deletedAddFix,
  discardedCopyFix,
  discardedHelperFix,
  endStateKeptFix,
  exitSkipsFix,
  failedCallKeepsFix,
  fulfilledOnlyFix,
  jsonKeyFieldFix,
  misspelledStateFix,
  movingOffsetFix,
  negativeSliceFix,
  newestTakenFix,
  otherNameFix,
  overrideSkipsFix,
  pastEndFix,
  pathIdKeyFix,
  prototypeHolderFix,
  readdedOnlyFix,
  rebuiltReadFix,
  secondsAgainstMillisFix,
  skippedBySharedFix,
  skippedCapFix,
  stoppedSweepFix,
  textComparedFix,
  textEqualsNumberFix,
  unclearedExitFix,
  unwrappedRingFix,
  viewKeepsBufferFix,
  walkedOtherKeysFix,
  walkingRemovalFix,
  wrappedPerCallFix,
} from "../../heap/analysis/suspect_text.ts";
import {
  addsObject,
  agesOutOnAdd,
  comparedWithField,
  findRemovingStatements,
  findValueResets,
  fulfilledOnlyRemoval,
  skippedByReturn,
  skippedByShared,
  undoCallsFor,
} from "../../heap/analysis/source_removes.ts";
import { comparedAsText, comparedWithNumber } from "../../heap/analysis/source_mistakes.ts";
import { programCallOf, withCondition } from "../../heap/analysis/suspect_statements.ts";
import { sourceLocation } from "../../heap/analysis/attribution.ts";
import { reinsertsRead } from "../../heap/analysis/suspect_statements.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";
import { differingJsonField } from "../../heap/analysis/key_texts.ts";

const url = "file:///app/holds.js";
const at = (line: number, text: string) => ({ location: sourceLocation(url, line, 3), text });

Deno.test("a key rebuilt with the fields in another order than the kept keys'", () => {
  const add = at(3, "holds.set(keyOf(selection), hold);");
  const removal = at(9, "holds.delete(keyOf({ court, slot }));");
  const fix = builtKeyFix(add, removal, ['{"slot":101,"court":3}']);
  assertMatch(fix ?? "", /in the order court, slot, while the kept keys have slot, court/);
  assertMatch(fix ?? "", /`\$\{slot\}:\$\{court\}`/);
  // The same order: built anew is all that can be said.
  const same = builtKeyFix(add, removal, ['{"court":3,"slot":101}']);
  assertMatch(same ?? "", /unless both come out exactly the same/);
  assertEquals(builtKeyFix(add, at(9, "holds.delete(keyOf(hold.selection));"), []), undefined);
  // Built the same way in both (the add's call going on past its line): not how it misses.
  const template = at(3, "this.#progress.set(`${r.id}/${device}`, {");
  assertEquals(
    builtKeyFix(template, at(9, "this.#progress.delete(`${r.id}/${device}`);"), []),
    undefined,
  );
  assertMatch(
    builtKeyFix(template, at(9, "this.#progress.delete(`${r.id}:${device}`);"), []) ?? "",
    /while the add stored `\$\{r\.id\}\/\$\{device\}`/,
  );
});

Deno.test("a splice while walking forward, and a delete inside a lazy iterator helper", () => {
  const source = [
    "function offAll(owner) {",
    "  for (let i = 0; i < subs.length; i++) {",
    "    if (subs[i].owner === owner) subs.splice(i, 1);",
    "  }",
    "}",
    "function sweep(now) {",
    "  return locks.values().filter((l) => l.until <= now).map((l) => locks.delete(l.id));",
    "}",
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  assertMatch(
    walkingRemovalFix(sources, at(3, "if (subs[i].owner === owner) subs.splice(i, 1);")) ?? "",
    /walks forward: the next entry slides into the freed slot/,
  );
  assertMatch(
    walkingRemovalFix(sources, at(7, "return locks.values()…")) ?? "",
    /inside a lazy iterator helper/,
  );
  assertEquals(walkingRemovalFix(sources, at(1, "function offAll(owner) {")), undefined);
});

Deno.test("a removal in a dependency is the program's call of its method; a not-empty guard is no bound", () => {
  const lib = "file:///app/node_modules/tiny-heap/index.js";
  const app = "file:///app/reminders.js";
  const sources: [string, string][] = [
    [
      lib,
      "class Heap {\n  pop() {\n    const bottom = this.data.pop();\n    return bottom;\n  }\n}\n",
    ],
    [
      app,
      "function due(now) {\n  while (queue.size > 0 && queue.peek().dueAt <= now) {\n    const r = queue.pop();\n  }\n}\n",
    ],
  ];
  const inside = at(3, "const bottom = this.data.pop();");
  const call = programCallOf(sources, { ...inside, location: sourceLocation(lib, 3, 5) }, "queue");
  assertEquals(call?.location.url, app);
  assertEquals(call?.location.line, 3);
  const fix = boundFix(
    { ...call!, within: "while (queue.size > 0 && queue.peek().dueAt <= now) {" },
    "queue.data",
    "data",
  );
  assertMatch(fix ?? "", /takes out only entries past a time \(queue\.peek\(\)\.dueAt <= now\)/);
});

Deno.test("a removal from a local copy its function made; two calls naming different things", () => {
  const source = [
    "class WorkQueue {",
    "  #waiting = [];",
    "  enqueue(item) {",
    "    this.#waiting.push(item);",
    "  }",
    "  claimNext(skills) {",
    "    const doable = this.#waiting.filter((item) => item.fits(skills));",
    "    return doable.sort(byDue).shift();",
    "  }",
    "  depth() {",
    "    const doable = this.#waiting.filter((item) => item.queued);",
    "    return doable.length;",
    "  }",
    "  drop(item) {",
    "    let kept = this.#waiting.filter((x) => x !== item);",
    "    kept.pop();",
    "    this.#waiting = kept;",
    "  }",
    "}",
    "function other(list) {",
    "  return doable.shift();",
    "}",
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  const removals = findRemovingStatements(sources, {
    segments: ["workQueue", "#waiting"],
    kind: "array",
    addedAt: sourceLocation(url, 4, 5),
  });
  // The copy's shift, in the function that made it; not `kept.pop()` (the copy becomes the
  // collection) nor another function's `doable`.
  assertEquals(removals.map((r) => r.location.line), [8]);
  assertMatch(
    copyRemovalFix(sources, removals[0], "#waiting") ?? "",
    /doable is a copy of #waiting \(filter\(\) makes a new array\): the removal at line 8/,
  );

  const added = at(32, "supplierBus.on(`tariff.${this.id}`, (update) => {");
  assertMatch(
    otherNameFix(added, at(42, "supplierBus.off(`.${this.id}`);")) ?? "",
    /passes `\.\$\{this\.id\}` where the add passed `tariff\.\$\{this\.id\}`/,
  );
  assertEquals(otherNameFix(added, at(42, "supplierBus.off(`tariff.${this.id}`);")), undefined);
  assertEquals(otherNameFix(added, at(42, "supplierBus.off(subscription);")), undefined);
});

Deno.test("a function the add's own calls after it is its bound when a size is over something", () => {
  const source = [
    "class Log {",
    "  append(e) {",
    "    this.items.push(e);",
    "    if (this.state === 'half-open') this.reset();",
    "    if (this.size > this.capacity) this.dropOldest();",
    "  }",
    "  reset() {",
    "    this.items.length = 0;",
    "  }",
    "  dropOldest() {",
    "    this.items.shift();",
    "  }",
    "}",
  ].join("\n");
  const removals = findRemovingStatements([[url, source]], {
    segments: ["log", "items"],
    kind: "array",
    addedAt: sourceLocation(url, 3, 5),
  });
  assertEquals(removals[0]?.location.line, 11);
});

Deno.test("a window added to at the front and pruned from the front takes the newest", () => {
  const source = [
    "class RecentWindow {",
    "  add(sample) {",
    "    this.samples.unshift(sample);",
    "    this.prune(Date.now());",
    "  }",
    "  prune(now) {",
    "    while (this.samples.length > 0 && this.samples[0].at < now - this.spanMs) {",
    "      this.samples.shift();",
    "    }",
    "  }",
    "}",
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  const removal = {
    ...at(8, "this.samples.shift();"),
    within: "while (this.samples.length > 0 && this.samples[0].at < now - this.spanMs) {",
  };
  const pushed = at(3, "this.samples.push(sample);");
  const unshifted = at(3, "this.samples.unshift(sample);");
  // Pushed at the end, it is a window over time; put first, the front is the newest.
  assertEquals(agesOutOnAdd(sources, pushed, removal, true), true);
  assertEquals(agesOutOnAdd(sources, unshifted, removal, true), false);
  assertMatch(
    newestTakenFix(unshifted, removal) ?? "",
    /puts new entries first \(line 3\) and the removal takes from the front too \(line 8\)/,
  );
  assertEquals(newestTakenFix(pushed, removal), undefined);
});

Deno.test("a removal that deletes the value its function adds next, through a key built by a call", () => {
  const source = [
    "class IndexedStore {",
    "  update(id, change) {",
    "    const current = this.byId.get(id);",
    "    const next = change(current);",
    "    this.byId.set(id, next);",
    "    this.index.get(this.keyOf(current))?.delete(next);",
    "    this.addToIndex(next);",
    "  }",
    "  remove(id) {",
    "    const current = this.byId.get(id);",
    "    const set = this.index.get(this.keyOf(current));",
    "    set?.delete(current);",
    "  }",
    "  addToIndex(item) {",
    "    this.index.get(this.keyOf(item)).add(item);",
    "  }",
    "}",
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  const removals = findRemovingStatements(sources, {
    segments: ["store", "index"],
    kind: "any",
    valueKind: "set",
    addedAt: sourceLocation(url, 15, 5),
  });
  assertEquals(removals[0]?.location.line, 6);
  assertMatch(
    deletedAddFix(sources, removals[0]) ?? "",
    /takes out next, which its function adds right after \(line 7\)/,
  );
  assertEquals(deletedAddFix(sources, at(12, "set?.delete(current);")), undefined);
});

Deno.test("taken out of one collection and put in another is a move, not a delete before its add", () => {
  const url = "file:///p/pool.cjs";
  const source = [
    "class Pool {",
    "  release(buf) {",
    "    if (!this.#lent.delete(buf)) return false;",
    "    if (this.#free.length < this.keep) this.#free.push(buf);",
    "  }",
    "  readd(buf) {",
    "    this.#lent.delete(buf);",
    "    this.#lent.add(buf);",
    "  }",
    "}",
  ].join("\n");
  const line = (n: number) => ({
    location: sourceLocation(url, n, 5),
    text: source.split("\n")[n - 1].trim(),
  });
  assertEquals(deletedAddFix([[url, source]], line(3)), undefined);
  assertMatch(deletedAddFix([[url, source]], line(7)) ?? "", /adds right after \(line 8\)/);
});

Deno.test("an add that puts an object in, directly or through a local made so", () => {
  const source = [
    "class Queue {",
    "  add(name) {",
    "    const job = { id: ++seq, name };",
    "    this.waiting.push(job);",
    "    this.ids.push(seq);",
    "    this.jobs.push({ name });",
    "    this.byId.set(seq, new Job(name));",
    "  }",
    "}",
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  assertEquals(addsObject(sources, at(4, "this.waiting.push(job);")), true);
  assertEquals(addsObject(sources, at(5, "this.ids.push(seq);")), false);
  assertEquals(addsObject(sources, at(6, "this.jobs.push({ name });")), true);
  assertEquals(addsObject(sources, at(7, "this.byId.set(seq, new Job(name));")), true);
  // A local given an object after its declaration, before the add.
  const later = [
    "function fail(key) {",
    "  let entry = failures.get(key);",
    "  if (!entry) {",
    "    entry = { since: Date.now(), count: 0 };",
    "    failures.set(key, entry);",
    "  }",
    "  let n = counts.get(key);",
    "  n = n + 1;",
    "  counts.set(key, n);",
    "}",
  ].join("\n");
  assertEquals(addsObject([[url, later]], at(5, "failures.set(key, entry);")), true);
  assertEquals(addsObject([[url, later]], at(9, "counts.set(key, n);")), false);
});

Deno.test("an expiry checked only when a key is added again: its delete before a reset, and the fix", () => {
  const source = [
    "export function memoize(fn, ttlMs) {",
    "  const entries = new Map();",
    "  const memo = (key) => {",
    "    const hit = entries.get(key);",
    "    if (hit) {",
    "      if (hit.expires > Date.now()) return hit.value;",
    "      entries.delete(key);",
    "    }",
    "    const value = fn(key);",
    "    entries.set(key, { value, expires: Date.now() + ttlMs });",
    "    return value;",
    "  };",
    "  memo.clear = () => entries.clear();",
    "  return memo;",
    "}",
  ].join("\n");
  const memoUrl = "file:///app/memo.js";
  const sources: [string, string][] = [[memoUrl, source]];
  const add = { location: sourceLocation(memoUrl, 10, 13), text: "entries.set(key, …);" };
  const removals = findRemovingStatements(sources, {
    segments: ["lookup", "entries"],
    kind: "map",
    addedAt: add.location,
  });
  assertEquals(removals.map((r) => r.location.line), [7, 13]);
  assertMatch(
    readdedOnlyFix(sources, add, removals[0]) ?? "",
    /the removal \(line 7\) runs only when the same key is added again \(line 10\)/,
  );
  assertEquals(readdedOnlyFix(sources, add, removals[1]), undefined);
  // Not known to come before an add: a removal like any other.
  const unplaced = findRemovingStatements(sources, {
    segments: ["lookup", "entries"],
    kind: "map",
  });
  assertEquals(unplaced[0]?.location.line, 7);
});

Deno.test("an add that skips the cap another add keeps; a sweep that stops early; a look-up's own delete ranked below the sweep", () => {
  const planUrl = "file:///app/plan.ts";
  const plan = [
    "class ShelfPlan {", //                                                  1
    "  rotate(batch) {", //                                                  2
    "    this.undoStack.push(batch);", //                                    3
    "  }", //                                                                4
    "  undo() {", //                                                         5
    "    return this.undoStack.pop();", //                                   6
    "  }", //                                                                7
    "  record(entry) {", //                                                  8
    "    this.undoStack.push(entry);", //                                    9
    "    if (this.undoStack.length > LIMIT) this.undoStack.shift();", //     10
    "  }", //                                                                11
    "}", //                                                                  12
  ].join("\n");
  const cacheUrl = "file:///app/cache.mjs";
  const cache = [
    "export class TtlCache {", //                                           1
    "  get(key) {", //                                                      2
    "    const entry = this.entries.get(key);", //                          3
    "    if (entry && entry.expires > Date.now()) return entry.value;", //  4
    "    if (entry) this.entries.delete(key);", //                          5
    "  }", //                                                               6
    "  set(key, value, ttl) {", //                                          7
    "    this.entries.set(key, { value, expires: Date.now() + ttl });", //   8
    "  }", //                                                               9
    "  sweep(now) {", //                                                    10
    "    for (const [stale, entry] of this.entries) {", //                  11
    "      if (entry.expires > now) break;", //                             12
    "      this.entries.delete(stale);", //                                 13
    "    }", //                                                             14
    "  }", //                                                               15
    "}", //                                                                 16
  ].join("\n");
  const sources: [string, string][] = [[planUrl, plan], [cacheUrl, cache]];
  const add = { location: sourceLocation(planUrl, 3, 5), text: "this.undoStack.push(batch);" };
  const capped = findRemovingStatements(sources, {
    segments: ["plan", "undoStack"],
    kind: "array",
    addedAt: add.location,
  });
  assertEquals(capped[0]?.location.line, 10);
  assertMatch(
    skippedCapFix(sources, add, capped[0]) ?? "",
    /the add at line 3 skips the cap that the add at line 9 keeps \(line 10\)/,
  );
  // The capped add itself skips nothing.
  const own = { location: sourceLocation(planUrl, 9, 5), text: "this.undoStack.push(entry);" };
  assertEquals(skippedCapFix(sources, own, capped[0]), undefined);
  const set = { location: sourceLocation(cacheUrl, 8, 5), text: "this.entries.set(…);" };
  const swept = findRemovingStatements(sources, {
    segments: ["cache", "entries"],
    kind: "map",
    addedAt: set.location,
  }).map((r) => withCondition(sources, r));
  assertEquals(swept.map((r) => r.location.line), [13, 5]);
  assertMatch(
    stoppedSweepFix(sources, swept[0]) ?? "",
    /the sweep stops at the first entry that is not due yet \(line 12: /,
  );
  assertEquals(stoppedSweepFix(sources, swept[1]), undefined);
});

Deno.test("a removal in a method the entries' own class overrides without calling super", () => {
  const baseUrl = "file:///app/resource.cjs";
  const base = [
    "class Resource {", //                                   1
    "  static active = new Set();", //                        2
    "  constructor() {", //                                   3
    "    Resource.active.add(this);", //                      4
    "  }", //                                                 5
    "  close() {", //                                         6
    "    if (this.closed) return;", //                        7
    "    Resource.active.delete(this);", //                   8
    "  }", //                                                 9
    "}", //                                                   10
  ].join("\n");
  const subUrl = "file:///app/sessions.cjs";
  const sub = [
    "class Session extends Resource {", //                   1
    "  close() {", //                                         2
    "    this.flush();", //                                   3
    "    super.close();", //                                  4
    "  }", //                                                 5
    "}", //                                                   6
    "class DemoSession extends Session {", //                7
    "  close() {", //                                         8
    "    this.closed = true;", //                             9
    "  }", //                                                 10
    "}", //                                                   11
    "class PitchSession extends Session {}", //              12
  ].join("\n");
  const sources: [string, string][] = [[baseUrl, base], [subUrl, sub]];
  const removal = {
    location: sourceLocation(baseUrl, 8, 5),
    text: "Resource.active.delete(this);",
  };
  assertMatch(
    overrideSkipsFix(sources, removal, "DemoSession") ?? "",
    /^DemoSession overrides close\(\) \(sessions\.cjs:8\) without calling super\.close\(\), which takes the entry out \(Resource\.close\(\), resource\.cjs:8\)/,
  );
  // It sets the flag the removal's method returns early on: a super call must replace that.
  assertMatch(
    overrideSkipsFix(sources, removal, "DemoSession") ?? "",
    /Call super\.close\(\) from it instead of setting this\.closed itself/,
  );
  // The removal in another class, run by an ancestor's method (`this.feed.unwatch(this)`).
  const feedUrl = "file:///app/feed.ts";
  const feed = [
    "export class SeatFeed {", //                     1
    "  unwatch(watcher) {", //                         2
    "    this.watchers.delete(watcher);", //           3
    "  }", //                                          4
    "}", //                                            5
    "export class SeatWatcher {", //                  6
    "  close() {", //                                  7
    "    this.feed.unwatch(this);", //                 8
    "  }", //                                          9
    "}", //                                            10
    "export class BookingSession extends SeatWatcher {", // 11
    "  override close() {", //                         12
    "    this.closed = true;", //                      13
    "  }", //                                          14
    "}", //                                            15
  ].join("\n");
  const unwatch = {
    location: sourceLocation(feedUrl, 3, 5),
    text: "this.watchers.delete(watcher);",
  };
  assertMatch(
    overrideSkipsFix([[feedUrl, feed]], unwatch, "BookingSession") ?? "",
    /^BookingSession overrides close\(\) \(feed\.ts:12\) without calling super\.close\(\), which takes the entry out \(SeatWatcher\.close\(\) through SeatFeed\.unwatch\(\), feed\.ts:3\)/,
  );
  // Through super all the way, or not overridden: the removal runs.
  assertEquals(overrideSkipsFix(sources, removal, "Session"), undefined);
  assertEquals(overrideSkipsFix(sources, removal, "PitchSession"), undefined);
});

Deno.test("a prune that compares a field the entries hold as a string with a time", () => {
  const url = "file:///app/certificates.mjs";
  const source = [
    "function* issuer() {", //                                                           1
    "  const issued = [];", //                                                           2
    "  for (;;) {", //                                                                   3
    "    const cutoff = Date.now() - WINDOW_MS;", //                                     4
    "    while (issued.length > 0 && issued[0].sweptAt < cutoff) issued.shift();", //    5
    "    const since = new Date(Date.now() - WINDOW_MS).toISOString();", //              6
    "    while (issued.length > 0 && issued[0].sweptAt < since) issued.shift();", //     7
    "    while (issued.length > 0 && issued[0].expires <= Date.now()) issued.shift();", // 8
    "  }", //                                                                             9
    "}", //                                                                               10
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  const at = (line: number) => ({
    location: sourceLocation(url, line, 5),
    text: source.split("\n")[line - 1].trim(),
  });
  const fields = ["number", "sweptAt", "address"];
  assertEquals(comparedAsText(sources, at(5), fields), "sweptAt");
  assertMatch(
    textComparedFix(sources, at(5), fields) ?? "",
    /the entries hold \.sweptAt as a string \(line 5/,
  );
  // Against another string (an ISO date too), or a field that is no string: a working test.
  assertEquals(comparedAsText(sources, at(7), fields), undefined);
  assertEquals(comparedAsText(sources, at(8), fields), undefined);
});

Deno.test("a completion that reads its call and takes it out is no look-up's expiry", () => {
  const url = "file:///app/client.cjs";
  const source = [
    "class Client {", //                                                          1
    "  call(id, resolve, reject) {", //                                           2
    "    const timer = setTimeout(() => {", //                                    3
    "      this.pending.delete(id);", //                                          4
    "    }, 5000);", //                                                           5
    "    this.pending.set(id, { resolve, reject, timer });", //                   6
    "  }", //                                                                     7
    "  onMessage(msg) {", //                                                      8
    "    const call = this.pending.get(msg.id);", //                              9
    "    if (msg.error) return call.reject(msg.error);", //                       10
    "    this.pending.delete(msg.id);", //                                        11
    "    call.resolve(msg.result);", //                                           12
    "  }", //                                                                     13
    "}", //                                                                       14
    // The program wires the handler (a removal nothing calls ranks last).
    'socket.on("message", (msg) => client.onMessage(msg));', //                   15
  ].join("\n");
  const removals = findRemovingStatements([[url, source]], {
    segments: ["client", "pending"],
    kind: "map",
    addedAt: sourceLocation(url, 6, 5),
  });
  assertEquals(removals[0]?.location.line, 11);
});

Deno.test("a removal that compares a field the entries hold as a string with === against a number", () => {
  const url = "file:///app/waitlist.mjs";
  const source = [
    "export function join(list, seat, body) {", //                                       1
    "  list.push({ seat, name: body.name, at: Date.now() });", //                          2
    "}", //                                                                                3
    "export function book(list, body) {", //                                             4
    "  const booking = { seat: parseInt(body.seat, 10), paid: true };", //                 5
    "  const i = list.findIndex((w) => w.seat === booking.seat);", //                      6
    "  if (i >= 0) list.splice(i, 1);", //                                                 7
    "  const wanted = Number(body.seat);", //                                              8
    "  waiting = waiting.filter((w) => w.seat !== wanted);", //                            9
    "  const j = list.findIndex((w) => w.name === booking.name);", //                      10
    "  if (j >= 0) list.splice(j, 1);", //                                                 11
    "  const k = list.findIndex((w) => w.seat == booking.seat);", //                       12
    "  if (k >= 0) list.splice(k, 1);", //                                                 13
    "}", //                                                                                14
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  const at = (line: number) => ({
    location: sourceLocation(url, line, 3),
    text: source.split("\n")[line - 1].trim(),
  });
  const fields = ["seat", "name"];
  // The index's test is on the line above the splice; the other side is a property the
  // program sets only from a conversion.
  const found = comparedWithNumber(sources, at(7), fields);
  assertEquals(found?.field, "seat");
  assertEquals(found?.test, "w.seat === booking.seat");
  assertEquals(found?.madeAt?.display, "/app/waitlist.mjs:5");
  assertMatch(
    textEqualsNumberFix(sources, at(7), fields) ?? "",
    /^the entries hold \.seat as a string, but the removal's test `w\.seat === booking\.seat` compares it strictly with booking\.seat, a number \(\/app\/waitlist\.mjs:5: const booking = \{ seat: parseInt/,
  );
  // A filter against a variable declared as a conversion.
  assertEquals(comparedWithNumber(sources, at(9), fields)?.against, "wanted");
  // A field that is set from text too, or no string in the entries, or a loose ==: no finding.
  assertEquals(comparedWithNumber(sources, at(11), fields), undefined);
  assertEquals(comparedWithNumber(sources, at(7), ["name"]), undefined);
  assertEquals(comparedWithNumber(sources, at(13), fields), undefined);
  // A property the program also sets from a string literal may be either.
  const shifted = `const sample = { seat: "A1" };\n${source}`;
  const removal = { location: sourceLocation(url, 8, 3), text: at(7).text };
  assertEquals(comparedWithNumber([[url, shifted]], removal, fields), undefined);
  assertEquals(
    comparedWithNumber([[url, `const sample = { seat: row.seat };\n${source}`]], removal, fields)
      ?.field,
    "seat",
  );
});

Deno.test("a trim whose copy is thrown away is the removal that misses, and says so", () => {
  const url = "file:///p/history.ts";
  const source = [
    "export class History {",
    "  #stacks = new Map();",
    "  push(id, grid) {",
    "    const stack = this.#stacks.get(id) ?? [];",
    "    stack.push(grid);",
    "    if (stack.length > MAX) stack.slice(stack.length - MAX);",
    "    this.#stacks.set(id, stack);",
    "  }",
    "  undo(id) {",
    "    return this.#stacks.get(id)?.pop();",
    "  }",
    "}",
  ].join("\n");
  const removals = findRemovingStatements([[url, source]], {
    segments: ["history", "#stacks"],
    kind: "any",
    valueKind: "array",
    addedAt: sourceLocation(url, 5, 5),
  });
  assertEquals(removals[0]?.location.line, 6);
  assertMatch(discardedCopyFix(removals[0]) ?? "", /^slice\(\) at line 6 returns a new array/);
  assertEquals(discardedCopyFix({ ...removals[0], text: "stack = stack.slice(-MAX);" }), undefined);
  // A copy made to walk (`slice()`, then read) is not a trim: the splice is the removal.
  const walked = source.replace(
    "    if (stack.length > MAX) stack.slice(stack.length - MAX);",
    "    stack.slice().forEach((g) => g.touch());",
  ).replace("    return this.#stacks.get(id)?.pop();", "    this.#stacks.get(id)?.splice(0, 1);");
  const found = findRemovingStatements([[url, walked]], {
    segments: ["history", "#stacks"],
    kind: "any",
    valueKind: "array",
    addedAt: sourceLocation(url, 5, 5),
  });
  assertEquals(found.map((r) => r.location.line), [10]);
  assertEquals(
    discardedCopyFix({ ...removals[0], text: "stack.filter(live).forEach(send);" }),
    undefined,
  );
});

Deno.test("rebuilt from trimmed parts: the removal, and slice(-n) keeps all at n = 0", () => {
  const url = "file:///p/tracker.mjs";
  const source = [
    "class Tracker {",
    "  #jobs = [];",
    "  start(job) {",
    "    this.#jobs.push(job);",
    "  }",
    "  sweep() {",
    "    const running = this.#jobs.filter((j) => !j.done);",
    "    const done = this.#jobs.filter((j) => j.done);",
    "    this.#jobs = running.concat(done.slice(-KEEP));",
    "  }",
    "}",
  ].join("\n");
  const removals = findRemovingStatements([[url, source]], {
    segments: ["tracker", "#jobs"],
    kind: "array",
    addedAt: sourceLocation(url, 4, 5),
  });
  assertEquals(removals[0]?.location.line, 9);
  assertMatch(negativeSliceFix(removals[0]) ?? "", /at 0, slice\(-0\) is slice\(0\)/);
  assertEquals(negativeSliceFix({ ...removals[0], text: "list.slice(-20)" }), undefined);
  // A new variable of the holder's name, elsewhere, is no rebuilding of it.
  const other = "function compress(parts) {\n  const jobs = parts.slice(0, 2).join(':');\n}";
  const plain = source.replaceAll("#jobs", "jobs");
  const found = findRemovingStatements([[url, plain], ["file:///p/other.mjs", other]], {
    segments: ["tracker", "jobs"],
    kind: "array",
    addedAt: sourceLocation(url, 4, 5),
  });
  assertEquals(found.map((r) => r.location.url), [url]);
});

Deno.test("an entry read from the holder and set back is a refresh, not an add", () => {
  const url = "file:///p/cache.cjs";
  const source = [
    "class Cache {",
    "  get(key) {",
    "    const entry = this.#entries.get(key);",
    "    this.#entries.delete(key);",
    "    this.#entries.set(key, entry);",
    "  }",
    "  set(key, value) {",
    "    this.#entries.set(key, { value });",
    "  }",
    "}",
  ].join("\n");
  const at = (line: number) => ({
    location: sourceLocation(url, line, 5),
    text: source.split("\n")[line - 1].trim(),
  });
  assertEquals(reinsertsRead([[url, source]], at(5), "#entries"), true);
  assertEquals(reinsertsRead([[url, source]], at(8), "#entries"), false);
});

Deno.test("the removal a function calls as it returns on one path and skips on another", () => {
  const source = [
    "class Dispatcher {", //                                               1
    "  cancel(id) {", //                                                   2
    "    for (const key of [...this.timers.keys()]) {", //                 3
    "      if (key.startsWith(id)) this.timers.delete(key);", //          4
    "    }", //                                                            5
    "  }", //                                                              6
    "  attempt(d) {", //                                                   7
    "    if (d.ok) {", //                                                  8
    "      this.settle(d);", //                                            9
    "      return;", //                                                   10
    "    }", //                                                           11
    "    if (d.attempts >= 5) {", //                                      12
    "      this.deadLetter(d);", //                                       13
    "      return;", //                                                   14
    "    }", //                                                           15
    "    this.timers.set(d.key, setTimeout(() => this.attempt(d), 10));", // 16
    "  }", //                                                             17
    "  settle(d) {", //                                                   18
    "    this.timers.delete(d.key);", //                                  19
    "  }", //                                                             20
    "}", //                                                               21
  ].join("\n");
  const found = (text: string) =>
    findRemovingStatements([[url, text]], {
      segments: ["dispatcher", "timers"],
      kind: "map",
      addedAt: sourceLocation(url, 16, 5),
    });
  assertEquals(found(source)[0]?.location.line, 19);
  assertMatch(
    exitSkipsFix(
      [[url, source]],
      { location: sourceLocation(url, 16, 5), text: "this.timers.set(d.key, …);" },
      found(source)[0],
    ) ?? "",
    /^settle\(\), where the removal is, runs when the add's function returns after line 9 but not when it returns after line 13 \(this\.deadLetter\(d\);\)/,
  );
  // Every exit settles: the sweep over the map ranks first again.
  const settled = source.replace("this.deadLetter(d);", "this.settle(d);");
  assertEquals(found(settled)[0]?.location.line, 4);
});

Deno.test("a timer cleared and re-armed through a guard on the handle clearTimeout left set", () => {
  const source = [
    "class Holds {", //                                                          1
    "  change(hold, qty) {", //                                                  2
    "    clearTimeout(hold.timer);", //                                          3
    "    hold.qty = qty;", //                                                    4
    "    this.#arm(hold);", //                                                   5
    "  }", //                                                                    6
    "  #arm(hold) {", //                                                         7
    "    if (hold.timer) return;", //                                            8
    "    hold.timer = setTimeout(() => this.#expire(hold), 300);", //            9
    "  }", //                                                                   10
    "  #expire(hold) {", //                                                     11
    "    this.holds.delete(hold.key);", //                                      12
    "  }", //                                                                   13
    "  convert(cart) {", //                                                     14
    "    for (const [key, hold] of this.holds) {", //                           15
    "      if (hold.cart === cart) this.holds.delete(key);", //                 16
    "    }", //                                                                 17
    "  }", //                                                                   18
    "}", //                                                                     19
    // The program converts carts at checkout (a removal nothing calls ranks last).
    "export const checkout = (holds, cart) => holds.convert(cart);", //        20
  ].join("\n");
  const found = (text: string) =>
    findRemovingStatements([[url, text]], {
      segments: ["holds", "holds"],
      kind: "map",
      addedAt: sourceLocation("file:///p/place.mjs", 3, 5),
    });
  assertEquals(found(source)[0]?.location.line, 12);
  assertMatch(
    clearedHandleFix([[url, source]], found(source)[0]) ?? "",
    /^line 3 clears hold\.timer \(clearTimeout\(hold\.timer\);\) and then calls #arm\(\), but clearTimeout leaves hold\.timer set, so #arm\(\) returns at line 8/,
  );
  // The handle reset after the clear: the timer is armed again, and the sweep ranks first.
  const reset = source.replace("    hold.qty = qty;", "    hold.timer = null;");
  assertEquals(clearedHandleFix([[url, reset]], found(reset)[0]), undefined);
  assertEquals(found(reset)[0]?.location.line, 16);
});

Deno.test("a removal in a .then() fulfilment callback alone: a rejected promise keeps its entry", () => {
  const lines = [
    "function warm(key) {", //                                        1
    "  const p = fetchRow(key).then((row) => {", //                   2
    "    rows.set(key, row);", //                                      3
    "    warming.delete(key);", //                                     4
    "  });", //                                                        5
    "  warming.set(key, p);", //                                       6
    "  p.catch((e) => log.warn(e.message));", //                       7
    "}", //                                                            8
  ];
  assertEquals(fulfilledOnlyRemoval(lines, 3), 1);
  assertMatch(
    fulfilledOnlyFix([[url, lines.join("\n")]], at(4, "warming.delete(key);")) ?? "",
    /^the removal \(line 4\) is in the \.then\(\) callback of line 2: .*\.finally\(\)/,
  );
  // A rejection callback of its own, or the entry also taken out in a finally: nothing to say.
  const both = [...lines];
  both[4] = "  }, () => warming.delete(key));";
  assertEquals(fulfilledOnlyRemoval(both, 3), undefined);
  const fin = [...lines];
  fin[6] = "  p.finally(() => warming.delete(key));";
  assertEquals(fulfilledOnlyRemoval(fin, 3), undefined);
});

Deno.test("a sweep that skips every kept entry by a field they all share", () => {
  const lines = [
    "function prune() {", //                                              1
    "  for (const [id, job] of jobs) {", //                                2
    "    if (job.pinned || job.owner === 'ops') continue;", //              3
    "    if (job.status !== 'done') continue;", //                         4
    "    jobs.delete(id);", //                                              5
    "  }", //                                                               6
    "}", //                                                                 7
  ];
  assertEquals(skippedByShared(lines, 4, [["pinned", "true"]])?.line, 2);
  assertEquals(skippedByShared(lines, 4, [["status", '"retrying"']])?.field, "status");
  // A value that does not make the guard skip, or no shared value: nothing to say.
  assertEquals(skippedByShared(lines, 4, [["pinned", "false"]]), undefined);
  assertEquals(skippedByShared(lines, 4, [["status", '"done"']]), undefined);
  assertEquals(skippedByShared(lines, 4, undefined), undefined);
  assertMatch(
    skippedBySharedFix([[url, lines.join("\n")]], at(5, "jobs.delete(id);"), [[
      "pinned",
      "true",
    ]]) ??
      "",
    /^the removal is skipped for every entry with pinned: true \(line 3: if \(job\.pinned \|\| job\.owner === 'ops'\) continue;\)/,
  );
  // A state nothing sets back (set once, true): skipped for good, taken out where skipped.
  const fix = (extra: string[]) =>
    skippedBySharedFix([[url, [...lines, ...extra].join("\n")]], at(5, "jobs.delete(id);"), [[
      "pinned",
      "true",
    ]]) ?? "";
  const once = fix(["function pin(job) {", "  job.pinned = true;", "}"]);
  assertMatch(
    once,
    /nothing in the program sets pinned otherwise \(set at .*:9\): they are skipped for good/,
  );
  assertMatch(
    fix(["function unpin(job) {", "  job.pinned = false;", "}"]),
    /Find where pinned is set back/,
  );
});

Deno.test("a removal in a function nothing calls ranks after one that runs", () => {
  const source = [
    "export class Links {", //                                              1
    "  #links = new Map();", //                                               2
    "  issue(key, link) {", //                                                3
    "    this.#links.set(key, link);", //                                     4
    "  }", //                                                                 5
    "  revoke(key) {", //                                                     6
    "    return this.#links.delete(key);", //                                 7
    "  }", //                                                                 8
    "  sweep(now = Date.now()) {", //                                         9
    "    for (const [key, link] of this.#links) {", //                       10
    "      if (link.expiresAt <= now) this.#links.delete(key);", //          11
    "    }", //                                                              12
    "  }", //                                                                13
    "}", //                                                                  14
    "export const links = new Links();", //                                  15
    "setInterval(() => links.sweep(), 250);", //                             16
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  const removals = findRemovingStatements(sources, {
    segments: ["links", "#links"],
    kind: "map",
    addedAt: sourceLocation(url, 4, 5),
  });
  assertEquals(removals[0]?.location.line, 11);
  // Called somewhere: the two rank as before (the sweep's loop puts it first still).
  const called = `${source}\nexport function cancel(k) { return links.revoke(k); }`;
  const both = findRemovingStatements([[url, called]], {
    segments: ["links", "#links"],
    kind: "map",
    addedAt: sourceLocation(url, 4, 5),
  });
  assertEquals(both.map((r) => r.location.line).sort(), [11, 7].sort());
  // The sweep's time is its parameter's default: a string field compared with it never holds.
  const removal = { location: sourceLocation(url, 11, 7), text: source.split("\n")[10].trim() };
  assertEquals(comparedAsText(sources, removal, ["expiresAt"]), "expiresAt");
});

Deno.test("a list read from its key, rebuilt shorter and never handed back: the removal that misses", () => {
  const url = "file:///p/subs.ts";
  const source = [
    "export class Subscriptions {", //                                    1
    "  #byTopic = new Map<string, Sub[]>();", //                          2
    "  add(topic: string, sub: Sub) {", //                                3
    "    let list = this.#byTopic.get(topic);", //                        4
    "    if (!list) this.#byTopic.set(topic, list = []);", //             5
    "    list.push(sub);", //                                             6
    "  }", //                                                             7
    "  drop(topic: string, id: string) {", //                             8
    "    let list = this.#byTopic.get(topic);", //                        9
    "    if (!list) return;", //                                         10
    "    list = list.filter((s) => s.id !== id);", //                    11
    "    if (list.length === 0) this.#byTopic.delete(topic);", //        12
    "  }", //                                                            13
    "}", //                                                              14
  ].join("\n");
  const target = {
    segments: ["subs", "#byTopic"],
    kind: "map" as const,
    valueKind: "array" as const,
    addedAt: sourceLocation(url, 6, 5),
  };
  const removals = findRemovingStatements([[url, source]], target);
  assertEquals(removals[0]?.location.line, 11);
  assertMatch(
    rebuiltReadFix([[url, source]], removals[0]) ?? "",
    /^list = list\.filter\(…\) at line 11 gives list a new, shorter array, but the collection still holds the one list was read from \(line 9\)/,
  );
  // Handed back under its key: that removal works, and there is nothing to say.
  const handedBack = source.replace(
    "    if (list.length === 0) this.#byTopic.delete(topic);",
    "    this.#byTopic.set(topic, list);",
  );
  assertEquals(rebuiltReadFix([[url, handedBack]], removals[0]), undefined);
});

Deno.test("a splice at the index of an entry compared with its own field: never found", () => {
  const url = "file:///p/recent.js";
  const lines = [
    "class Recent {", //                                                     1
    "  #items = [];", //                                                     2
    "  remember(id, data) {", //                                             3
    "    const item = { id, data, at: Date.now() };", //                     4
    "    this.#items.push(item);", //                                        5
    "  }", //                                                                6
    "  forget(id) {", //                                                     7
    "    const i = this.#items.findIndex((it) => it === id);", //            8
    "    if (i >= 0) this.#items.splice(i, 1);", //                          9
    "  }", //                                                               10
    "}", //                                                                 11
  ];
  const found = comparedWithField(lines, 8, 4);
  assertEquals(found, { compared: "id", lookupAt: 7, fields: ["id", "data", "at"], madeAt: 3 });
  const source = lines.join("\n");
  const fix = comparedFieldFix(
    [[url, source]],
    { location: sourceLocation(url, 5, 5), text: "this.#items.push(item);" },
    { location: sourceLocation(url, 9, 17), text: "if (i >= 0) this.#items.splice(i, 1);" },
  ) ?? "";
  assertMatch(
    fix,
    /comparing each entry with id \(line 8: .*\), but the entries are objects \{id, data, at\}/,
  );
  // Compared by the field (or by the entry itself): nothing to say.
  const byField = [...lines];
  byField[7] = "    const i = this.#items.findIndex((it) => it.id === id);";
  assertEquals(comparedWithField(byField, 8, 4), undefined);
  const byEntry = [...lines];
  byEntry[7] = "    const i = this.#items.indexOf(item);";
  assertEquals(comparedWithField(byEntry, 8, 4), undefined);
  const byIndexOf = [...lines];
  byIndexOf[7] = "    const i = this.#items.indexOf(id);";
  assertEquals(comparedWithField(byIndexOf, 8, 4)?.compared, "id");
});

Deno.test("a helper that returns a trimmed copy, called as a statement, is the removal that misses", () => {
  const lib = "file:///app/vendor/listkit.js";
  const app = "file:///app/parties.js";
  const helpers = [
    "/** Items of list that are none of values. */",
    "function without(list, ...values) {",
    "  return list.filter((item) => !values.includes(item));",
    "}",
    "function drop(list, item) {",
    "  const at = list.indexOf(item);",
    "  if (at >= 0) list.splice(at, 1);",
    "  return list.filter(Boolean);",
    "}",
    "module.exports = { without, drop };",
  ].join("\n");
  const parties = [
    "const { without, drop } = require('./vendor/listkit.js');",
    "function invite(party, inv) {",
    "  party.invites.push(inv);",
    "}",
    "function close(party, inv) {",
    "  without(party.invites, inv);",
    "}",
  ].join("\n");
  const sources: [string, string][] = [[lib, helpers], [app, parties]];
  const target = {
    segments: ["party", "invites"],
    kind: "array" as const,
    addedAt: sourceLocation(app, 3, 3),
  };
  const removals = findRemovingStatements(sources, target);
  assertEquals(removals[0]?.location.line, 6);
  assertMatch(
    discardedHelperFix(sources, removals[0]) ?? "",
    /^without\(\) at line 6 returns a new array \(filter\(\) at .*listkit\.js:3\)/,
  );
  // Its result kept, or a helper that takes the entry out in place: not a copy thrown away.
  const kept = parties.replace(
    "  without(party.invites, inv);",
    "  party.invites = without(party.invites, inv);",
  );
  assertEquals(
    discardedHelperFix([[lib, helpers], [app, kept]], {
      ...removals[0],
      text: "party.invites = without(party.invites, inv);",
    }),
    undefined,
  );
  const inPlace = parties.replace("  without(party.invites, inv);", "  drop(party.invites, inv);");
  assertEquals(
    findRemovingStatements([[lib, helpers], [app, inPlace]], target).some((r) =>
      r.text.startsWith("drop(")
    ),
    false,
  );
});

Deno.test("removeAllListeners takes back once(); the one under the add's own kind of name is the removal", () => {
  const url = "file:///app/refills.js";
  const source = [
    "function request(refill) {",
    "  feed.once(`dispensed:${refill.id}`, () => {",
    "    feed.removeAllListeners(`rejected:${refill.id}`);",
    "  });",
    "  feed.once(`rejected:${refill.id}`, () => {",
    "    feed.removeAllListeners(`dispensed:${refill.rx}`);",
    "  });",
    "}",
  ].join("\n");
  const removals = findRemovingStatements([[url, source]], {
    segments: ["feed"],
    kind: "any",
    calls: undoCallsFor("once"),
    addedAt: sourceLocation(url, 2, 3),
  });
  assertEquals(removals.map((r) => r.location.line), [6, 3]);
});

Deno.test("a list made only when there is none yet is no removal; the one that takes out is", () => {
  const url = "file:///app/manager.js";
  const source = [
    "class Manager {", //                                   1
    "  use(fn) {", //                                       2
    "    if (this.handlers == null) {", //                  3
    "      this.handlers = [];", //                         4
    "    }", //                                             5
    "    this.handlers.push({ fn });", //                   6
    "  }", //                                               7
    "  eject(at) {", //                                     8
    "    this.handlers.splice(at, 1);", //                  9
    "  }", //                                              10
    "}", //                                                11
  ].join("\n");
  const removals = findRemovingStatements([[url, source]], {
    segments: ["manager", "handlers"],
    kind: "array",
    addedAt: sourceLocation(url, 6, 5),
  });
  assertEquals(removals.map((r) => r.location.line), [9]);
});

Deno.test("a value appended to is cut where it is assigned again; cut only on status 200", () => {
  const url = "file:///app/outbox.ts";
  const source = [
    "export class Outbox {", //                                          1
    '  static pending = "";', //                                          2
    "  static append(line: string) {", //                                3
    '    Outbox.pending += line + "\\n";', //                             4
    "  }", //                                                            5
    "  static async flush() {", //                                       6
    "    const body = Outbox.pending;", //                               7
    "    const res = await fetch(url, { method: 'POST', body });", //    8
    "    if (res.status === 200) {", //                                  9
    "      Outbox.pending = Outbox.pending.slice(body.length);", //     10
    "    }", //                                                         11
    "  }", //                                                           12
    "}", //                                                             13
    "class Capture {", //                                               14
    "  constructor() {", //                                             15
    "    this.bytes = Buffer.alloc(0);", //                             16
    "  }", //                                                           17
    "  add(frame) {", //                                                18
    "    this.bytes = Buffer.concat([this.bytes, frame]);", //          19
    "  }", //                                                           20
    "  reset() {", //                                                   21
    "    this.bytes = Buffer.alloc(0);", //                             22
    "  }", //                                                           23
    "  replace(frame) {", //                                            24
    "    this.last = frame;", //                                        25
    "  }", //                                                           26
    "  restore(previous) {", //                                         27
    "    this.bytes = previous;", //                                    28
    "  }", //                                                           29
    "}", //                                                             30
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  const at = (line: number) => ({
    location: sourceLocation(url, line, 5),
    text: source.split("\n")[line - 1].trim(),
  });
  const resets = findValueResets(sources, at(4));
  assertEquals(resets.map((r) => r.location.line), [10]);
  // The constructor makes the first value; reset() cuts it; restore() puts another value in.
  assertEquals(findValueResets(sources, at(19)).map((r) => r.location.line), [22]);
  // An assignment that does not read the old value is no append.
  assertEquals(findValueResets(sources, at(25)), []);
  assertEquals(
    conditionalResetFix({ ...resets[0], within: "if (res.status === 200) {" }),
    "the value is cut only under `if (res.status === 200) {` (line 10), and it grew, so that " +
      "did not hold for most of the work: a success other than 200 (201 Created, 202 " +
      "Accepted, 204 No Content) skips it, so test for any 2xx (res.ok, or status < 300)",
  );
  // Cut on every path: nothing to say about a condition.
  assertEquals(conditionalResetFix(resets[0]), undefined);
});

Deno.test("a guard that finds nothing to do (empty, or already running) skips no removal", () => {
  const flush = [
    "async function flush() {", //                                     1
    "  if (flushing || batch.length === 0) return;", //                2
    "  flushing = true;", //                                           3
    "  const sending = batch;", //                                     4
    "  await insertRows(sending);", //                                 5
    "  batch = Buffer.from(batch.subarray(sending.length));", //       6
    "  flushing = false;", //                                          7
    "}", //                                                            8
  ];
  assertEquals(skippedByReturn(flush, 5), undefined);
  // Not configured is no such guard: without a file, nothing is ever written out.
  const unconfigured = [...flush];
  unconfigured[1] = '  if (!file || buffered === "") return;';
  assertEquals(skippedByReturn(unconfigured, 5), {
    line: 2,
    condition: '!file || buffered === ""',
    clearsTimer: false,
  });
});

Deno.test("a removal after a call that fails, in a try whose catch keeps everything", () => {
  const url = "file:///app/batcher.mjs";
  const lines = [
    "async function flush() {", //                                      1
    "  const sending = batch;", //                                       2
    "  try {", //                                                        3
    "    await insertRows(sending);", //                                 4
    "    batch = Buffer.from(batch.subarray(sending.length));", //      5
    "  } catch (err) {", //                                              6
    "    failures++;", //                                                7
    "  }", //                                                            8
    "}", //                                                              9
  ];
  const removal = { location: sourceLocation(url, 5, 5), text: lines[4].trim() };
  assertEquals(
    failedCallKeepsFix([[url, lines.join("\n")]], removal),
    "the removal above runs only when insertRows() succeeds: when it fails, the catch (line 6) " +
      "keeps everything, so while it keeps failing nothing is taken out and each retry carries " +
      "more. Bound what is kept after a failure (drop the oldest past a cap, or spill it), and " +
      "give up or back off after a few tries",
  );
  // A catch that cuts too takes out on failure as well.
  const cuts = [...lines];
  cuts[6] = "    batch = Buffer.alloc(0);";
  assertEquals(failedCallKeepsFix([[url, cuts.join("\n")]], removal), undefined);
  // Not in a try: nothing to say.
  const plain = lines.filter((_, i) => i !== 2 && i < 5).concat(["}"]);
  const at = { location: sourceLocation(url, 4, 5), text: plain[3].trim() };
  assertEquals(failedCallKeepsFix([[url, plain.join("\n")]], at), undefined);
});

Deno.test("entries that keep a view of a bigger buffer: the view's line, and copy it", () => {
  const url = "file:///app/thumbnails.mjs";
  const lines = [
    "export function topRow(raster) {", //                               1
    "  return raster.subarray(0, THUMB * 4);", //                         2
    "}", //                                                               3
    "export function copiedRow(raster) {", //                             4
    "  return Buffer.from(raster.subarray(0, THUMB * 4));", //           5
    "}", //                                                               6
  ].join("\n");
  const entry = {
    name: "(string) → {strip, etag}",
    count: 200,
    bytesEach: 37_000,
    keeps: [{ name: "system / JSArrayBufferData", perEntry: 1, bytes: 7_372_800 }],
  };
  const add = (text: string) => ({
    location: sourceLocation("file:///app/server.mjs", 48, 3),
    text,
  });
  const fix = viewKeepsBufferFix(
    [[url, lines]],
    add("placeholders.set(id, { strip: topRow(raster), etag });"),
    entry,
  );
  assert(
    fix?.startsWith(
      "what each entry keeps is made as a view of a bigger buffer (" +
        "/app/thumbnails.mjs:2 `return raster.subarray(0, THUMB * 4);`)",
    ),
    fix,
  );
  // A copy of the view keeps only its own bytes; entries without buffers say nothing of views.
  assertEquals(
    viewKeepsBufferFix([[url, lines]], add("rows.set(id, copiedRow(raster));"), entry),
    undefined,
  );
  assertEquals(
    viewKeepsBufferFix([[url, lines]], add("rows.set(id, topRow(raster));"), {
      ...entry,
      keeps: [],
    }),
    undefined,
  );
});

Deno.test("a removal in one branch that returns: the function's other exit without it is the skip", () => {
  const lines = [
    "  async attempt(d) {", //                                          1
    "    const status = await send(d);", //                              2
    "    if (status >= 200 && status < 300) {", //                       3
    "      this.pending.delete(d.id);", //                               4
    "      this.delivered++;", //                                        5
    "      return;", //                                                  6
    "    }", //                                                          7
    "    if (status >= 400 && status < 500) {", //                       8
    "      this.pending.delete(d.id);", //                               9
    "      return;", //                                                 10
    "    }", //                                                         11
    "    if (d.attempt >= this.maxAttempts) {", //                      12
    "      this.gaveUp++;", //                                          13
    "      return;", //                                                 14
    "    }", //                                                         15
    "    d.timer = setTimeout(() => this.attempt(d), 100);", //         16
    "  }", //                                                           17
  ];
  // The 2xx branch takes the entry out before its return: no skip. Giving up does not.
  assertEquals(skippedByReturn(lines, 8), {
    line: 14,
    condition: "d.attempt >= this.maxAttempts",
    clearsTimer: false,
  });
  // A removal that does not return after it: what follows is its own path too.
  const last = [...lines];
  last[9] = "      this.rejected++;";
  assertEquals(skippedByReturn(last, 8), undefined);
});

Deno.test("a route map keyed by paths with an id in them: normalise the id out", () => {
  assertEquals(
    pathIdKeyFix(["GET /appointments/apt-101", "GET /appointments/apt-102"]),
    'the keys are request paths with an id in them ("GET /appointments/apt-101", ' +
      '"GET /appointments/apt-102", …): one entry per id, not per route, is made and kept. ' +
      'Normalise the id out of the key ("GET /appointments/:id": the route\'s template), or ' +
      "bound the map",
  );
  // A metrics label with the method and the path among other labels.
  const labels = [
    "method=GET,route=/products/SKU-101,status=200",
    "method=GET,route=/products/SKU-102,status=200",
  ];
  assertMatch(pathIdKeyFix(labels) ?? "", /"method=GET,route=\/products\/:id,status=200"/);
  // The labels around the path differ too: not one route's entries.
  assertEquals(pathIdKeyFix([labels[0], labels[1].replace("200", "404")]), undefined);
  // A cache of pages keyed by URL holds the id rightly; two parts that differ are no route.
  assertEquals(pathIdKeyFix(["http://news.local/a/1", "http://news.local/a/2"]), undefined);
  assertEquals(pathIdKeyFix(["GET /a/1/b/1", "GET /a/2/b/2"]), undefined);
  assertEquals(pathIdKeyFix(["GET /a/x", "GET /a/y"]), undefined);
});

Deno.test("a map keyed by JSON of its inputs, one of them new each time: key on the others", () => {
  const keys = [
    '{"reference":"Q-299-A","origin":"NL-3011","destination":"DE…',
    '{"reference":"Q-257-B","origin":"NL-3011","destination":"IT…',
  ];
  assertEquals(differingJsonField(keys), {
    field: "reference",
    values: ['"Q-299-A"', '"Q-257-B"'],
  });
  assertMatch(
    jsonKeyFieldFix(differingJsonField(keys)) ?? "",
    /^the keys are JSON of a whole object, "reference" included, whose value differs in each \("Q-299-A", "Q-257-B", …\)/,
  );
  // The field that differs comes late (headers: the request's id after the accepts).
  const headers = (id: number) => `{"accept":"*/*","host":"shop.local","x-request-id":"nl-${id}"}`;
  assertEquals(
    differingJsonField([headers(101), headers(102), headers(103)])?.field,
    "x-request-id",
  );
  // Nothing new in each (the same inputs twice), or a key of the id alone: no such field.
  assertEquals(differingJsonField([keys[0], keys[0]]), undefined);
  assertEquals(differingJsonField(['{"id":"a-1"}', '{"id":"a-2"}']), undefined);
  assertEquals(differingJsonField(["Q-1", "Q-2"]), undefined);
  assertEquals(jsonKeyFieldFix(undefined), undefined);
});

Deno.test("one object every instance reaches through this: on the prototype, or a mixin's copied there", () => {
  const MIXIN = "file:///app/progress.cjs";
  const mixin =
    "var progress = {\n  steps: [],\n  step: function (s) {\n    this.steps.push(s);\n  },\n};";
  const JOB = "file:///app/job.cjs";
  const job = "function Job() {}\nObject.assign(Job.prototype, progress);";
  const add = {
    location: { url: MIXIN, line: 4, column: 5, display: "progress.cjs:4" },
    text: "this.steps.push(s);",
  };
  const sources: [string, string][] = [[MIXIN, mixin], [JOB, job]];
  assertMatch(
    prototypeHolderFix(sources, "progress.steps", add) ?? "",
    /^progress\.steps is one object: Object\.assign\(Job\.prototype, …progress…\) \(\/app\/job\.cjs:2\)/,
  );
  assertMatch(
    prototypeHolderFix(sources, "Job.prototype.steps", add) ?? "",
    /^steps is a property of Job\.prototype, not of each Job/,
  );
  // Copied into a plain object (defaults merged): not a mixin of instances.
  const merged: [string, string][] = [[MIXIN, mixin], [
    JOB,
    "const o = Object.assign({}, progress);",
  ]];
  assertEquals(prototypeHolderFix(merged, "progress.steps", add), undefined);
  // The add does not go through this.
  assertEquals(
    prototypeHolderFix(sources, "progress.steps", { ...add, text: "steps.push(s);" }),
    undefined,
  );
});

Deno.test("a state every kept entry has, spelled otherwise where the removal tests it", () => {
  const URL = "file:///app/registry.cjs";
  const text = [
    'const TERMINAL = new Set(["delivered", "returned", "canceled"]);', // 1
    "function sweep() {", //                                             2
    "  for (const [id, d] of deliveries) {", //                          3
    "    if (TERMINAL.has(d.state) && d.updatedAt < cutoff) {", //       4
    "      deliveries.delete(id);", //                                   5
    "    }", //                                                          6
    "  }", //                                                            7
    "}", //                                                              8
  ].join("\n");
  const removal = {
    location: { url: URL, line: 5, column: 7, display: "registry.cjs:5" },
    text: "deliveries.delete(id);",
    within: "if (TERMINAL.has(d.state) && d.updatedAt < cutoff) {",
  };
  const fix = misspelledStateFix([[URL, text]], removal, [["state", '"cancelled"']]);
  assertMatch(
    fix ?? "",
    /every kept entry has state: "cancelled".*TERMINAL, which it looks in, holds "canceled"/,
  );
  // Spelled alike, or nothing near it: no such fix; a direct comparison counts too.
  assertEquals(misspelledStateFix([[URL, text]], removal, [["state", '"delivered"']]), undefined);
  assertEquals(misspelledStateFix([[URL, text]], removal, [["state", '"in transit"']]), undefined);
  const direct = { ...removal, within: 'if (d.state === "canceled") {' };
  assertMatch(
    misspelledStateFix([[URL, text]], direct, [["state", '"cancelled"']]) ?? "",
    /compares with "canceled"/,
  );
});

Deno.test("a position that moves by what it takes from a collection never passes its length", () => {
  const URL = "file:///app/cursors.cjs";
  const text = [
    "class Cursor {", //                                                      1
    "  page(n) {", //                                                         2
    "    const items = this.rows.slice(this.position, this.position + 25);", // 3
    "    this.position += items.length;", //                                  4
    "    return items;", //                                                   5
    "  }", //                                                                 6
    "}", //                                                                   7
  ].join("\n");
  const removal = {
    location: { url: URL, line: 9, column: 3, display: "cursors.cjs:9" },
    text: "if (cursor.position > cursor.rows.length) cursors.delete(key);",
  };
  assertMatch(
    pastEndFix([[URL, text]], removal) ?? "",
    /position moves by what it takes from rows \(\/app\/cursors\.cjs:4: .*Test >=/,
  );
  // Tested with >=, or a position that moves by a fixed step: no such fix.
  assertEquals(
    pastEndFix([[URL, text]], { ...removal, text: removal.text.replace(">", ">=") }),
    undefined,
  );
  const fixed = text.replace("this.position += items.length;", "this.position += 25;");
  assertEquals(pastEndFix([[URL, fixed]], removal), undefined);
});

Deno.test("callbacks looked up and called when their answer comes, but left in place", () => {
  const URL = "file:///app/client.cjs";
  const lines = [
    "Client.prototype.call = function (id, callback) {", //                  1
    "  var self = this;", //                                                 2
    "  setTimeout(function () { delete self._callbacks[id]; }, 5000);", //  3
    "  this._callbacks[id] = callback;", //                                  4
    "};", //                                                                 5
    "Client.prototype._onMessage = function (msg) {", //                     6
    "  var callback = this._callbacks[msg.id];", //                          7
    "  if (!callback) return;", //                                           8
    "  callback(null, msg.result);", //                                      9
    "};", //                                                                10
  ];
  const at = (line: number, text: string) => ({
    location: { url: URL, line, column: 3, display: `client.cjs:${line}` },
    text,
  });
  const added = at(4, "this._callbacks[id] = callback;");
  const removal = at(3, "delete self._callbacks[id];");
  assertMatch(
    calledNotDeletedFix([[URL, lines.join("\n")]], added, removal) ?? "",
    /^_onMessage\(\) looks each entry up and calls it .*line 9: callback\(null, msg\.result\);\) but leaves it in this\._callbacks/,
  );
  // Deleted where it is called: no such fix.
  const deleting = [...lines];
  deleting[7] = "  delete this._callbacks[msg.id];";
  assertEquals(calledNotDeletedFix([[URL, deleting.join("\n")]], added, removal), undefined);
});

Deno.test("a timer cleared on one way out of its owner's collection and not on another", () => {
  const URL = "file:///app/desk.ts";
  const lines = [
    "class Desk {", //                                      1
    "  enter(ticket) {", //                                 2
    "    switch (ticket.state) {", //                       3
    '      case "resolved":', //                            4
    "        clearTimeout(ticket.slaTimer);", //            5
    "        this.tickets.delete(ticket.ref);", //          6
    "        break;", //                                    7
    '      case "merged":', //                              8
    "        this.tickets.delete(ticket.ref);", //          9
    "        break;", //                                   10
    "    }", //                                            11
    "  }", //                                              12
    "}", //                                                13
  ];
  const removal = {
    location: { url: URL, line: 5, column: 9, display: "desk.ts:5" },
    text: "clearTimeout(ticket.slaTimer);",
  };
  assertMatch(
    unclearedExitFix([[URL, lines.join("\n")]], removal) ?? "",
    /^ticket leaves its collection without clearTimeout\(ticket\.slaTimer\) at line 9 \(under case "merged":\), and only/,
  );
  // Cleared on every way out: no such fix.
  const careful = [...lines];
  careful[7] = '      case "merged": clearTimeout(ticket.slaTimer);';
  assertEquals(unclearedExitFix([[URL, careful.join("\n")]], removal), undefined);
});

Deno.test("a ring written at a sum one term of which moves on unwrapped", () => {
  const URL = "file:///app/log.ts";
  const lines = [
    "class LogRing {", //                                             1
    "  push(entry) {", //                                             2
    "    this.items[this.start + this.length] = entry;", //           3
    "    if (this.length < this.capacity) this.length++;", //         4
    "    else this.start++;", //                                      5
    "  }", //                                                         6
    "}", //                                                           7
  ];
  const added = {
    location: { url: URL, line: 3, column: 5, display: "log.ts:3" },
    text: "this.items[this.start + this.length] = entry;",
  };
  assertMatch(
    unwrappedRingFix([[URL, lines.join("\n")]], added) ?? "",
    /moves this\.start on without wrapping it.*this\.items\[\(this\.start \+ this\.length\) % this\.capacity\]/,
  );
  // Wrapped already, or an index that does not move on: no such fix.
  const wrapped = {
    ...added,
    text: "this.items[(this.start + this.length) % this.capacity] = entry;",
  };
  assertEquals(unwrappedRingFix([[URL, lines.join("\n")]], wrapped), undefined);
  const still = lines.map((l, i) => i === 4 ? "    else this.dropped = true;" : l);
  assertEquals(unwrappedRingFix([[URL, still.join("\n")]], added), undefined);
});

Deno.test("a removal that walks another object's keys never reaches the kept ones", () => {
  const URL = "file:///app/overrides.mjs";
  const lines = [
    "export const SCHEMA = {", //                                  1
    '  "limits.maxSeats": { type: "number", default: 25 },', //     2
    '  "support.tier": { type: "string", default: "std" },', //     3
    "};", //                                                        4
    "export function reset(forTenant) {", //                        5
    "  for (const key of Object.keys(SCHEMA)) {", //                6
    "    forTenant.delete(key);", //                                7
    "  }", //                                                       8
    "}", //                                                         9
  ];
  const removal = {
    location: { url: URL, line: 7, column: 5, display: "overrides.mjs:7" },
    text: "forTenant.delete(key);",
    within: "for (const key of Object.keys(SCHEMA)) {",
  };
  const sources: [string, string][] = [[URL, lines.join("\n")]];
  assertMatch(
    walkedOtherKeysFix(sources, removal, ["flags.banner-1", "flags.banner-2"]) ?? "",
    /^the removal deletes only the keys SCHEMA has \(limits\.maxSeats, support\.tier: for/,
  );
  // A kept key that is one of them: the walk does reach it.
  assertEquals(walkedOtherKeysFix(sources, removal, ["support.tier"]), undefined);
});

Deno.test("a function-making helper that keeps what it makes, called anew inside a function", () => {
  const MEMO = "file:///app/memo.cjs";
  const memo = [
    "function memoize(fn) {", //                        1
    "  const cache = new Map();", //                    2
    "  registry.add(cache);", //                        3
    "  const memoized = (...args) => {", //             4
    "    const value = fn(...args);", //                5
    "    return value;", //                             6
    "  };", //                                          7
    "  return memoized;", //                            8
    "}", //                                             9
  ].join("\n");
  const APP = "file:///app/pricing.cjs";
  const app = [
    "const byTier = memoize((tier) => load(tier));", //          1
    "function price(basket) {", //                               2
    "  const linePrice = memoize((sku) => compute(basket, sku));", // 3
    "  return basket.lines.map(linePrice);", //                  4
    "}", //                                                      5
  ].join("\n");
  const at = (url: string, line: number) => ({
    url,
    line,
    column: 3,
    display: `${url.slice(13)}:${line}`,
  });
  const added = { location: at(MEMO, 3), text: "registry.add(cache);" };
  const sources: [string, string][] = [[MEMO, memo], [APP, app]];
  assertMatch(
    wrappedPerCallFix(sources, added, [at(APP, 1), at(APP, 3)]) ?? "",
    /^memoize\(\) makes a new function each call .* price\(\) calls it every time it runs/,
  );
  // Called once at module level only: what it keeps is one entry.
  assertEquals(wrappedPerCallFix(sources, added, [at(APP, 1)]), undefined);
});

Deno.test("a state every kept entry ends in, set in a branch that does not take it out", () => {
  const URL = "file:///app/delivery.mjs";
  const lines = [
    "async function attempt(d) {", //                       1
    "  try {", //                                            2
    "    await d.partner.post(d.event);", //                 3
    "    queue.delete(d.key);", //                           4
    "  } catch (err) {", //                                  5
    "    if (d.attempts >= MAX) {", //                       6
    '      d.state = "dead";', //                            7
    "      return;", //                                      8
    "    }", //                                              9
    "    d.timer = setTimeout(() => attempt(d), 100);", //  10
    "  }", //                                               11
    "}", //                                                 12
  ];
  const removal = {
    location: { url: URL, line: 4, column: 5, display: "delivery.mjs:4" },
    text: "queue.delete(d.key);",
  };
  const sources: [string, string][] = [[URL, lines.join("\n")]];
  assertMatch(
    endStateKeptFix(sources, removal, [["state", '"dead"']]) ?? "",
    /^every kept entry has state: "dead", set at \/app\/delivery\.mjs:7 under if \(d\.attempts >= MAX\)/,
  );
  // Taken out where it becomes so: no such fix.
  const careful = [...lines];
  careful[7] = "      queue.delete(d.key); return;";
  assertEquals(
    endStateKeptFix([[URL, careful.join("\n")]], removal, [["state", '"dead"']]),
    undefined,
  );
  // Or taken out through the removal's own function, called there.
  const through = [...lines];
  through[7] = "      attempt(d); return;";
  assertEquals(
    endStateKeptFix([[URL, through.join("\n")]], removal, [["state", '"dead"']]),
    undefined,
  );
});

Deno.test("callbacks an object registers as it is constructed keep it", () => {
  const url = "file:///app/claims.cjs";
  const lines = [
    "class ClaimSettlementSaga {", //                                                    1
    "  constructor(claimId) {", //                                                      2
    "    this.claimId = claimId;", //                                                   3
    '    DomainEvents.register("ClaimApproved", (event) => this.onApproved(event));', // 4
    "  }", //                                                                           5
    "  settle() {", //                                                                  6
    '    DomainEvents.register("ClaimPaid", (event) => this.onPaid(event));', //        7
    "  }", //                                                                           8
    "}", //                                                                             9
  ].join("\n");
  const fix = constructorRegistrationFix([[url, lines]], sourceLocation(url, 4, 57));
  assertMatch(fix ?? "", /^each ClaimSettlementSaga registers a callback as it is constructed \(/);
  assertMatch(fix ?? "", /keep what DomainEvents\.register\(\) returns/);
  // Made in another method, or no function handed over: not this.
  assertEquals(constructorRegistrationFix([[url, lines]], sourceLocation(url, 7, 50)), undefined);
  assertEquals(constructorRegistrationFix([[url, lines]], sourceLocation(url, 3, 5)), undefined);
});

Deno.test("a sweep whose condition the kept entries' shared value fails; a comparison is no truthiness test", () => {
  const lines = [
    "  sweep() {", //                                                                      1
    "    for (const [id, ticket] of this.tickets) {", //                                   2
    "      if (ticket.lastPingAt && now - ticket.lastPingAt > this.timeoutMs) {", //       3
    "        this.tickets.delete(id);", //                                                 4
    "      }", //                                                                          5
    "    }", //                                                                            6
    "  }", //                                                                              7
    "  match(ticket) {", //                                                                8
    "    for (const other of this.tickets.values()) {", //                                 9
    "      if (other === ticket || other.mode !== ticket.mode) continue;", //             10
    "      this.tickets.delete(other.player);", //                                        11
    "    }", //                                                                           12
    "  }", //                                                                             13
  ];
  assertEquals(skippedByShared(lines, 3, [["lastPingAt", "null"]]), {
    line: 2,
    condition: "ticket.lastPingAt && now - ticket.lastPingAt > this.timeoutMs",
    field: "lastPingAt",
    value: "null",
    runsOnly: true,
  });
  // Set on every kept entry: the condition may hold.
  assertEquals(skippedByShared(lines, 3, [["lastPingAt", "true"]]), undefined);
  // `other.mode !== ticket.mode` compares two entries' modes: the same mode on all skips none.
  assertEquals(skippedByShared(lines, 10, [["mode", '"3+2"']]), undefined);
  assertMatch(
    skippedBySharedFix([[url, lines.join("\n")]], at(4, "this.tickets.delete(id);"), [[
      "lastPingAt",
      "null",
    ]]) ?? "",
    /^the removal runs only under if \(ticket\.lastPingAt && .*\) \(line 3\), which fails for every entry with lastPingAt: null/,
  );
});

Deno.test("a sweep's cutoff in seconds against entries stamped in milliseconds", () => {
  const url = "file:///app/limiter.ts";
  const lines = [
    "class Limiter {", //                                                               1
    "  check(client: string, now = Date.now()) {", //                                  2
    "    this.windows.set(client, { hits: [now] });", //                               3
    "  }", //                                                                          4
    "  sweep() {", //                                                                  5
    "    const cutoff = Math.floor(Date.now() / 1000) - this.windowSeconds;", //       6
    "    for (const [client, w] of this.windows) {", //                                7
    "      if (w.hits.at(-1) < cutoff) this.windows.delete(client);", //                8
    "    }", //                                                                        9
    "  }", //                                                                         10
    "}", //                                                                           11
  ];
  const at = (n: number) => ({ location: sourceLocation(url, n, 5), text: lines[n - 1].trim() });
  assertMatch(
    secondsAgainstMillisFix([[url, lines.join("\n")]], at(3), at(8)) ?? "",
    /^the removal measures time in seconds \(line 6: .*\) but the entries are stamped with Date\.now\(\) milliseconds \(line 2: /,
  );
  // Both in seconds, or both in milliseconds: nothing to say.
  const same = [...lines];
  same[1] = "  check(client: string, now = Math.floor(Date.now() / 1000)) {";
  assertEquals(secondsAgainstMillisFix([[url, same.join("\n")]], at(3), at(8)), undefined);
  const millis = [...lines];
  millis[5] = "    const cutoff = Date.now() - this.windowSeconds * 1000;";
  assertEquals(secondsAgainstMillisFix([[url, millis.join("\n")]], at(3), at(8)), undefined);
});

Deno.test("a value read only from an offset that moves along, never cut before it", () => {
  const url = "file:///app/gateways.cjs";
  const lines = [
    "class Session {", //                                                         1
    "  constructor() {", //                                                       2
    "    this.capture = Buffer.alloc(0);", //                                     3
    "    this.start = 0;", //                                                     4
    "  }", //                                                                     5
    "  record(frame) {", //                                                       6
    "    this.capture = Buffer.concat([this.capture, frame]);", //                7
    "    if (++this.frames > 64) this.start = this.capture.length - frame.length;", // 8
    "  }", //                                                                     9
    "  dump() {", //                                                             10
    "    return this.capture.subarray(this.start);", //                          11
    "  }", //                                                                    12
    "}", //                                                                      13
  ];
  const add = { location: sourceLocation(url, 7, 5), text: lines[6].trim() };
  // A one-line if that moves it is no assignment at the line's start: not read as moved.
  assertEquals(movingOffsetFix([[url, lines.join("\n")]], add), undefined);
  const moved = [...lines];
  moved[7] = "    this.start = this.capture.length - frame.length;";
  assertMatch(
    movingOffsetFix([[url, moved.join("\n")]], add) ?? "",
    /^this\.capture is read only from this\.start on \(line 11: .*\), and this\.start moves along as it grows \(line 8: /,
  );
  // Set back to 0 only: the offset does not move along.
  const reset = [...lines];
  reset[7] = "    this.start = 0;";
  assertEquals(movingOffsetFix([[url, reset.join("\n")]], add), undefined);
});
