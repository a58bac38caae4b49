/**
 * What callers hand a removal's function: a function made at the call (a new one each time, so
 * the removal by it never matches), and a clock read by the caller (the removal's time).
 */

import {
  argumentsHanded,
  clockHandedIn,
  freshFunctionAdded,
  freshFunctionRemoval,
  otherFieldHanded,
  parameterNames,
  wrappedRegistration,
} from "../../heap/analysis/source_calls.ts";
import { mixedClocks } from "../../heap/analysis/source_mistakes.ts";
import { freshFunctionFix, wrappedRegistrationFix } from "../../heap/analysis/suspect_text.ts";
import { sourceLocation } from "../../heap/analysis/attribution.ts";
import { assert, assertEquals } from "../support/assert.ts";

const BUS = "file:///p/bus.ts";
const BUS_TEXT = [
  "export class Bus {", //                                                1
  "  #subs = new Map<string, Set<(e: unknown) => void>>();", //           2
  "  subscribe(topic: string, fn: (e: unknown) => void) {", //           3
  "    this.#subs.get(topic)?.add(fn);", //                                4
  "  }", //                                                                5
  "  unsubscribe(topic: string, fn: (e: unknown) => void) {", //         6
  "    this.#subs.get(topic)?.delete(fn);", //                             7
  "  }", //                                                                8
  "}", //                                                                  9
].join("\n");
const WIDGET = "file:///p/widget.ts";
const WIDGET_TEXT = [
  "export class Widget {", //                                             1
  "  mount() {", //                                                        2
  '    bus.subscribe("price", this.render.bind(this));', //                3
  "  }", //                                                                4
  "  unmount() {", //                                                      5
  '    bus.unsubscribe("price", this.render.bind(this));', //              6
  "  }", //                                                                7
  "}", //                                                                  8
].join("\n");
const KEPT = [
  "export class Panel {", //                                              1
  "  #render = (e: unknown) => this.draw(e);", //                          2
  "  open() {", //                                                         3
  '    bus.subscribe("price", this.#render);', //                          4
  "  }", //                                                                5
  "  close() {", //                                                        6
  '    bus.unsubscribe("price", this.#render);', //                        7
  "  }", //                                                                8
  "}", //                                                                  9
].join("\n");
const statement = (url: string, text: string, line: number) => ({
  location: sourceLocation(url, line, 5),
  text: text.split("\n")[line - 1].trim(),
});

Deno.test("a function's parameter names, types and defaults aside", () => {
  assertEquals(parameterNames(BUS_TEXT.split("\n")[5], "unsubscribe"), ["topic", "fn"]);
  assertEquals(parameterNames("function f(a = 1, { b }: X, ...rest) {", "f"), ["a", "", "rest"]);
});

Deno.test("a removal by a parameter that a call hands a function made there", () => {
  const removal = statement(BUS, BUS_TEXT, 7);
  const found = freshFunctionRemoval([[BUS, BUS_TEXT], [WIDGET, WIDGET_TEXT]], removal);
  assertEquals(found?.fn, "unsubscribe");
  assertEquals(found?.call.line, 6);
  assertEquals(found?.argument, "this.render.bind(this)");
  const fix = freshFunctionFix([[BUS, BUS_TEXT], [WIDGET, WIDGET_TEXT]], undefined, removal) ?? "";
  assert(fix.startsWith("unsubscribe() is handed this.render.bind(this) at "), fix);
  // The function kept in a field is the same one each time: nothing to say.
  assertEquals(
    freshFunctionRemoval([[BUS, BUS_TEXT], ["file:///p/panel.ts", KEPT]], removal),
    undefined,
  );
  // An arrow made at the call is as new as a bound function.
  const arrow = KEPT.replace(
    'bus.unsubscribe("price", this.#render)',
    'bus.unsubscribe("price", (e) => this.draw(e))',
  );
  assertEquals(
    freshFunctionRemoval([[BUS, BUS_TEXT], ["file:///p/panel.ts", arrow]], removal)?.argument,
    "(e) => this.draw(e)",
  );
  assertEquals(argumentsHanded([[WIDGET, WIDGET_TEXT]], "subscribe", true, 0).length, 1);
});

const SWEEPER = "file:///p/ttl.ts";
const SWEEPER_TEXT = [
  "export class TtlMap {", //                                                      1
  "  #items = new Map<string, { value: unknown; at: number }>();", //              2
  "  put(key: string, value: unknown) {", //                                       3
  "    this.#items.set(key, { value, at: Date.now() });", //                       4
  "  }", //                                                                         5
  "  expire(now: number, ttl: number) {", //                                        6
  "    for (const [key, item] of this.#items) {", //                                7
  "      if (now - item.at > ttl) this.#items.delete(key);", //                    8
  "    }", //                                                                       9
  "  }", //                                                                        10
  "}", //                                                                          11
].join("\n");
const SCHEDULER = "file:///p/jobs.ts";
const SCHEDULER_TEXT = [
  "setInterval(() => {", //                                        1
  "  const t = performance.now();", //                              2
  "  for (const m of maps) m.expire(t, 30_000);", //                3
  "}, 1000);", //                                                   4
].join("\n");

