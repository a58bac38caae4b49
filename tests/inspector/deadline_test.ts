/**
 * Waiting on the target: an answer passes through, silence becomes an "unresponsive" error
 * naming the command and what the silence means, and a cancel ends the wait at once — also a
 * cancel that came before the wait began (a listener added to an aborted signal never fires).
 */

import { InspectorError } from "../../inspector/mod.ts";
import { waitForTarget } from "../../inspector/deadline.ts";
import { assert, assertEquals, assertMatch, assertRejects } from "../support/assert.ts";

const never = () => new Promise<never>(() => {});

Deno.test("waitForTarget: the answer, or the deadline's error naming the command", async () => {
  assertEquals(await waitForTarget(Promise.resolve(7), { what: "X", timeoutMs: 1000 }), 7);
  const started = performance.now();
  const e = await assertRejects(
    () => waitForTarget(never(), { what: "HeapProfiler.collectGarbage", timeoutMs: 50 }),
    InspectorError,
  );
  assert(performance.now() - started < 1000);
  assertEquals(e.code, "unresponsive");
  assertMatch(
    e.message,
    /^The target did not answer HeapProfiler\.collectGarbage within 0\.05 s: it is busy \(a long synchronous loop keeps V8 from answering\) or stopped \(SIGSTOP, Ctrl-Z, paused in a debugger\)\.$/,
  );
  assertMatch(e.hint, /resume it if it is stopped \(kill -CONT <pid>/);
  // A failure of the command itself passes through unchanged.
  const own = new Error("closed");
  assertEquals(
    await waitForTarget(Promise.reject(own), { what: "X", timeoutMs: 1000 }).catch((x) => x),
    own,
  );
});

Deno.test("waitForTarget: a cancel ends the wait at once, even one that came first", async () => {
  const early = new AbortController();
  early.abort();
  const before = await assertRejects(
    () => waitForTarget(never(), { what: "The capture", timeoutMs: 60_000, signal: early.signal }),
    InspectorError,
  );
  assertEquals([before.code, before.message], ["aborted", "The capture was cancelled."]);
  const late = new AbortController();
  const waiting = waitForTarget(never(), { what: "GC", timeoutMs: 60_000, signal: late.signal });
  setTimeout(() => late.abort(), 10);
  const after = await assertRejects(() => waiting, InspectorError);
  assertEquals(after.code, "aborted");
});
