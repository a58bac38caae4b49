/**
 * A kept timer's clears: `clearInterval(store)` for what the arming line stores it in, and a
 * clear undone by the clearing function reading the getter that arms it again.
 */

import {
  findFactoryClears,
  findTimerClears,
  rearmedAfterClear,
  timerStore,
} from "../../heap/analysis/timer_clears.ts";
import { fixOf } from "../../heap/analysis/suspect_statements.ts";
import type { GrowthRecord } from "../../heap/analysis/growth.ts";
import type { RuntimeHeld } from "../../heap/analysis/suspect_runtime.ts";
import { rearmedTimerFix } from "../../heap/analysis/suspect_text.ts";
import { sourceLocation } from "../../heap/analysis/attribution.ts";
import { assert, assertEquals } from "../support/assert.ts";

const URL_ = "file:///p/stream.ts";
const STREAM = [
  "export class Stream {",
  "  #poll: ReturnType<typeof setInterval> | undefined;",
  "  get status() {",
  "    this.#poll ??= setInterval(() => this.#refresh(), 100);",
  "    return this.#status;",
  "  }",
  "  close() {",
  "    clearInterval(this.#poll);",
  "    this.#poll = undefined;",
  "    return { last: this.status };",
  "  }",
  "  pause() {",
  "    clearInterval(this.#poll);",
  "    this.#poll = undefined;",
  "  }",
  "}",
].join("\n");
const sources: [string, string][] = [[URL_, STREAM]];
const at = (line: number) => ({
  location: sourceLocation(URL_, line, 5),
  text: STREAM.split("\n")[line - 1].trim(),
});

Deno.test("a timer's store, and the clears of it", () => {
  assertEquals(timerStore("this.#poll ??= setInterval(() => this.#refresh(), 100);"), "this.#poll");
  assertEquals(timerStore("const t = setTimeout(done, 50);"), "t");
  assertEquals(timerStore("setInterval(tick, 50);"), undefined);
  assertEquals(findTimerClears(sources, at(4)).map((c) => c.location.line), [8, 13]);
});

Deno.test("a clear followed, in its function, by a read of the getter that arms it again", () => {
  assertEquals(rearmedAfterClear(sources, at(4), at(8))?.location.line, 10);
  assertEquals(rearmedAfterClear(sources, at(4), at(13)), undefined);
  assert(rearmedTimerFix(sources, at(4), at(8))?.startsWith("the timer is cleared at line 8"));
});

Deno.test("a delete followed by a call of the adding method re-files an entry: no timer", () => {
  const text = [
    "export class Index {",
    "  #byKey = new Map();",
    "  add(key, item) {",
    "    this.#byKey.set(key, item);",
    "  }",
    "  move(from, to, item) {",
    "    this.#byKey.delete(from);",
    "    this.add(to, item);",
    "  }",
    "}",
  ].join("\n");
  const lines: [string, string][] = [[URL_, text]];
  const line = (n: number) => ({
    location: sourceLocation(URL_, n, 5),
    text: text.split("\n")[n - 1].trim(),
  });
  assertEquals(rearmedAfterClear(lines, line(4), line(7)), undefined);
  assertEquals(rearmedTimerFix(lines, line(4), line(7)), undefined);
});

Deno.test("a runtime factory's clears, and a clear by another name than the one made", () => {
  const url = "file:///p/timing.cjs";
  const timing = [
    "function timed(label, fn) {",
    "  const startMark = `${label}:start`;",
    "  performance.mark(startMark);",
    "  try { return fn(); } finally {",
    "    performance.clearMarks(label);",
    "  }",
    "}",
  ].join("\n");
  const sources: [string, string][] = [[url, timing]];
  const clears = findFactoryClears(sources, "performance", "mark");
  assertEquals(clears.map((c) => c.location.line), [5]);
  const made = { location: sourceLocation(url, 3, 3), text: "performance.mark(startMark);" };
  const held = { factory: { receiver: "performance", method: "mark", cls: "PerformanceMark" } };
  const fix = fixOf({} as GrowthRecord, "growing value", made, held as RuntimeHeld, clears[0]);
  assert(fix?.startsWith("performance.clearMarks(label) at line 5 takes out only"), fix);
  assert(fix?.endsWith("(performance.clearMarks(startMark))"), fix);
});