Deno.test("the clock a caller hands the removal's function, read where the caller reads it", () => {
  const sources: [string, string][] = [[SWEEPER, SWEEPER_TEXT], [SCHEDULER, SCHEDULER_TEXT]];
  const handed = clockHandedIn(sources, {
    name: "expire",
    text: SWEEPER_TEXT.split("\n").slice(5, 10).join("\n"),
  }, "now");
  assertEquals(handed?.clock, "performance.now()");
  assertEquals(handed?.line.line, 2);
  const found = mixedClocks(
    sources,
    statement(SWEEPER, SWEEPER_TEXT, 4),
    statement(SWEEPER, SWEEPER_TEXT, 8),
  );
  assertEquals(found?.removalClock, "performance.now()");
  assertEquals(found?.addClock, "Date.now()");
  assertEquals(found?.removalLine.display, "/p/jobs.ts:2");
  // The same clock on both sides: nothing to say.
  const same: [string, string][] = [[SWEEPER, SWEEPER_TEXT], [
    SCHEDULER,
    SCHEDULER_TEXT.replace("performance.now()", "Date.now()"),
  ]];
  assertEquals(
    mixedClocks(same, statement(SWEEPER, SWEEPER_TEXT, 4), statement(SWEEPER, SWEEPER_TEXT, 8)),
    undefined,
  );
});

const HUB = "file:///p/hub.js";
const HUB_TEXT = [
  "export class Hub {", //                                     1
  "  #topics = new Map();", //                                  2
  "  listen(topic, cb) {", //                                   3
  "    const list = this.#topics.get(topic) ?? [];", //         4
  "    list.push(cb);", //                                      5
  "    this.#topics.set(topic, list);", //                      6
  "  }", //                                                     7
  "  listenOnce(topic, cb) {", //                               8
  "    const once = (msg) => {", //                             9
  "      this.unlisten(topic, once);", //                      10
  "      cb(msg);", //                                         11
  "    };", //                                                 12
  "    this.listen(topic, once);", //                          13
  "  }", //                                                    14
  "  unlisten(topic, cb) {", //                                15
  "    const list = (this.#topics.get(topic) ?? []).filter((f) => f !== cb);", // 16
  "    if (list.length) this.#topics.set(topic, list);", //    17
  "    else this.#topics.delete(topic);", //                   18
  "  }", //                                                    19
  "}", //                                                      20
].join("\n");
const POLL = "file:///p/poll.js";
const POLL_TEXT = [
  "export function waitFor(hub, topic, res) {", //            1
  "  const reply = (msg) => res.end(msg);", //                2
  "  setTimeout(() => hub.unlisten(topic, reply), 5000);", // 3
  "  hub.listenOnce(topic, reply);", //                        4
  "}", //                                                      5
].join("\n");

Deno.test("a function registered through a method that adds a wrapper it makes, removed by itself", () => {
  const sources: [string, string][] = [[HUB, HUB_TEXT], [POLL, POLL_TEXT]];
  const removal = statement(HUB, HUB_TEXT, 18);
  const found = wrappedRegistration(sources, removal);
  assertEquals(
    [found?.fn, found?.handed, found?.via, found?.wrapper, found?.viaCall.line],
    ["unlisten", "reply", "listenOnce", "once", 4],
  );
  assertEquals(found?.wrapperLine.line, 9);
  const fix = wrappedRegistrationFix(sources, removal) ?? "";
  assert(
    fix.startsWith(
      "unlisten() is handed reply (/p/poll.js:3), which was registered through listenOnce()",
    ),
    fix,
  );
  // Registered as itself: the removal finds it.
  const direct = POLL_TEXT.replace("hub.listenOnce(topic, reply)", "hub.listen(topic, reply)");
  assertEquals(wrappedRegistration([[HUB, HUB_TEXT], [POLL, direct]], removal), undefined);
});

Deno.test("an add handed a function made at the call and kept nowhere: no removal can match it", () => {
  const widget = WIDGET_TEXT.replace(
    'bus.unsubscribe("price", this.render.bind(this))',
    'bus.unsubscribe("price", this.render)',
  );
  const sources: [string, string][] = [[BUS, BUS_TEXT], [WIDGET, widget]];
  const add = statement(BUS, BUS_TEXT, 4);
  const removal = statement(BUS, BUS_TEXT, 7);
  assertEquals(freshFunctionRemoval(sources, removal), undefined, "the removal hands the method");
  const found = freshFunctionAdded(sources, add, removal);
  assertEquals([found?.fn, found?.call.line, found?.remover], ["subscribe", 3, "unsubscribe"]);
  assertEquals(found?.removeArgument, "this.render");
  const fix = freshFunctionFix(sources, add, removal) ?? "";
  assert(fix.startsWith("subscribe() is handed this.render.bind(this) at /p/widget.ts:3"), fix);
  // Kept (the bound function in a variable that both calls hand): nothing to say.
  const kept = WIDGET_TEXT
    .replace(
      'bus.subscribe("price", this.render.bind(this))',
      'bus.subscribe("price", this.onPrice)',
    )
    .replace(
      'bus.unsubscribe("price", this.render.bind(this))',
      'bus.unsubscribe("price", this.onPrice)',
    );
  assertEquals(freshFunctionAdded([[BUS, BUS_TEXT], [WIDGET, kept]], add, removal), undefined);
  // The call keeps what the add returns: it can remove through that.
  const returned = widget.replace(
    '    bus.subscribe("price"',
    '    this.stop = bus.subscribe("price"',
  );
  assertEquals(freshFunctionAdded([[BUS, BUS_TEXT], [WIDGET, returned]], add, removal), undefined);
});

