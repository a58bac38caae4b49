/**
 * Promises of `Atomics.waitAsync` that are never notified stay in V8's list in the native
 * context, with what their callbacks reach, though the program gave up on them: counted as the
 * runtime's table of waiters, added to at the `Atomics.waitAsync` call.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_wait_async_target.mjs", import.meta.url).pathname;

Deno.test("Atomics.waitAsync waiters never notified: the runtime's table, at the call", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 200);
  assertEquals(report.suspects.map((s) => s.name), ["Atomics.waitAsync waiters"]);
  const waiters = report.suspects[0];
  assertEquals(waiters.added, 200);
  assertEquals(waiters.statement?.location.line, lineOf("WAIT"));
  assertMatch(waiters.fix ?? "", /Pass the timeout to Atomics\.waitAsync\(\) itself/);
});