const LIST_BUS = "file:///p/emitter.js";
const LIST_BUS_TEXT = [
  "class Emitter {", //                                           1
  "  #handlers = new Map();", //                                   2
  "  on(name, handler) {", //                                      3
  "    this.#handlers.get(name).push(handler);", //                4
  "  }", //                                                        5
  "  off(name, handler) {", //                                     6
  "    const list = this.#handlers.get(name);", //                 7
  "    const at = list.indexOf(handler);", //                      8
  "    if (at >= 0) list.splice(at, 1);", //                       9
  "  }", //                                                       10
  "}", //                                                         11
].join("\n");
const FORM = "file:///p/form.js";
const FORM_TEXT = [
  "function readBody(req) {", //                                  1
  '  req.on("data", (c) => parts.push(c));', //                    2
  "}", //                                                          3
].join("\n");

Deno.test("a removal by splice at the handler's indexOf, handed a function made at its call", () => {
  const removal = statement(LIST_BUS, LIST_BUS_TEXT, 9);
  const widget = WIDGET_TEXT.replaceAll("bus.subscribe", "bus.on").replaceAll(
    "bus.unsubscribe",
    "bus.off",
  );
  const found = freshFunctionRemoval([[LIST_BUS, LIST_BUS_TEXT], [WIDGET, widget]], removal);
  assertEquals([found?.fn, found?.call.line, found?.argument], [
    "off",
    6,
    "this.render.bind(this)",
  ]);
});

Deno.test("an add's name every emitter has: the call whose file also removes is the one", () => {
  const add = statement(LIST_BUS, LIST_BUS_TEXT, 4);
  const removal = statement(LIST_BUS, LIST_BUS_TEXT, 9);
  const widget = WIDGET_TEXT.replace("bus.subscribe", "bus.on").replace(
    'bus.unsubscribe("price", this.render.bind(this))',
    'bus.off("price", this.render)',
  );
  // Another emitter's `.on(` handed an arrow comes first in the sources: not this add's.
  const sources: [string, string][] = [[FORM, FORM_TEXT], [LIST_BUS, LIST_BUS_TEXT], [
    WIDGET,
    widget,
  ]];
  const found = freshFunctionAdded(sources, add, removal);
  assertEquals([found?.call.url, found?.call.line, found?.removeArgument], [
    WIDGET,
    3,
    "this.render",
  ]);
});

Deno.test("entries filed under one field of an object, a removal handed another field of it", () => {
  const url = "file:///p/saga.mjs";
  const src = [
    "class Log {", //                                                        1
    "  register(sagaId, step) {", //                                         2
    "    this.pending.push({ sagaId, step });", //                           3
    "  }", //                                                                4
    "  discard(sagaId) {", //                                                5
    "    this.pending = this.pending.filter((e) => e.sagaId !== sagaId);", // 6
    "  }", //                                                                7
    "}", //                                                                  8
    "async function run(saga) {", //                                         9
    "  log.register(saga.id, 'flight');", //                                10
    "  log.discard(saga.reference);", //                                    11
    "}", //                                                                 12
  ];
  const at = (line: number) => ({
    location: { url, line, column: 5, display: `saga.mjs:${line}` },
    text: src[line - 1].trim(),
  });
  const found = otherFieldHanded([[url, src.join("\n")]], at(3), at(6));
  assertEquals(
    [found?.kind, found?.added, found?.removed, found?.removes.call.line],
    ["field", "saga.id", "saga.reference", 11],
  );
  // A key built from the id and more, removed by the id alone.
  const part = src.map((l, i) =>
    i === 9 ? "  log.register(`${saga.id}?v=2`, 'flight');" : i === 10 ? "  log.discard(id);" : l
  );
  const parts = otherFieldHanded([[url, part.join("\n")]], at(3), at(6));
  assertEquals([parts?.kind, parts?.removed], [undefined, undefined]);
  const byId = part.map((l, i) => i === 9 ? "  log.register(`${id}?v=2`, 'flight');" : l);
  const built = otherFieldHanded([[url, byId.join("\n")]], at(3), at(6));
  assertEquals([built?.kind, built?.added, built?.removed], ["part", "`${id}?v=2`", "id"]);
  // The same field both ways: nothing to say.
  const same = src.map((l, i) => i === 10 ? "  log.discard(saga.id);" : l);
  assertEquals(otherFieldHanded([[url, same.join("\n")]], at(3), at(6)), undefined);
});
